import FlowBuilder
import PromotionKit
import Testing

/// The YAML view on the reducer: what it shows, selection across views, editing, and applying
/// only what parses and validates.
@Suite struct YAMLViewReducerTests {
  @Test func tabShowsExactlyWhatASaveWouldWriteAtTheSelectedStep() throws {
    var state = AppFixture.state()
    run(&state, .find)
    type(&state, "staging")
    run(&state, .confirm, .toggleView)
    let view = try #require(state.yaml)
    #expect(view.text + "\n" == state.document.text)
    #expect(view.lines.first == "# Shop release train", "comments are there")
    #expect(view.lines[view.line] == "    - environment: staging", "the selected step's line")
    run(&state, .cursorDown, .cursorDown, .cursorDown, .toggleView)
    #expect(
      state.yaml == nil && state.selection == "prod-us",
      "the step at the cursor is selected back on the canvas")
  }

  @Test func aValidTextEditBecomesOneUndoableStep() throws {
    var state = AppFixture.state()
    run(&state, .move(.right), .toggleView, .startEditing, .lineEnd)
    #expect(state.yaml?.isEditing == true)
    run(&state, .cursorDown, .cursorDown, .cursorDown, .lineEnd)
    #expect(state.yaml?.lines[state.yaml!.line] == "        action: commit")
    for _ in 0..<6 { run(&state, .backspace) }
    type(&state, "pr")
    #expect(state.yaml?.isDirty == true)
    run(&state, .finishEditing)
    #expect(state.flow.step("qa")?.action == .pullRequest)
    #expect(state.yaml?.isDirty == false && state.isModified)
    #expect(state.message?.text == "Applied the text edit")
    run(&state, .undo)
    #expect(state.flow.step("qa")?.action == .commit)
    #expect(state.yaml?.text.contains("action: commit") == true, "the view follows undo")
  }

  @Test func anInvalidTextEditStaysWithItsProblemsAtTheirLines() throws {
    var state = AppFixture.state()
    run(&state, .toggleView, .bottom, .startEditing, .lineEnd, .newline, .backspace, .backspace)
    type(&state, "promotionTimeoutLimit: soon")
    run(&state, .finishEditing)
    let view = try #require(state.yaml)
    #expect(view.isDirty && !view.isEditing)
    #expect(view.diagnostics.map(\.code).contains("invalid-timeout"))
    #expect(
      view.diagnostics.first { $0.code == "invalid-timeout" }?.location?.line == view.lines.count)
    #expect(state.flow.promotionTimeoutLimit == nil, "nothing was applied")
    #expect(state.message?.kind == .error)
    run(&state, .startEditing)
    for _ in 0..<4 { run(&state, .backspace) }
    type(&state, "30")
    run(&state, .finishEditing)
    #expect(state.flow.promotionTimeoutLimit == 30)
  }

  @Test func brokenYAMLAndTabAsksToDiscard() throws {
    var state = AppFixture.state()
    run(&state, .toggleView, .startEditing)
    type(&state, "[")
    run(&state, .finishEditing)
    #expect(state.yaml?.diagnostics.first?.code == "yaml-syntax")
    run(&state, .toggleView)
    guard case .confirm(let dialog)? = state.topOverlay else {
      Issue.record("no dialog")
      return
    }
    #expect(dialog.purpose == .discardTextEdit && dialog.choice == 0)
    run(&state, .confirm)
    #expect(state.yaml != nil, "the default keeps the text")
    run(&state, .toggleView, .down, .confirm)
    #expect(state.yaml == nil && !state.isModified, "discarded, back on the canvas")
  }

  @Test func typingUndoAndNewlineKeepIndentation() throws {
    var state = AppFixture.state()
    run(&state, .toggleView, .startEditing)
    for _ in 0..<9 { run(&state, .cursorDown) }
    run(&state, .lineEnd, .newline)
    let view = try #require(state.yaml)
    #expect(
      view.lines[view.line].allSatisfy { $0 == " " } && view.column == view.lines[view.line].count)
    #expect(view.lines[view.line - 1].hasPrefix(view.lines[view.line]))
    run(&state, .undoTyping)
    #expect(state.yaml?.isDirty == false)
  }

  @Test func anExternalEditIsAppliedLikeAnInternalOne() throws {
    var state = AppFixture.state()
    run(&state, .toggleView)
    let effects = run(&state, .externalEdit)
    guard case .editExternally(let text)? = effects.first else {
      Issue.record("no effect")
      return
    }
    run(
      &state,
      .externalEditFinished(
        .success(text.replacingOccurrences(of: "action: pr", with: "action: none"))))
    #expect(state.flow.step("prod-us")?.action == .noAction)
    run(&state, .externalEditFinished(.failure(EditorFailure("vi exited with status 1"))))
    #expect(state.message?.kind == .error)
  }

  @Test func saveRefusesToOverwriteAChangeOnDisk() throws {
    var state = AppFixture.state()
    run(&state, .move(.right), .chooseAction)
    type(&state, "pull")
    run(&state, .confirm)
    guard case .save(let request)? = run(&state, .save).first else {
      Issue.record("no save")
      return
    }
    #expect(request.expectedFlowText == AppFixture.flowText && !request.force)
    let disk = AppFixture.flowText.replacingOccurrences(of: "dev]", with: "dev] # edited elsewhere")
    run(&state, .saveFinished(.changedOnDisk(disk)))
    guard case .diskChanged(let dialog)? = state.topOverlay else {
      Issue.record("no dialog")
      return
    }
    #expect(
      dialog.choice == 0 && dialog.options[0] == "Cancel"
        && dialog.title.contains("changed on disk"))
    run(&state, .down, .down, .down, .confirm)
    guard case .diff(_, let lines, _)? = state.topOverlay else {
      Issue.record("no diff")
      return
    }
    #expect(
      lines.contains("-      dependsOn: [dev] # edited elsewhere")
        && lines.contains("+      dependsOn: [dev]"))
    run(&state, .cancel)
    guard case .diskChanged(let again)? = state.topOverlay, again.choice == 3 else {
      Issue.record("closing the differences must return to the question")
      return
    }
    run(&state, .up, .up, .up, .confirm)
    #expect(state.overlays.isEmpty && state.isModified, "Cancel keeps the edit unsaved")
    run(&state, .saveFinished(.changedOnDisk(disk)), .down, .confirm)
    #expect(state.overlays.isEmpty)
    run(&state, .saveFinished(.changedOnDisk(disk)), .down)
    guard case .save(let forced)? = run(&state, .confirm).first else {
      Issue.record("no forced save")
      return
    }
    #expect(forced.force)
    run(&state, .saveFinished(.changedOnDisk(disk)), .down, .down, .confirm, .down, .confirm)
    #expect(state.flow.step("qa")?.action == .commit && !state.isModified, "reloaded from disk")
    #expect(state.document.text == disk)
  }

  @Test func commitSavesFirstThenSuggestsAMessage() throws {
    var state = AppFixture.state()
    let committed = state.document.text
    run(&state, .move(.right), .chooseAction)
    type(&state, "pull")
    run(&state, .confirm)
    guard case .save(let request)? = run(&state, .commit).first else {
      Issue.record("no save first")
      return
    }
    let effects = run(
      &state, .saveFinished(.saved(request.snapshot, written: [request.writes[0].path])))
    #expect(effects == [.prepareCommit(["/work/example/flows/shop.yaml"])])
    run(
      &state,
      .commitPrepared(
        CommitPreparation(
          repository: "/work/example", branch: "main", paths: ["/work/example/flows/shop.yaml"],
          diff: ["-x", "+y"], committedText: committed)))
    guard case .commitDialog(let dialog)? = state.topOverlay else {
      Issue.record("no dialog")
      return
    }
    #expect(dialog.message == "shop: qa: action commit → pr")
    #expect(dialog.messageSelected && !dialog.onNewBranch)
    #expect(dialog.newBranch == "promoflow/shop-qa-action-commit-pr")
    #expect(
      dialog.reviewLines == [
        "Changes to the promotion:", "~ qa: action commit → pr", "", "-x", "+y",
      ],
      "what the change means, above the text diff")
    type(&state, "Ship it")
    guard case .commitDialog(let typed)? = state.topOverlay else { return }
    #expect(typed.message == "Ship it", "typing replaces the selected suggestion")
    run(&state, .nextField)
    run(&state, .type(" "), .nextField, .nextField, .type(" "))
    let commit = run(&state, .confirm)
    #expect(
      commit == [
        .commit(
          CommitRequest(
            repository: "/work/example", paths: ["/work/example/flows/shop.yaml"],
            message: "Ship it", newBranch: "promoflow/shop-qa-action-commit-pr", push: true))
      ])
    run(&state, .commitFinished(.failed("A git hook rejected the commit: lint failed")))
    guard case .commitDialog(let failed)? = state.topOverlay else {
      Issue.record("the dialog closed")
      return
    }
    #expect(failed.error == "A git hook rejected the commit: lint failed")
    run(
      &state,
      .commitFinished(
        .committed(
          sha: "abc1234", branch: "promoflow/shop-qa-action-commit-pr", pushed: true,
          pushError: nil)))
    #expect(state.overlays.isEmpty)
    #expect(
      state.message?.text == "Committed abc1234 on promoflow/shop-qa-action-commit-pr and pushed")
  }

  /// The example with two changes since its last commit (qa by pull request, staging by no
  /// action), the commit dialog open.
  func twoChangesInTheCommitDialog() -> AppState {
    var state = AppFixture.state()
    let committed = state.document.text
    run(&state, .move(.right), .chooseAction)
    type(&state, "pull")
    run(&state, .confirm, .move(.right), .chooseAction)
    type(&state, "none")
    run(&state, .confirm)
    run(
      &state,
      .commitPrepared(
        CommitPreparation(
          repository: "/r", branch: "main", paths: ["/r/f.yaml"], diff: ["+a"],
          committedText: committed)))
    return state
  }

  @Test func theCommitMessageKeepsEveryChangeSinceTheLastCommitInItsBody() {
    var state = twoChangesInTheCommitDialog()
    guard case .commitDialog(let dialog)? = state.topOverlay else {
      Issue.record("no dialog")
      return
    }
    #expect(dialog.message == "shop: qa: action commit → pr, staging: action unset → none")
    guard case .commit(let request)? = run(&state, .confirm).first else {
      Issue.record("no commit")
      return
    }
    #expect(
      request.message
        == "shop: qa: action commit → pr, staging: action unset → none\n\n- qa: action commit → pr\n- staging: action unset → none"
    )
  }

  @Test func ctrlEEditsSubjectAndBodyInTheUsersEditor() {
    var state = twoChangesInTheCommitDialog()
    guard case .commitDialog(let dialog)? = state.topOverlay else {
      Issue.record("no dialog")
      return
    }
    #expect(run(&state, .key(.control("e"))) == [.editExternally(dialog.fullMessage + "\n")])
    run(
      &state,
      .externalEditFinished(
        .success("\nShip qa by PR\n\n- qa by pull request\n# a comment\n- staging: no action\n\n")))
    guard case .commitDialog(let edited)? = state.topOverlay else {
      Issue.record("the dialog closed")
      return
    }
    #expect(edited.message == "Ship qa by PR")
    #expect(edited.reviewLines.contains("  - qa by pull request"), "the dialog shows the body")
    guard case .commit(let request)? = run(&state, .confirm).first else {
      Issue.record("no commit")
      return
    }
    #expect(request.message == "Ship qa by PR\n\n- qa by pull request\n- staging: no action")
  }

  @Test func theSuggestedMessageKeepsForEditingWithAnArrow() {
    var state = AppFixture.state()
    run(
      &state,
      .commitPrepared(
        CommitPreparation(
          repository: "/r", branch: nil, paths: ["/r/f.yaml"], diff: ["+a"],
          committedText: state.document.text)))
    guard case .commitDialog(let dialog)? = state.topOverlay else {
      Issue.record("no dialog")
      return
    }
    #expect(dialog.onNewBranch, "a detached HEAD commits on a new branch")
    run(&state, .cursorLeft)
    type(&state, "!")
    guard case .commitDialog(let edited)? = state.topOverlay else { return }
    #expect(
      edited.message == "!shop: update", "Left collapses the selection to the start")
    run(
      &state,
      .commitPrepared(CommitPreparation(repository: "/r", branch: "main", paths: [], diff: [])))
    #expect(state.message?.text.hasPrefix("Nothing to commit") == true)
    var other = AppFixture.state()
    run(
      &other,
      .commitPrepared(
        CommitPreparation(
          repository: nil, branch: nil, paths: [], diff: [], error: "Not a git repository: /tmp")))
    #expect(other.message == StatusMessage("Not a git repository: /tmp", kind: .error))
  }

  @Test func quitAsksWhenATextEditIsNotApplied() {
    var state = AppFixture.state()
    run(&state, .toggleView, .top, .startEditing)
    type(&state, "# note ")
    run(&state, .finishEditing)
    #expect(state.yaml?.isDirty == false, "a comment is a valid edit")
    #expect(state.document.text.hasPrefix("# note # Shop release train\n"))
    run(&state, .startEditing)
    type(&state, "[")
    run(&state, .finishEditing, .quit)
    #expect(state.topOverlay == .quitPrompt)
  }
}
