import FlowLayout
import PromotionKit

/// Actions on the canvas: moving, panning, and opening the pickers, forms and dialogs of edits.
extension Reducer {
  static func reduceCanvas(_ state: inout AppState, _ action: CanvasAction, effects: inout [Effect])
  {
    state.message = nil
    if state.unparsedFile {
      state.message = StatusMessage(unparsedReason, kind: .error)
      return
    }
    switch action {
    case .move(let direction):
      move(&state, direction)
    case .pan(let direction):
      pan(&state, direction)
    case .pageUp, .pageDown:
      page(&state, up: action == .pageUp)
    case .top, .bottom:
      jump(&state, toEnd: action == .bottom)
    case .edit(let edit):
      if let reason = unavailability(of: edit, in: state) {
        state.message = StatusMessage(reason, kind: .error)
      } else {
        openEdit(&state, edit)
      }
    case .view(let view):
      openView(&state, view, effects: &effects)
    }
  }

  /// The file's commands, on the canvas and in the YAML view alike.
  static func run(_ command: Command, _ state: inout AppState, effects: inout [Effect]) {
    if state.unparsedFile && ![.quit, .help, .showProblems].contains(command) {
      state.message = StatusMessage(unparsedReason, kind: .error)
      return
    }
    state.message = nil
    switch command {
    case .undo, .redo:
      travel(&state, back: command == .undo)
    case .save:
      requestSave(&state, .save, writeReadOnly: false, effects: &effects)
    case .forceSave:
      requestSave(&state, .save, writeReadOnly: true, effects: &effects)
    case .commit:
      startCommit(&state, effects: &effects)
    case .quit:
      if state.hasUnsavedWork {
        push(.quitPrompt, on: &state)
      } else {
        state.finished = true
        effects.append(.exit)
      }
    case .help:
      push(.help(scroll: 0), on: &state)
    case .showProblems:
      openProblems(&state)
    case .toggleView:
      if state.yaml == nil { openYAMLView(&state) } else { closeYAMLView(&state) }
    }
  }

  /// Why an edit cannot act now, said in one place; nil when it can.
  static func unavailability(of edit: CanvasAction.Edit, in state: AppState) -> String? {
    let what: String
    switch edit {
    case .dependsOn: what = "Depends on"
    case .action: what = "the promotion action"
    case .preAction: what = "a Pre-Action"
    case .postAction: what = "a Post-Action"
    case .hooks:
      return state.selection == nil ? "Add an environment first (a)" : nil
    case .triggerWorkflow:
      return state.flow.triggerEnvironment.isEmpty
        ? "Choose the trigger environment first (a)" : nil
    case .add, .remove, .trigger, .flowSettings:
      return nil
    }
    guard let name = state.selection else { return "Add an environment first (a)" }
    return state.flow.stepIndex(name) == nil
      ? "\(name) is the trigger: \(what) is for target environments" : nil
  }

  /// PageUp / PageDown: a screenful of rows in the list, else of the drawing.
  static func page(_ state: inout AppState, up: Bool) {
    let area = ScreenLayout(of: state).graphArea
    if state.listView {
      for _ in 0..<max(1, area.height - 2) { moveInList(&state, up ? .up : .down) }
    } else {
      state.scroll.y += (up ? -1 : 1) * max(2, area.height - 2)
      clampScroll(&state)
    }
  }

  /// Scrolls the canvas a quarter of the screen.
  static func pan(_ state: inout AppState, _ direction: Action.Direction) {
    let area = ScreenLayout(of: state).graphArea
    switch direction {
    case .left: state.scroll.x -= max(4, area.width / 4)
    case .right: state.scroll.x += max(4, area.width / 4)
    case .up: state.scroll.y -= max(2, area.height / 4)
    case .down: state.scroll.y += max(2, area.height / 4)
    }
    clampScroll(&state)
  }

  /// In the list: ↑ ↓ the row above or below, ← → the first row of the wave before or after.
  static func moveInList(_ state: inout AppState, _ direction: Action.Direction) {
    let order = ListView.order(state.flow)
    guard let current = state.selection.flatMap(order.firstIndex) else {
      state.selection = order.first
      return
    }
    let waves = Waves(state.flow)
    let wave = waves.waveOf[order[current]] ?? 0
    var next = current
    switch direction {
    case .up: next = max(0, current - 1)
    case .down: next = min(order.count - 1, current + 1)
    case .left:
      next = order.firstIndex { (waves.waveOf[$0] ?? 0) == max(0, wave - 1) } ?? current
    case .right:
      next = order.firstIndex { (waves.waveOf[$0] ?? 0) == wave + 1 } ?? current
    }
    state.selection = order[next]
    revealSelection(&state)
  }

  /// Home / End: the trigger, or the first environment of the last wave.
  static func jump(_ state: inout AppState, toEnd: Bool) {
    let waves = Waves(state.flow).waves
    guard let target = toEnd ? waves.last?.first : waves.first?.first else { return }
    state.selection = target
    revealSelection(&state)
  }

  /// Undo (`back`) or redo one step, saying what happened.
  static func travel(_ state: inout AppState, back: Bool) {
    let moved =
      back ? state.history.undo(from: state.current) : state.history.redo(from: state.current)
    guard let snapshot = moved else {
      state.message = StatusMessage(back ? "Nothing to undo" : "Nothing to redo")
      return
    }
    let before = back ? snapshot.flow : state.current.flow
    let after = back ? state.current.flow : snapshot.flow
    let change = FlowDiff(from: before, to: after).lines(new: after)
    state.current = snapshot
    let what =
      change.first.map { $0.text + (change.count > 1 ? " (+\(change.count - 1) more)" : "") }
      ?? "the last change"
    state.message = StatusMessage((back ? "Undid: " : "Redid: ") + what)
    refresh(&state)
  }

  /// The overlays that show rather than edit: the product preview, the inspector, find; and the
  /// switches between full and compact boxes, the boxes and the list, marking changes or not.
  static func openView(
    _ state: inout AppState, _ view: CanvasAction.View, effects: inout [Effect]
  ) {
    switch view {
    case .product:
      var items = state.workspace.products.map { ListItem(value: $0.value.name, detail: $0.file) }
      items.append(ListItem(value: "", label: "None (no product policies)", kind: .clear))
      var picker = Picker(
        title: "Preview the policies of a product", purpose: .product, items: items,
        emptyHint: "the workspace has no products")
      picker.highlighted = items.firstIndex { $0.value == (state.product ?? "") } ?? 0
      push(.picker(picker), on: &state)
    case .inspector:
      guard let name = state.selection else { return }
      push(.inspector(environment: name, scroll: 0), on: &state)
    case .find:
      let catalog = state.catalog
      let items = state.flow.environments.map {
        ListItem(value: $0, detail: detail(of: $0, in: catalog))
      }
      push(
        .picker(
          Picker(
            title: "Find an environment", purpose: .find, items: items,
            emptyHint: "no environment matches")), on: &state)
    case .compact:
      // The boxes keep their order: the drawing shrinks or grows in place, as an edit's does.
      state.compact.toggle()
      refresh(&state)
      state.message = StatusMessage(state.compact ? "Compact boxes" : "Full boxes")
    case .list:
      state.listView.toggle()
      revealSelection(&state)
      state.message = StatusMessage(
        state.listView ? "List by wave: every key acts on the selected row (L: the boxes)" : "Boxes"
      )
    case .changes:
      toggleReview(&state, effects: &effects)
    }
  }

  static func clampScroll(_ state: inout AppState) {
    let area = ScreenLayout(of: state).graphArea
    let layout = state.diagram.layout
    state.scroll.x = max(0, min(state.scroll.x, max(0, layout.width - area.width + 2)))
    state.scroll.y = max(0, min(state.scroll.y, max(0, layout.height - area.height + 1)))
  }

  /// Selects the nearest box in a direction: the closest along that axis, with sideways distance
  /// weighing more, so moving right stays on the same row when it can.
  static func move(_ state: inout AppState, _ direction: Action.Direction) {
    if state.listView {
      moveInList(&state, direction)
      return
    }
    let nodes = state.diagram.layout.nodes
    guard let name = state.selection, let current = state.diagram.layout.node(name) else {
      state.selection = nodes.first?.id
      return
    }
    let origin = (x: current.x + current.width / 2, y: current.portRow)
    var best: (score: [Int], id: String)?
    for node in nodes where node.id != name {
      let center = (x: node.x + node.width / 2, y: node.portRow)
      let dx = center.x - origin.x
      let dy = center.y - origin.y
      let columns = node.rank - current.rank
      // ← → go to the nearest column strictly beyond, then the nearest row in it; ↑ ↓ stay in
      // the column when they can, then take the nearest box that way.
      let score: [Int]
      switch direction {
      case .right:
        guard columns > 0 else { continue }
        score = [columns, abs(dy), abs(dx)]
      case .left:
        guard columns < 0 else { continue }
        score = [-columns, abs(dy), abs(dx)]
      case .down:
        guard dy > 0 else { continue }
        score = [columns == 0 ? 0 : 1, dy + 3 * abs(dx)]
      case .up:
        guard dy < 0 else { continue }
        score = [columns == 0 ? 0 : 1, -dy + 3 * abs(dx)]
      }
      if best.map({ score.lexicographicallyPrecedes($0.score) }) ?? true { best = (score, node.id) }
    }
    if let best {
      state.selection = best.id
      revealSelection(&state)
    }
  }

  /// What lists show beside an environment: kind, tags, and whether it is already in the flow.
  static func detail(of name: String, in catalog: EnvironmentCatalog) -> String {
    catalog.environment(named: name).map(detail(of:)) ?? "not in the catalog"
  }

  /// A picker's second column for a catalog environment: its kind and tags.
  static func detail(of definition: EnvironmentDefinition) -> String {
    let tags = definition.tags.isEmpty ? "" : " · " + definition.tags.joined(separator: ", ")
    return definition.kind.rawValue + tags
  }
}
