import FlowLayout
import PromotionKit

/// Actions on the canvas: moving, panning, and opening the pickers, forms and dialogs of edits.
extension Reducer {
  static func reduceCanvas(_ state: inout AppState, _ action: Action, effects: inout [Effect]) {
    state.message = nil
    if let reason = unavailability(of: action, in: state) {
      state.message = StatusMessage(reason, kind: .error)
      return
    }
    switch action {
    case .move(let direction):
      move(&state, direction)
    case .pan(let direction):
      pan(&state, direction)
    case .pageUp where state.listView, .pageDown where state.listView:
      let page = max(1, ScreenLayout(of: state).graphArea.height - 2)
      for _ in 0..<page { moveInList(&state, action == .pageUp ? .up : .down) }
    case .pageUp, .pageDown:
      let area = ScreenLayout(of: state).graphArea
      state.scroll.y += (action == .pageUp ? -1 : 1) * max(2, area.height - 2)
      clampScroll(&state)
    case .top, .bottom:
      jump(&state, toEnd: action == .bottom)
    case .add, .editDependsOn, .remove, .chooseAction, .choosePreAction, .choosePostAction,
      .chooseTriggerWorkflow, .editHooks, .flowSettings:
      openEdit(&state, action)
    case .changeTrigger:
      openTriggerChange(&state)
    case .chooseProduct, .inspect, .find, .help, .toggleView, .toggleCompact, .toggleList:
      openView(&state, action)
    case .undo, .redo:
      travel(&state, back: action == .undo)
    case .save:
      requestSave(&state, .save, writeReadOnly: false, effects: &effects)
    case .forceSave:
      requestSave(&state, .save, writeReadOnly: true, effects: &effects)
    case .quit:
      if state.hasUnsavedWork {
        push(.quitPrompt, on: &state)
      } else {
        state.finished = true
        effects.append(.exit)
      }
    case .commit:
      startCommit(&state, effects: &effects)
    case .showChanges:
      toggleReview(&state, effects: &effects)
    case .showProblems:
      openProblems(&state)
    // The keys of the YAML view, lists, forms and dialogs mean nothing on the canvas.
    case .startEditing, .externalEdit, .finishEditing, .newline, .cursorUp,
      .searchNext, .searchPrevious,
      .cursorDown, .lineStart, .lineEnd, .undoTyping, .cancel, .confirm, .up, .down, .nextField,
      .previousField, .type, .backspace, .deleteForward, .cursorLeft,
      .cursorRight, .toggle, .choose, .saveAndQuit, .discardAndQuit, .backToTextEdit:
      break
    // Routed before the canvas: mouse by `route`, the rest by `reduce`.
    case .click, .wheel, .resize, .saveFinished, .externalEditFinished, .commitPrepared,
      .commitFinished, .fileChangedOnDisk, .committedVersionRead:
      break
    }
  }

  /// Why a canvas key cannot act now, said in one place; nil when it can.
  static func unavailability(of action: Action, in state: AppState) -> String? {
    if state.unparsedFile && ![.quit, .help, .showProblems].contains(action) {
      return unparsedReason
    }
    let what: String
    switch action {
    case .editDependsOn: what = "Depends on"
    case .chooseAction: what = "the promotion action"
    case .choosePreAction: what = "a Pre-Action"
    case .choosePostAction: what = "a Post-Action"
    case .editHooks:
      return state.selection == nil ? "Add an environment first (a)" : nil
    case .chooseTriggerWorkflow:
      return state.flow.triggerEnvironment.isEmpty
        ? "Choose the trigger environment first (a)" : nil
    default:
      return nil
    }
    guard let name = state.selection else { return "Add an environment first (a)" }
    return state.flow.stepIndex(name) == nil
      ? "\(name) is the trigger: \(what) is for target environments" : nil
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

  /// The overlays that show rather than edit: the product preview, the inspector, find, help;
  /// and the switches between the canvas and the YAML view, full and compact boxes.
  static func openView(_ state: inout AppState, _ action: Action) {
    let flow = state.flow
    switch action {
    case .chooseProduct:
      var items = state.workspace.products.map { ListItem(value: $0.value.name, detail: $0.file) }
      items.append(ListItem(value: "", label: "None (no product policies)", kind: .clear))
      var picker = Picker(
        title: "Preview the policies of a product", purpose: .product, items: items,
        emptyHint: "the workspace has no products")
      picker.highlighted = items.firstIndex { $0.value == (state.product ?? "") } ?? 0
      push(.picker(picker), on: &state)
    case .inspect:
      guard let name = state.selection else { return }
      push(.inspector(environment: name, scroll: 0), on: &state)
    case .find:
      let catalog = state.catalog
      let items = flow.environments.map { ListItem(value: $0, detail: detail(of: $0, in: catalog)) }
      push(
        .picker(
          Picker(
            title: "Find an environment", purpose: .find, items: items,
            emptyHint: "no environment matches")), on: &state)
    case .help:
      push(.help(scroll: 0), on: &state)
    case .toggleView:
      openYAMLView(&state)
    case .toggleCompact:
      state.compact.toggle()
      refresh(&state, keepPositions: false)
      state.message = StatusMessage(state.compact ? "Compact boxes" : "Full boxes")
    case .toggleList:
      state.listView.toggle()
      revealSelection(&state)
      state.message = StatusMessage(
        state.listView ? "List by wave: every key acts on the selected row (L: the boxes)" : "Boxes"
      )
    default:
      break
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
