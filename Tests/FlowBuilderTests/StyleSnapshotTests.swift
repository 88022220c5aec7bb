import FlowBuilder
import PromotionKit
import TerminalCanvas
import Testing

/// The screen's styles as reviewed goldens (`Canvas.styleMap`: a letter per cell and a legend),
/// beside the text goldens: which box is selected, where an error is shown in red, which values
/// come from a policy. A change of colour or emphasis a user would see fails here.
@Suite struct StyleSnapshotTests {
  func styles(_ state: AppState) -> String { Screen.render(state).canvas.styleMap() }

  @Test func theSelectedBoxIsReversed() {
    var state = AppFixture.state(width: 100, height: 30)
    run(&state, .move(.right))
    Golden.check(styles(state), "style-selection")
  }

  @Test func anErrorIsShownInRed() {
    let broken = AppFixture.flowText.replacingOccurrences(
      of: "dependsOn: [qa]", with: "dependsOn: [qa, perff]")
    var state = AppFixture.state(broken, width: 100, height: 30)
    run(&state, .move(.right))
    Golden.check(styles(state), "style-error")
  }

  @Test func valuesFromAPolicyAreYellow() {
    var state = AppFixture.state(width: 100, height: 30)
    run(&state, .chooseProduct)
    type(&state, "shop")
    run(&state, .confirm)
    Golden.check(styles(state), "style-policy")
  }
}
