import FlowLayout
import TerminalCanvas

/// The mouse: a click selects a box (a second click soon after opens the inspector) or picks a
/// list item; the wheel scrolls lists and pans the canvas.
extension Reducer {
  static let doubleClickInterval = 400

  static func click(
    _ state: inout AppState, x: Int, y: Int, time: Int, effects: inout [Effect]
  ) {
    let screen = ScreenLayout(of: state)
    if screen.isTooSmall { return }
    if let overlay = state.topOverlay {
      let frame = screen.frame(of: overlay, in: state)
      if case .removeDialog = overlay, frame.contains(x: x, y: y) {
        let option = y - (frame.y + 4)
        if (0...1).contains(option) {
          reduceOverlay(&state, .choice(.choose(option)), effects: &effects)
        }
        return
      }
      guard let rows = screen.listRows(of: overlay, in: state), frame.contains(x: x, y: y),
        (rows.top..<(rows.top + rows.count)).contains(y)
      else { return }
      if let choosing = choosing(rows.offset + y - rows.top, in: overlay) {
        reduceOverlay(&state, choosing, effects: &effects)
      }
      return
    }
    let counter = screen.problemCounter(state)
    if y == screen.statusRow, x >= counter.x, x < counter.x + DisplayWidth.of(counter.text) {
      openProblems(&state)
      return
    }
    let area = screen.graphArea
    guard area.contains(x: x, y: y) else { return }
    if state.listView {
      let rows = ListView.rows(state.flow)
      let index = state.listScroll + y - area.y - 1
      if rows.indices.contains(index), case .environment(let name) = rows[index] {
        state.selection = name
        state.message = nil
      }
      return
    }
    // The drawing starts one column into the canvas (see Screen.drawGraph).
    let point = Point(x - area.x + state.scroll.x - 1, y - area.y + state.scroll.y)
    guard
      let node = state.diagram.layout.nodes.first(where: {
        point.x >= $0.x && point.x < $0.x + $0.width && point.y >= $0.y
          && point.y < $0.y + $0.height
      })
    else {
      if let target = connectorTarget(at: point, in: state) { openConnectorMenu(target, &state) }
      return
    }
    if let last = state.lastClick, last.name == node.id, time - last.time <= doubleClickInterval,
      time >= last.time
    {
      state.lastClick = nil
      state.selection = node.id
      state.overlays.append(.inspector(environment: node.id, scroll: 0))
      return
    }
    state.lastClick = (node.id, time)
    state.selection = node.id
    state.message = nil
  }

  static func wheel(
    _ state: inout AppState, x: Int, y: Int, rows: Int, effects: inout [Effect]
  ) {
    if let overlay = state.topOverlay {
      guard let turn = wheeling(up: rows < 0, in: overlay) else { return }
      for _ in 0..<abs(rows) { reduceOverlay(&state, turn, effects: &effects) }
      return
    }
    let area = ScreenLayout(of: state).graphArea
    if state.listView {
      let count = ListView.rows(state.flow).count
      state.listScroll = max(0, min(state.listScroll + rows * 3, max(0, count - area.height + 1)))
      return
    }
    state.scroll.y += rows * max(2, area.height / 3)
    clampScroll(&state)
  }

  /// What a click on the item shown at `index` of an overlay's list means.
  static func choosing(_ index: Int, in overlay: Overlay) -> Action? {
    switch overlay {
    case .picker: return .picker(.choose(index))
    case .checklist: return .checklist(.choose(index))
    case .problems: return .problems(.choose(index))
    case .removeDialog, .diskChanged, .confirm: return .choice(.choose(index))
    case .form, .quitPrompt, .help, .inspector, .diff, .commitDialog: return nil
    }
  }

  /// What a turn of the wheel means in an overlay: moving in its list or its choices, scrolling
  /// what it shows.
  static func wheeling(up: Bool, in overlay: Overlay) -> Action? {
    let move: ListMove = up ? .up : .down
    switch overlay {
    case .picker: return .picker(.filter(.move(move)))
    case .checklist: return .checklist(.filter(.move(move)))
    case .problems: return .problems(.move(move))
    case .help, .inspector, .diff: return .reader(.scroll(move))
    case .removeDialog, .diskChanged, .confirm: return .choice(up ? .previous : .next)
    case .form, .quitPrompt, .commitDialog: return nil
    }
  }

  /// The target whose incoming connector passes through `point` (drawing coordinates): the
  /// segments of each edge, the last one first — the one entering the target.
  static func connectorTarget(at point: Point, in state: AppState) -> String? {
    for edge in state.diagram.layout.edges {
      var previous: Point?
      for corner in edge.points {
        defer { previous = corner }
        guard let start = previous else { continue }
        let xs = min(start.x, corner.x)...max(start.x, corner.x)
        let ys = min(start.y, corner.y)...max(start.y, corner.y)
        if xs.contains(point.x) && ys.contains(point.y) { return edge.to }
      }
    }
    return nil
  }

  /// The connector's menu: Pre-Action or Post-Action of the target it enters (`[` / `]` on the
  /// keyboard).
  static func openConnectorMenu(_ target: String, _ state: inout AppState) {
    guard let step = state.flow.step(target) else { return }
    state.selection = target
    push(
      .picker(
        Picker(
          title: "Connector into \(target)", purpose: .connector(environment: target),
          items: [
            ListItem(value: "pre", label: "Pre-Action", detail: step.preAction ?? "by policy"),
            ListItem(value: "post", label: "Post-Action", detail: step.postAction ?? "by policy"),
          ])), on: &state)
  }
}
