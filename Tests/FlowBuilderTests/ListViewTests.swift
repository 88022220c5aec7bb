import FlowBuilder
import PromotionKit
import TerminalCanvas
import Testing

/// `L`: the flow as a list by wave; the selected row is the selection, so every key of the
/// canvas acts on it, and the list scrolls to keep it in view at any size.
@Suite struct ListViewTests {
  @Test func theListGroupsByWaveAndEveryKeyActsOnTheSelectedRow() throws {
    var state = AppFixture.state(width: 140, height: 30)
    run(&state, .toggleList)
    #expect(state.listView && state.mode == .graph)
    Golden.check(Screen.render(state).canvas.text(), "screen-list")
    #expect(state.selection == "dev")
    run(&state, .move(.down), .move(.down))
    #expect(state.selection == "staging", "↓ goes row by row, in wave order")
    run(&state, .move(.right))
    #expect(state.selection == "prod-us", "→ goes to the next wave")
    run(&state, .chooseAction)
    type(&state, "none")
    run(&state, .confirm)
    #expect(state.flow.step("prod-us")?.action == .noAction)
    let row = try #require(
      Screen.render(state).canvas.text().split(separator: "\n").first { $0.contains("prod-us") })
    #expect(row.contains("none"), "\(row)")
    run(&state, .toggleView)
    #expect(state.yaml != nil)
    run(&state, .toggleView)
    #expect(state.yaml == nil && state.listView, "Tab comes back to the list")
    run(&state, .toggleList)
    #expect(!state.listView)
  }

  @Test func aLongListScrollsToKeepTheSelectionInView() {
    var state = AppFixture.state(CanvasParityTests.layered(120, seed: 7), width: 120, height: 24)
    run(&state, .toggleList, .bottom)
    let screen = Screen.render(state).canvas.text()
    let last = Waves(state.flow).waves.last?.first ?? ""
    #expect(state.selection == last)
    #expect(screen.contains(last + " "), "the selected row is on screen")
    run(&state, .top)
    #expect(state.listScroll == 0 && state.selection == "dev")
    run(&state, .pageDown)
    #expect(state.listScroll > 0)
    let area = ScreenLayout(of: state).graphArea
    let rows = ListViewRows.of(state)
    let offset =
      (3..<10).first {
        rows[state.listScroll + $0] != nil && rows[state.listScroll + $0] != state.selection
      } ?? 3
    let clicked = rows[state.listScroll + offset]
    run(&state, .click(x: 10, y: area.y + 1 + offset, time: 0))
    #expect(clicked != nil && state.selection == clicked, "a click selects the row under it")
  }
}

/// The environment on each list row (nil for wave headings), for clicking in tests.
enum ListViewRows {
  static func of(_ state: AppState) -> [String?] {
    let waves = Waves(state.flow).waves
    return waves.flatMap { [nil] + $0.map(Optional.some) }
  }
}
