import FlowBuilder
import Foundation
import PromotionKit
import TestSupport
import Testing

/// The reducer's side of "never lose work": what it refuses, what it asks, what it counts.
@Suite struct SafetyReducerTests {
  @Test func nothingTheUserDoesActsWhileTheScreenIsTooSmall() {
    var state = AppFixture.state()
    run(&state, .move(.right), .resize(width: 40, height: 10))
    let before = state
    for action: Action in [
      .canvas(.edit(.remove)), .picker(.confirm), .canvas(.edit(.add)), .canvas(.edit(.action)),
      .command(.save), .command(.commit), .command(.undo), .click(x: 3, y: 3, time: 0),
      .wheel(x: 3, y: 3, rows: 3), .form(.text(.type("x"))), .command(.toggleView),
    ] {
      #expect(run(&state, .action(action)).isEmpty, "\(action)")
      #expect(state == before, "\(action) acted while the screen was too small")
    }
    run(&state, .resize(width: 120, height: 32))
    #expect(state.flow.step("qa") != nil && state.overlays.isEmpty)
  }

  @Test func quitWhileTooSmallLeavesAtOnceOnlyWhenNothingWouldBeLost() {
    var clean = AppFixture.state(width: 30, height: 8)
    #expect(run(&clean, .quit) == [.exit])
    var edited = AppFixture.state()
    run(&edited, .move(.right), .chooseAction)
    type(&edited, "pull")
    run(&edited, .confirm, .resize(width: 30, height: 8))
    #expect(run(&edited, .quit).isEmpty && !edited.finished)
    run(&edited, .resize(width: 120, height: 32))
    #expect(edited.topOverlay == .quitPrompt)
  }

  @Test func aReadOnlyRefusalSaysHowToOverrideAndSWritesAnyway() {
    var state = AppFixture.state()
    run(&state, .move(.right), .chooseAction)
    type(&state, "pull")
    run(&state, .confirm, .saveFinished(.readOnly([state.filePath])))
    #expect(state.message?.kind == .error)
    #expect(state.message?.text.contains("shop.yaml is read-only — S to write anyway") == true)
    guard case .save(let request)? = run(&state, .forceSave).first else {
      Issue.record("S did not save")
      return
    }
    #expect(request.writeReadOnly && !request.force, "S overrides the mode, not the disk guard")
    guard case .save(let plain)? = run(&state, .save).first else {
      Issue.record("s did not save")
      return
    }
    #expect(!plain.writeReadOnly)
  }

  @Test func theSaveOfAReadOnlyFileWritesNothingUnlessOverridden() throws {
    let temporary = try TemporaryFolder("pf-readonly")
    let path = temporary.url.appendingPathComponent("ro.yaml").path
    try "as read\n".write(toFile: path, atomically: true, encoding: .utf8)
    try FileManager.default.setAttributes([.posixPermissions: 0o440], ofItemAtPath: path)
    var request = SaveRequest(
      writes: [.init(path: path, text: "mine\n", isNew: false)], deletions: [],
      snapshot: AppFixture.state().current, expectedFlowText: "as read\n")
    #expect(EffectRunner.save(request) == .saveFinished(.readOnly([path])))
    #expect(try String(contentsOfFile: path, encoding: .utf8) == "as read\n")
    request.writeReadOnly = true
    guard case .saveFinished(.saved) = EffectRunner.save(request) else {
      Issue.record("not saved")
      return
    }
    #expect(try String(contentsOfFile: path, encoding: .utf8) == "mine\n")
    let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
    #expect(mode == 0o440)
  }

  @Test func pendingTextErrorsCountAndTheQuitPromptGoesBackToThem() {
    var state = AppFixture.state()
    run(&state, .toggleView, .startEditing)
    type(&state, "{[")
    run(&state, .finishEditing)
    let pending = state.problems.filter { $0.severity == .error }
    #expect(!pending.isEmpty, "the rejected text's errors are the editor's problems")
    run(&state, .quit)
    #expect(state.topOverlay == .quitPrompt && !state.finished)
    run(&state, .saveAndQuit)
    #expect(!state.finished, "there is nothing else to save: s does not drop the text")
    run(&state, .backToTextEdit)
    #expect(state.overlays.isEmpty && state.yaml?.isEditing == true)
    #expect(state.yaml?.line == pending.first?.location.map { $0.line - 1 })
    run(&state, .finishEditing, .quit, .discardAndQuit)
    #expect(state.finished)
  }

  @Test func savingOrCommittingWithErrorsAsksAndWarningsDoNot() {
    var state = AppFixture.state()
    run(&state, .move(.right), .remove)
    run(&state, .down, .confirm)
    #expect(state.flow.steps.isEmpty)
    #expect(run(&state, .save).isEmpty, "nothing is saved before the answer")
    guard case .confirm(let dialog)? = state.topOverlay else {
      Issue.record("no question")
      return
    }
    #expect(dialog.title == "shop.yaml has 1 error: save anyway?")
    #expect(dialog.text.contains("no steps") && dialog.options == ["Cancel", "Save anyway"])
    #expect(run(&state, .confirm).isEmpty && state.overlays.isEmpty, "Cancel is the default")
    run(&state, .commit)
    guard case .confirm(let commit)? = state.topOverlay else {
      Issue.record("no question")
      return
    }
    #expect(commit.title.hasSuffix("commit anyway?"))
    guard case .save = run(&state, .down, .confirm).first else {
      Issue.record("Commit anyway did not save first")
      return
    }
    var warned = AppFixture.state(
      AppFixture.flowText.replacingOccurrences(
        of: "preAction: smoke-tests", with: "preAction: smoke-test"))
    #expect(warned.problems.contains { $0.severity == .warning })
    guard case .save = run(&warned, .save).first else {
      Issue.record("a warning asked")
      return
    }
  }

  @Test func aChangeOnDiskIsAskedAboutOnceAndReloadKeepsTheFlow() {
    var state = AppFixture.state()
    let disk = AppFixture.flowText.replacingOccurrences(of: "action: pr", with: "action: commit")
    run(&state, .fileChangedOnDisk(disk))
    guard case .diskChanged(let dialog)? = state.topOverlay else {
      Issue.record("not asked")
      return
    }
    #expect(dialog.options.first == "Reload it from disk" && dialog.choice == 0)
    run(&state, .fileChangedOnDisk(disk))
    #expect(state.overlays.count == 1, "one question per change")
    run(&state, .confirm)
    #expect(state.flow.step("prod-us")?.action == .commit && !state.isModified)
    #expect(state.document.text == disk)
    run(&state, .fileChangedOnDisk("kind: ConfigMap\n"))
    run(&state, .confirm)
    #expect(state.document.text == disk, "a file that no longer holds a flow is not loaded")
    #expect(state.message?.kind == .error)
    run(&state, .fileChangedOnDisk(nil))
    #expect(state.message?.text.contains("was deleted on disk") == true)
  }
}
