import FlowBuilder
import FlowLayout
import PromotionKit
import TerminalCanvas
import TestSupport
import Testing

/// No sequence of input breaks the editor: random keys (through the real keymap, in whatever mode
/// is open), clicks, wheel turns and resizes, with the state checked after every event.
@Suite struct ReducerFuzzTests {
  static let keys: [Key] =
    [
      .up, .down, .left, .right, .shiftUp, .shiftDown, .shiftLeft, .shiftRight, .enter, .escape,
      .tab, .backTab,
      .backspace, .delete, .home, .end, .pageUp, .pageDown, .control("r"), .control("s"),
      .control("c"),
      .control("n"), .control("p"),
    ] + "adxe[]wHpz/FusqcigGED?hjklx -_.AZ09é東:#".map { Key.character($0) }

  @Test(arguments: 0..<4)
  func hundredThousandRandomEventsKeepTheStateConsistent(shard: Int) throws {
    var random = SeededRandom(seed: UInt64(shard + 1))
    var effects = RandomEffects(random: SeededRandom(seed: UInt64(shard + 100)), failureRate: 0.3)
    let start = AppFixture.state()
    var state = start
    for step in 0..<25_000 {
      state = EffectInterpreter.dispatch(randomAction(&random, state), state, with: &effects)
      try check(state, step: step)
      if step % 97 == 0 { try checkHistory(state) }
      if step % 13 == 0 {
        let frame = Screen.render(state).canvas
        #expect(frame.width == state.screenWidth && frame.height == state.screenHeight)
      }
      if state.finished { state = start }
    }
  }

  func randomAction(_ random: inout SeededRandom, _ state: AppState) -> Action {
    switch random.below(20) {
    case 0:
      return .resize(width: random.below(160), height: random.below(60))
    case 1, 2:
      return .click(
        x: random.below(state.screenWidth + 4) - 2, y: random.below(state.screenHeight + 4) - 2,
        time: random.below(2_000))
    case 3:
      return .wheel(
        x: random.below(state.screenWidth), y: random.below(state.screenHeight),
        rows: random.below(7) - 3)
    default:
      let key = Self.keys[random.below(Self.keys.count)]
      return KeyMap.action(for: key, in: state.mode) ?? .wheel(x: 0, y: 0, rows: 0)
    }
  }

  func check(_ state: AppState, step: Int) throws {
    if let selection = state.selection {
      try require(
        state.flow.contains(selection), "step \(step): selection \(selection) is not in the flow")
    } else {
      try require(
        state.flow.environments.isEmpty, "step \(step): nothing selected in a non-empty flow")
    }
    try require(state.scroll.x >= 0 && state.scroll.y >= 0, "step \(step): negative scroll")
    try require(
      Set(state.flow.steps.map(\.environment)).count == state.flow.steps.count,
      "step \(step): duplicate step")
    try require(FlowGraph(state.flow).cycles().isEmpty, "step \(step): the editor made a cycle")
    for step in state.flow.steps {
      try require(!step.dependsOn.isEmpty, "a step without dependencies")
      try require(
        step.dependsOn.allSatisfy(state.flow.contains), "a dependency on a missing environment")
    }
    try require(
      state.diagram.layout.nodes.count == FlowGraph(state.flow).names.count,
      "step \(step): the drawing is stale")
    for overlay in state.overlays {
      switch overlay {
      case .picker(let picker):
        try require(
          picker.highlighted >= 0 && picker.highlighted <= max(0, picker.matches.count - 1),
          "picker highlight")
      case .checklist(let list):
        try require(
          list.highlighted >= 0 && list.highlighted <= max(0, list.matches.count - 1),
          "checklist highlight")
      case .form(let form):
        try require(
          form.fields.indices.contains(form.focused)
            && form.fields.allSatisfy { $0.cursor >= 0 && $0.cursor <= $0.text.count },
          "form cursor")
      case .removeDialog(let dialog):
        try require(
          (0...1).contains(dialog.choice) && state.flow.contains(dialog.environment), "dialog")
      default: break
      }
    }
    try require(state.isModified == (state.current != state.saved), "modified marker")
    if let view = state.yaml {
      try require(
        view.lines.indices.contains(view.line) || view.lines.isEmpty,
        "step \(step): YAML cursor line")
      try require(
        view.column >= 0
          && view.column
            <= (view.lines.indices.contains(view.line) ? view.lines[view.line].count : 0),
        "YAML cursor column")
      if !view.isDirty {
        try require(
          view.text + "\n" == state.document.text || view.baseText == state.document.text,
          "step \(step): the YAML view shows something a save would not write")
      }
    }
  }

  /// Undoing then redoing the same number of steps comes back to the same snapshot.
  func checkHistory(_ state: AppState) throws {
    var probe = state
    probe.overlays = []
    let before = probe.current
    var undone = 0
    while probe.history.canUndo && undone < 5 {
      probe = Reducer.reduce(probe, .command(.undo)).0
      undone += 1
    }
    for _ in 0..<undone { probe = Reducer.reduce(probe, .command(.redo)).0 }
    try require(probe.current == before, "undo then redo did not come back")
  }
}

struct FuzzFailure: Error, CustomStringConvertible {
  var description: String
}

func require(_ condition: Bool, _ message: @autoclosure () -> String) throws {
  if !condition { throw FuzzFailure(description: message()) }
}
