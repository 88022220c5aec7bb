import FlowBuilder
import PromotionKit
import TerminalCanvas
import Testing

/// `D`: the changes since the last commit on the canvas — marks on the boxes, every change in
/// the side panel (removed environments too), kept up to date while editing.
@Suite struct ReviewTests {
  /// The example flow with `D` pressed and the committed version read back as `committed`.
  func reviewing(_ committed: Git.Version = .text(AppFixture.flowText)) -> AppState {
    var state = AppFixture.state(width: 100, height: 30)
    #expect(run(&state, .showChanges) == [.readCommitted(state.filePath)])
    run(&state, .committedVersionRead(committed))
    return state
  }

  @Test func anUnchangedFlowSaysSoAndMarksNothing() {
    let state = reviewing()
    #expect(state.review?.lines == [])
    #expect(state.review?.marks == [:])
    #expect(state.message?.text == "No changes since the last commit · D hides")
    #expect(Screen.render(state).canvas.text().contains("Changes since HEAD: none"))
  }

  @Test func editsAreMarkedAsTheyHappenAndRemovedEnvironmentsAreListed() {
    var state = reviewing()
    run(&state, .move(.right), .chooseAction)
    type(&state, "pull")
    run(&state, .confirm)
    #expect(state.review?.marks == ["qa": .changed])
    run(&state, .move(.right), .move(.right), .remove, .confirm)
    let lines = state.review?.lines.map(\.text) ?? []
    #expect(lines.contains("remove prod-eu"), "\(lines)")
    let screen = Screen.render(state).canvas.text()
    #expect(screen.contains("- remove prod-eu"), "the panel lists what has no box any more")
    #expect(screen.contains("~ qa: action commit → pr"))
    #expect(screen.contains("┌~"), "the changed box is signed on its border:\n\(screen)")
    let panel = ScreenLayout(of: state).sidePanel
    #expect(panel != nil, "the review opens a side panel")
    #expect(
      ScreenLayout(of: state).graphArea.width == 100 - (panel?.width ?? 0),
      "the canvas gives the panel its columns, so nothing hides under it")
  }

  @Test func aFlowNotCommittedYetIsAllNew() {
    let state = reviewing(.absent)
    #expect(state.message?.text == "Not committed yet: everything is new · D hides")
    #expect(
      state.review?.marks
        == ["qa": .added, "staging": .added, "prod-us": .added, "prod-eu": .added, "dev": .changed])
  }

  @Test func dAgainHidesAndFailuresSayWhy() {
    var state = reviewing()
    #expect(run(&state, .showChanges) == [])
    #expect(state.review == nil && ScreenLayout(of: state).sidePanel == nil)
    var outside = AppFixture.state(width: 100, height: 30)
    run(&outside, .showChanges, .committedVersionRead(.failed("Not a git repository: /x")))
    #expect(outside.review == nil)
    #expect(outside.message == StatusMessage("Not a git repository: /x", kind: .error))
    run(&outside, .committedVersionRead(.text("spec: [")))
    #expect(outside.review == nil && outside.message?.kind == .error)
  }

  @Test func theReviewScreen() {
    var state = reviewing(
      .text(
        AppFixture.flowText.replacingOccurrences(
          of: "    - environment: prod-eu\n      dependsOn: [staging]\n",
          with:
            "    - environment: prod-eu\n      dependsOn: [staging]\n    - environment: perf\n      dependsOn: [staging]\n"
        )))
    run(&state, .move(.right), .chooseAction)
    type(&state, "none")
    run(&state, .confirm, .move(.right), .move(.right), .add)
    type(&state, "canary")
    run(&state, .confirm, .confirm)
    Golden.check(Screen.render(state).canvas.text(), "screen-review")
    Golden.check(Screen.render(state).canvas.styleMap(), "style-review")
  }
}
