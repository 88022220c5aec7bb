import FlowBuilder
import PromotionKit
import TerminalCanvas
import Testing

/// `/` in the YAML view searches as less and vim do: Enter goes, n / N go on, it wraps around,
/// and a search that finds nothing says so.
@Suite struct YAMLSearchTests {
  func lines(containing text: String, in state: AppState) -> [Int] {
    (state.yaml?.lines ?? []).enumerated().filter { $0.element.contains(text) }.map(\.offset)
  }

  @Test func slashSearchesAndNGoesOnAroundTheText() throws {
    var state = AppFixture.state(width: 100, height: 30)
    run(&state, .toggleView)
    state.yaml?.line = 0
    #expect(KeyMap.action(for: .character("/"), in: state.mode) == .yaml(.startSearch))
    run(&state, .find)
    #expect(state.mode == .yamlSearch)
    #expect(
      KeyMap.action(for: .character("n"), in: state.mode) == .yamlSearch(.type("n")),
      "typed while searching")
    type(&state, "PROD")
    #expect(Screen.render(state).canvas.text().contains(" /PROD"))
    run(&state, .confirm)
    let hits = lines(containing: "prod", in: state)
    #expect(hits.count == 2)
    #expect(state.mode == .yaml && state.yaml?.line == hits[0], "case does not matter")
    #expect(KeyMap.action(for: .character("n"), in: state.mode) == .yaml(.searchNext))
    run(&state, .searchNext)
    #expect(state.yaml?.line == hits[1])
    run(&state, .searchNext)
    #expect(state.yaml?.line == hits[0])
    #expect(state.message?.text.contains("wrapped around") == true)
    run(&state, .searchPrevious)
    #expect(state.yaml?.line == hits[1])
  }

  @Test func aSearchThatFindsNothingSaysSoAndEscapeStops() {
    var state = AppFixture.state(width: 100, height: 30)
    run(&state, .toggleView, .find)
    type(&state, "nowhere")
    let line = state.yaml?.line
    run(&state, .confirm)
    #expect(state.message == StatusMessage("Not found: nowhere", kind: .error))
    #expect(state.yaml?.line == line)
    run(&state, .find)
    type(&state, "x")
    run(&state, .cancel)
    #expect(state.mode == .yaml && state.yaml?.lastSearch == "nowhere")
  }
}
