import FlowBuilder
import PromotionKit
import TerminalCanvas
import Testing

/// `!`: the problems list agrees with the status line's counter, lists the workspace files' own
/// problems too, and Enter goes to each problem.
@Suite struct ProblemsTests {
  /// staging depends on an unknown `perff`; the flow's onFail hook names an unknown workflow;
  /// a policy file has a problem of its own.
  func broken() -> AppState {
    let text = AppFixture.flowText.replacingOccurrences(
      of: "dependsOn: [qa]", with: "dependsOn: [qa, perff]"
    ).replacingOccurrences(of: "onFail: notify-slack", with: "onFail: notify-slak")
    var state = AppFixture.state(text, width: 100, height: 30)
    var policyProblem = Diagnostic(
      .warning, "unknown-field", "unknown field \"prio\" in spec: the API server will drop it",
      at: SourceLocation(line: 7, column: 3))
    policyProblem.file = "p.yaml"
    state.workspaceProblems = [policyProblem]
    return state
  }

  func problems(_ state: AppState) -> ProblemsList? {
    if case .problems(let list)? = state.topOverlay { return list }
    return nil
  }

  @Test func theListIsWhatTheCounterCountsErrorsFirst() throws {
    var state = broken()
    run(&state, .showProblems)
    let list = try #require(problems(state))
    #expect(list.entries == state.allProblems)
    #expect(list.entries.first?.severity == .error)
    #expect(list.entries.contains { $0.file == "p.yaml" }, "the workspace files' problems too")
    let counter = ScreenLayout(of: state).problemCounter(state).text
    #expect(
      counter
        == "\(list.entries.errorCount) error\(list.entries.errorCount == 1 ? "" : "s"), \(list.entries.warningCount) warning\(list.entries.warningCount == 1 ? "" : "s")"
    )
    run(&state, .cancel)
    #expect(state.topOverlay == nil)
  }

  @Test func enterOnAnEnvironmentsProblemSelectsItOnTheCanvas() throws {
    var state = broken()
    run(&state, .showProblems)
    let entries = try #require(problems(state)).entries
    let index = try #require(entries.firstIndex { $0.code == "unknown-dependency" })
    for _ in 0..<index { run(&state, .down) }
    run(&state, .confirm)
    #expect(state.topOverlay == nil && state.yaml == nil)
    #expect(state.selection == "staging")
    #expect(state.message?.text.contains("perff") == true)
  }

  @Test func enterOnAFlowProblemOpensTheYAMLViewAtItsLine() throws {
    var state = broken()
    run(&state, .showProblems)
    let entries = try #require(problems(state)).entries
    let index = try #require(entries.firstIndex { $0.message.contains("notify-slak") })
    run(&state, .choose(index), .confirm)
    let view = try #require(state.yaml, "the YAML view opened")
    #expect(view.lines[view.line].contains("onFail: notify-slak"), "\(view.line)")
  }

  @Test func aProblemOfAnotherFileIsNamedWithItsPlace() throws {
    var state = broken()
    run(&state, .showProblems)
    let entries = try #require(problems(state)).entries
    let index = try #require(entries.firstIndex { $0.file == "p.yaml" })
    run(&state, .choose(index))
    #expect(state.message?.text.hasPrefix("p.yaml:7:3: unknown field") == true)
  }

  @Test func aClickOnTheCounterOpensTheList() throws {
    var state = broken()
    let screen = ScreenLayout(of: state)
    let counter = screen.problemCounter(state)
    run(&state, .click(x: counter.x + 1, y: screen.statusRow, time: 0))
    #expect(problems(state) != nil)
    var valid = AppFixture.state(width: 100, height: 30)
    run(&valid, .showProblems)
    #expect(valid.topOverlay == nil)
    #expect(valid.message?.text.hasPrefix("No problems") == true)
  }

  @Test func theProblemsScreen() {
    var state = broken()
    run(&state, .showProblems, .down)
    Golden.check(Screen.render(state).canvas.text(), "screen-problems")
  }
}
