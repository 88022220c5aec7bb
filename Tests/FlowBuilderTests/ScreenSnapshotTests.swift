import FlowBuilder
import PromotionKit
import TerminalCanvas
import Testing

/// The screen at 100×30 as text, for the canvas and every overlay.
@Suite struct ScreenSnapshotTests {
  func screen(_ state: AppState) -> String {
    Screen.render(state).canvas.text(glyphs: state.glyphs)
  }

  func state(
    _ actions: Keystroke..., typing text: String = "", then more: [Keystroke] = []
  ) -> AppState {
    var state = AppFixture.state(width: 100, height: 30)
    for action in actions { run(&state, action) }
    type(&state, text)
    for action in more { run(&state, action) }
    return state
  }

  @Test func canvas() { Golden.check(screen(state(.move(.right))), "screen-canvas") }

  @Test func emptyFlow() {
    var empty = AppFixture.state("", width: 100, height: 30)
    run(&empty, .resize(width: 100, height: 30))
    Golden.check(screen(empty), "screen-empty")
  }

  @Test func addPicker() {
    Golden.check(screen(state(.move(.right), .add, typing: "pr")), "screen-picker")
  }

  @Test func dependsOnChecklist() {
    Golden.check(screen(state(.move(.right), .move(.right), .editDependsOn)), "screen-checklist")
  }

  @Test func newEnvironmentForm() {
    Golden.check(
      screen(state(.add, typing: "canary", then: [.confirm, .nextField])), "screen-form")
  }

  @Test func removeDialog() {
    Golden.check(screen(state(.move(.right), .move(.right), .remove)), "screen-remove")
  }

  @Test func quitPrompt() {
    Golden.check(
      screen(state(.move(.right), .chooseAction, typing: "none", then: [.confirm, .quit])),
      "screen-quit")
  }

  @Test func help() { Golden.check(screen(state(.help)), "screen-help") }

  @Test func inspector() {
    Golden.check(screen(state(.move(.right), .inspect)), "screen-inspector")
  }

  @Test func tooSmall() {
    var small = AppFixture.state(width: 40, height: 10)
    run(&small, .resize(width: 40, height: 10))
    Golden.check(screen(small), "screen-too-small")
  }

  @Test func asciiScreenHasNoUnicodeBoxes() {
    var ascii = AppFixture.state(width: 100, height: 30, glyphs: .ascii)
    run(&ascii, .move(.right))
    let text = Transliteration.ascii(screen(ascii))
    #expect(text.unicodeScalars.allSatisfy { $0.isASCII })
    Golden.check(text, "screen-ascii")
  }

  @Test func noColorKeepsEveryRoleDistinctWithoutColour() {
    var plain = state(.chooseProduct, typing: "shop", then: [.confirm])
    plain.color = false
    let canvas = Screen.render(plain).canvas
    #expect(canvas.cells.allSatisfy { $0.style.foreground == nil && $0.style.background == nil })
    #expect(
      canvas.cells.contains { $0.style.underline }, "policy values are underlined instead of yellow"
    )
    #expect(
      canvas.text()
        == Screen.render(state(.chooseProduct, typing: "shop", then: [.confirm])).canvas.text())
  }
}
