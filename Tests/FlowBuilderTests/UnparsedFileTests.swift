import FlowBuilder
import PromotionKit
import Testing

/// A flow file that is not YAML opens in the YAML view with its problem at its line; nothing
/// that could write works until the text reads; then the canvas comes back.
@Suite struct UnparsedFileTests {
  static let broken = AppFixture.flowText.replacingOccurrences(
    of: "dependsOn: [qa]", with: "dependsOn: [qa")

  func opened() throws -> AppState {
    var state = AppFixture.state("", width: 100, height: 30)
    let problem: Diagnostic
    do {
      _ = try YAMLReader.read(Self.broken)
      Issue.record("the fixture reads")
      return state
    } catch {
      problem = error.diagnostic(file: "flows/shop.yaml")
    }
    Reducer.openUnparsed(&state, text: Self.broken, problem: problem)
    return state
  }

  @Test func itOpensInTheYAMLViewAtTheProblem() throws {
    let state = try opened()
    #expect(state.mode == .yaml)
    let view = try #require(state.yaml)
    #expect(view.text + "\n" == Self.broken, "the file's own text, byte for byte")
    #expect(view.diagnostics.first?.location?.line == view.line + 1, "the cursor is at the problem")
    #expect(state.allProblems.count == 1 && state.allProblems.first?.severity == .error)
    #expect(state.diskText == Self.broken)
  }

  @Test func nothingThatWouldWriteWorksUntilItReads() throws {
    var state = try opened()
    for action: Keystroke in [.save, .forceSave, .commit, .toggleView, .undo, .redo] {
      #expect(run(&state, action).isEmpty, "\(action)")
      #expect(state.topOverlay == nil && state.yaml != nil, "\(action)")
      #expect(state.message?.text.hasPrefix("The file is not valid YAML yet") == true, "\(action)")
    }
    run(&state, .quit)
    #expect(state.topOverlay == .quitPrompt)
    #expect(run(&state, .saveAndQuit).isEmpty, "there is nothing to save")
    #expect(run(&state, .discardAndQuit) == [.exit], "quitting writes nothing")
  }

  @Test func fixingTheTextBringsTheCanvasBackAndASaveWritesTheFix() throws {
    var state = try opened()
    let line = try #require(state.yaml?.lines.firstIndex { $0.hasSuffix("dependsOn: [qa") })
    state.yaml?.line = line
    run(&state, .startEditing, .lineEnd, .type("]"), .finishEditing)
    #expect(!state.unparsedFile)
    #expect(state.flow.step("staging")?.dependsOn == ["qa"])
    #expect(state.isModified, "the fix is what a save writes")
    #expect(!state.history.canUndo, "no undo back to the empty stand-in")
    run(&state, .toggleView)
    #expect(state.mode == .graph)
    guard case .save(let request)? = run(&state, .save).first else {
      Issue.record("no save")
      return
    }
    #expect(request.writes.first?.text == AppFixture.flowText)
    #expect(request.expectedFlowText == Self.broken, "refused if the file changed meanwhile")
  }
}
