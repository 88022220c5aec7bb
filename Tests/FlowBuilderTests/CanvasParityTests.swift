import FlowBuilder
import FlowLayout
import Foundation
import PromotionKit
import TerminalCanvas
import TestSupport
import Testing

/// What a user of the web builder expects of the canvas: arrows that go to the next column,
/// dialogs and messages that name what they act on, a title that keeps its `[+]`.
@Suite struct CanvasParityTests {
  /// A layered flow of `count` environments: layers of 1–6, each step waiting for 1–3 of the
  /// layer before (sometimes two layers back), as large shared repositories have them.
  static func layered(_ count: Int, seed: UInt64) -> String {
    var random = SeededRandom(seed: seed)
    var layers: [[String]] = [["dev"]]
    var steps = ""
    var made = 1
    while made < count {
      let width = min(count - made, 1 + random.below(6))
      var layer: [String] = []
      for _ in 0..<width {
        let name = "env-\(made)"
        made += 1
        var source = layers[layers.count - 1]
        if layers.count > 1 && random.chance(0.2) { source += layers[layers.count - 2] }
        let parents = Set((0...random.below(3)).map { _ in random.pick(source) }).sorted()
        steps += "    - {environment: \(name), dependsOn: [\(parents.joined(separator: ", "))]}\n"
        layer.append(name)
      }
      layers.append(layer)
    }
    return
      "apiVersion: codefresh.io/v1beta1\nkind: PromotionFlow\nmetadata: {name: big}\nspec:\n  triggerEnvironment: dev\n  steps:\n"
      + steps
  }

  @Test(arguments: [1, 2, 3] as [UInt64])
  func rightAlwaysGoesToALaterWaveAndLeftToAnEarlierOne(seed: UInt64) {
    let base = AppFixture.state(Self.layered(40, seed: seed), width: 160, height: 48)
    let waves = Waves(base.flow)
    let last = waves.waves.count - 1
    for name in base.flow.environments {
      guard let wave = waves.waveOf[name] else { continue }
      var state = base
      state.selection = name
      run(&state, .move(.right))
      let right = state.selection.flatMap { waves.waveOf[$0] } ?? -1
      if wave < last {
        #expect(right > wave, "→ from \(name) (wave \(wave)) went to \(state.selection ?? "-")")
      } else {
        #expect(state.selection == name, "→ from the last wave stays")
      }
      state.selection = name
      run(&state, .move(.left))
      let left = state.selection.flatMap { waves.waveOf[$0] } ?? -1
      if wave > 0 { #expect(left < wave, "← from \(name) went to \(state.selection ?? "-")") }
    }
  }

  @Test func upAndDownStayInTheColumn() {
    var state = AppFixture.state(width: 120, height: 32)
    state.selection = "prod-us"
    run(&state, .move(.down))
    #expect(state.selection == "prod-eu")
    run(&state, .move(.up))
    #expect(state.selection == "prod-us")
  }

  @Test func theRemoveDialogNamesWhatEachChoiceReconnectsOrRemoves() {
    var state = AppFixture.state(width: 120, height: 32)
    state.selection = "staging"
    run(&state, .remove)
    guard case .removeDialog(let dialog)? = state.topOverlay else {
      Issue.record("no dialog")
      return
    }
    #expect(dialog.options == ["Reconnect prod-us, prod-eu to qa", "Also remove prod-us, prod-eu"])
    #expect(
      RemoveDialog.names((1...12).map { "environment-\($0)" }, room: 46)
        == "environment-1, environment-2 and 10 more")
  }

  @Test func undoAndRedoSayWhat() {
    var state = AppFixture.state(width: 120, height: 32)
    run(&state, .move(.right), .chooseAction)
    type(&state, "pull")
    run(&state, .confirm, .undo)
    #expect(state.message?.text == "Undid: qa: action commit → pr")
    run(&state, .redo)
    #expect(state.message?.text == "Redid: qa: action commit → pr")
    run(&state, .redo)
    #expect(state.message?.text == "Nothing to redo")
  }

  @Test(arguments: [50, 60, 80])
  func theTitleKeepsItsUnsavedMarkAtAnyWidth(width: Int) {
    var state = AppFixture.state(width: width, height: 24)
    run(&state, .move(.right), .chooseAction)
    type(&state, "none")
    run(&state, .confirm)
    let title = Screen.render(state).canvas.text().split(separator: "\n").first ?? ""
    #expect(title.hasSuffix("[+]"), "\(title)")
  }

  /// Undo and redo show the very picture the user saw before, not a new layout of the same
  /// graph — for every kind of structural edit, on a generated 40-environment flow.
  @Test(arguments: [CanvasAction.Edit.remove, .add, .dependsOn])
  func undoAndRedoOfAStructuralEditShowTheDrawingSeenBefore(edit: CanvasAction.Edit) throws {
    var state = AppFixture.state(Self.layered(40, seed: 7), width: 160, height: 48)
    for name in state.flow.steps.map(\.environment).prefix(20).suffix(4) {
      state.selection = name
      let before = state.diagram.layout
      run(&state, .action(.canvas(.edit(edit))))
      if edit == .add { type(&state, "extra-\(name)") }
      if edit == .dependsOn { run(&state, .toggle) }
      run(&state, .confirm)
      if case .form? = state.topOverlay { run(&state, .confirm) }
      try #require(state.overlays.isEmpty && state.diagram.layout.input != before.input)
      let after = state.diagram.layout
      run(&state, .undo)
      #expect(
        state.diagram.layout.nodes == before.nodes && state.diagram.layout.edges == before.edges)
      run(&state, .redo)
      #expect(
        state.diagram.layout.nodes == after.nodes && state.diagram.layout.edges == after.edges)
      run(&state, .undo)
    }
  }

  /// `z` shrinks the boxes in place: after edits (when the order is no longer a fresh layout's)
  /// every column keeps its boxes in the order the user saw, both ways.
  @Test func compactBoxesKeepTheOrderTheUserSaw() throws {
    var state = AppFixture.state(Self.layered(40, seed: 11), width: 160, height: 48)
    for name in state.flow.steps.map(\.environment).prefix(12).suffix(3) {
      state.selection = name
      run(&state, .remove, .confirm)
    }
    func columns(_ layout: Layout) -> [Int: [String]] {
      Dictionary(grouping: layout.nodes.sorted { $0.order < $1.order }, by: \.rank)
        .mapValues { $0.map(\.id) }
    }
    let full = columns(state.diagram.layout)
    run(&state, .toggleCompact)
    try #require(state.compact)
    #expect(columns(state.diagram.layout) == full)
    run(&state, .toggleCompact)
    #expect(columns(state.diagram.layout) == full)
  }

  @Test(arguments: [50, 60, 80, 120])
  func aLongMessageIsShownWholeOverTheHintRowAndTheHintsComeBack(width: Int) {
    var state = AppFixture.state(width: width, height: 24)
    let text =
      "Saved flows/shop.yaml: 7 changes written; the commit dialog shows the summary"
    state.message = StatusMessage(text)
    let lines = Screen.render(state).canvas.text().split(separator: "\n").map(String.init)
    let bottom = lines.suffix(2).joined(separator: " ")
    let shown = bottom.split(separator: " ").map(String.init)
    #expect(
      text.split(separator: " ").allSatisfy { shown.contains(String($0)) },
      "every word of the message is on screen at \(width) columns:\n\(bottom)")
    let counter = ScreenLayout(of: state).problemCounter(state).text
    #expect(
      lines.suffix(2).first?.hasSuffix(counter) == true, "the counter stays on the status row")
    run(&state, .move(.right))
    let hints = Screen.render(state).canvas.text().split(separator: "\n").last ?? ""
    #expect(hints.contains("a add"), "the next key clears the message and the hints return")
  }

  @Test func tChangesTheTriggerAndUndoBringsAllOfItBack() throws {
    var state = AppFixture.state(width: 100, height: 30)
    let before = state.flow
    state.selection = "prod-eu"
    run(&state, .changeTrigger)
    guard case .picker(let picker)? = state.topOverlay else {
      Issue.record("no picker")
      return
    }
    #expect(picker.title == "Change the trigger (now dev)")
    Golden.check(Screen.render(state).canvas.text(), "screen-trigger-picker")
    type(&state, "dev")
    #expect(Screen.render(state).canvas.text().contains("dev is already in this flow"))
    run(&state, .confirm)
    #expect(state.flow == before, "the trigger itself is refused in the picker")
    run(&state, .backspace, .backspace, .backspace)
    type(&state, "qa")
    run(&state, .confirm)
    #expect(state.flow.triggerEnvironment == "qa" && !state.flow.contains("dev"))
    #expect(state.flow.step("staging")?.dependsOn == ["qa"])
    #expect(state.message?.text == "qa is the trigger; dev left the flow (u brings it back)")
    run(&state, .undo)
    #expect(state.flow == before)
  }

  @Test func pickersRefuseANameInTheFlowAndMatchNamesBeforeOtherColumns() {
    var state = AppFixture.state(width: 100, height: 30)
    state.selection = "staging"
    run(&state, .add)
    type(&state, "prod")
    guard case .picker(let picker)? = state.topOverlay else {
      Issue.record("no picker")
      return
    }
    #expect(picker.matches.map(\.item.value) == ["prod-ap"], "not perf, whose kind says NON_PROD")
    run(&state, .backspace, .backspace, .backspace, .backspace)
    type(&state, "qa")
    run(&state, .confirm)
    #expect(state.topOverlay.map { if case .picker = $0 { true } else { false } } == true)
    #expect(state.message == StatusMessage("qa is already in this flow", kind: .error))
  }

  @Test func pickersSayByPolicyWhereverPoliciesDecide() {
    var state = AppFixture.state(width: 100, height: 30)
    state.selection = "qa"
    for action: Keystroke in [.chooseAction, .choosePreAction, .choosePostAction] {
      run(&state, action)
      guard case .picker(let picker)? = state.topOverlay else { continue }
      #expect(picker.items.contains { $0.kind == .clear && $0.label == "By policy" }, "\(action)")
      run(&state, .cancel)
    }
  }

  @Test func aBigCanvasSaysWhichPartIsShownAndPansAScreenful() {
    var state = AppFixture.state(Self.layered(40, seed: 4), width: 100, height: 30)
    run(&state, .toggleCompact)
    if state.compact { run(&state, .toggleCompact) }
    let area = ScreenLayout(of: state).graphArea
    let screen = Screen.render(state).canvas.text()
    #expect(
      screen.contains("columns 1–\(area.width - 1) of \(state.diagram.layout.width)"), "\(screen)")
    let top = state.scroll.y
    let deepest = state.diagram.layout.height - area.height + 1
    run(&state, .pageDown)
    #expect(state.scroll.y == min(top + area.height - 2, deepest))
    run(&state, .pageUp)
    #expect(state.scroll.y == max(0, min(top + area.height - 2, deepest) - (area.height - 2)))
    run(&state, .bottom)
    let waves = Waves(state.flow).waves
    #expect(state.selection == waves.last?.first)
    run(&state, .top)
    #expect(state.selection == "dev")
    let before = state.scroll.y
    run(&state, .wheel(x: 10, y: 10, rows: 1))
    #expect(
      state.scroll.y - before
        == min(area.height / 3, state.diagram.layout.height - area.height + 1 - before))
  }

  @Test func policiesThatSelectNoProductFillTheBoxesWithoutAProduct() {
    let state = AppFixture.state(width: 100, height: 30)
    #expect(state.product == nil)
    let staging = state.diagram.boxes["staging"]
    #expect(staging?.lines[0].value == "commit" && staging?.lines[0].valueRole == .fromPolicy)
    #expect(staging?.lines[2].value == "smoke-tests" && staging?.lines[2].valueRole == .fromPolicy)
    let prod = state.diagram.boxes["prod-eu"]
    #expect(prod?.lines[0].valueRole == .missing, "its policy selects a product: none is chosen")
  }

  @Test(arguments: [50, 120])
  func aFormsErrorWrapsInsideTheFormInsteadOfBeingCut(width: Int) {
    var state = AppFixture.state(width: width, height: 30)
    state.selection = "staging"
    run(&state, .add)
    type(&state, "Bad Name")
    run(&state, .confirm, .confirm)
    guard let error = state.topForm?.error else {
      Issue.record("no error")
      return
    }
    let screen = Screen.render(state).canvas.text()
    let shown = screen.split(separator: "\n").map {
      $0.trimmingCharacters(in: CharacterSet(charactersIn: " │"))
    }
    let words = error.split(separator: " ")
    #expect(words.allSatisfy { word in shown.contains { $0.contains(word) } }, "\(screen)")
    let form = screen.split(separator: "\n").filter { $0.contains("│") }
    #expect(!form.contains { $0.contains("…") }, "nothing cut: \(screen)")
  }

  @Test func aClickOnAConnectorOffersThePreAndPostActionOfItsTarget() throws {
    var state = AppFixture.state(width: 100, height: 30)
    let edge = try #require(state.diagram.layout.edges.first { $0.to == "staging" })
    let end = try #require(edge.points.last)
    let start = edge.points[edge.points.count - 2]
    let area = ScreenLayout(of: state).graphArea
    let x = area.x + (start.x + end.x) / 2 - state.scroll.x + 1
    let y = area.y + (start.y + end.y) / 2 - state.scroll.y
    run(&state, .click(x: x, y: y, time: 0))
    guard case .picker(let menu)? = state.topOverlay else {
      Issue.record("no connector menu")
      return
    }
    #expect(menu.title == "Connector into staging")
    #expect(menu.items.map(\.label) == ["Pre-Action", "Post-Action"])
    Golden.check(Screen.render(state).canvas.text(), "screen-connector-menu")
    run(&state, .confirm)
    type(&state, "smoke")
    run(&state, .confirm)
    #expect(state.flow.step("staging")?.preAction == "smoke-tests")
    #expect(state.overlays.isEmpty, "the menu closes with the picker")
  }
}
