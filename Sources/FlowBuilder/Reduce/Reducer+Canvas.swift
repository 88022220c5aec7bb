import FlowLayout
import PromotionKit

/// Actions on the canvas: moving, panning, and opening the pickers, forms and dialogs of edits.
extension Reducer {
  static func reduceCanvas(_ state: inout AppState, _ action: Action, effects: inout [Effect]) {
    state.message = nil
    let flow = state.flow
    let selected = state.selection
    let isTarget = selected.map { flow.stepIndex($0) != nil } ?? false
    func needTarget(_ what: String) -> Bool {
      guard isTarget else {
        state.message = StatusMessage(
          selected.map { "\($0) is the trigger: \(what) is for target environments" }
            ?? "Add an environment first (a)",
          kind: .error)
        return false
      }
      return true
    }
    switch action {
    case .move(let direction):
      move(&state, direction)
    case .pan(let direction):
      let area = ScreenLayout(width: state.screenWidth, height: state.screenHeight).graphArea
      switch direction {
      case .left: state.scroll.x -= max(4, area.width / 4)
      case .right: state.scroll.x += max(4, area.width / 4)
      case .up: state.scroll.y -= max(2, area.height / 4)
      case .down: state.scroll.y += max(2, area.height / 4)
      }
      clampScroll(&state)
    case .add:
      openAdd(&state)
    case .editDependsOn:
      guard needTarget("Depends on"), let name = selected, let step = flow.step(name) else {
        return
      }
      let others = flow.environments.filter { $0 != name }
      let items = others.map { ListItem(value: $0, detail: detail(of: $0, in: state)) }
      push(
        .checklist(
          Checklist(
            title: "\(name) depends on", environment: name, items: items,
            checked: Set(step.dependsOn))), on: &state)
    case .remove:
      openRemove(&state)
    case .chooseAction:
      guard needTarget("the promotion action"), let name = selected else { return }
      let current = flow.step(name)?.action
      var picker = Picker(
        title: "Promotion action of \(name)", purpose: .action(environment: name),
        items: [
          ListItem(value: "commit", label: PromotionAction.commit.label, detail: "commit"),
          ListItem(value: "pr", label: PromotionAction.pullRequest.label, detail: "pr"),
          ListItem(value: "none", label: PromotionAction.noAction.label, detail: "none"),
          ListItem(value: "", label: "Use promotion policy", detail: "unset", kind: .clear),
        ])
      picker.highlighted = picker.items.firstIndex { $0.value == (current?.rawValue ?? "") } ?? 0
      push(.picker(picker), on: &state)
    case .choosePreAction:
      guard needTarget("a Pre-Action"), let name = selected else { return }
      push(
        .picker(
          workflowPicker(
            "Pre-Action of \(name)", .preAction(environment: name),
            current: flow.step(name)?.preAction, state)), on: &state)
    case .choosePostAction:
      guard needTarget("a Post-Action"), let name = selected else { return }
      push(
        .picker(
          workflowPicker(
            "Post-Action of \(name)", .postAction(environment: name),
            current: flow.step(name)?.postAction, state)), on: &state)
    case .chooseTriggerWorkflow:
      guard !flow.triggerEnvironment.isEmpty else {
        state.message = StatusMessage("Choose the trigger environment first (a)", kind: .error)
        return
      }
      push(
        .picker(
          workflowPicker(
            "Workflow of the trigger \(flow.triggerEnvironment)", .triggerWorkflow,
            current: flow.triggerWorkflow, state)), on: &state)
    case .editHooks:
      guard let name = selected else {
        state.message = StatusMessage("Add an environment first (a)", kind: .error)
        return
      }
      push(.form(.hooks(of: name, in: flow)), on: &state)
    case .chooseProduct:
      var items = state.workspace.products.map { ListItem(value: $0.value.name, detail: $0.file) }
      items.append(ListItem(value: "", label: "None (no product policies)", kind: .clear))
      var picker = Picker(
        title: "Preview the policies of a product", purpose: .product, items: items,
        emptyHint: "the workspace has no products")
      picker.highlighted = items.firstIndex { $0.value == (state.product ?? "") } ?? 0
      push(.picker(picker), on: &state)
    case .inspect:
      guard let name = selected else { return }
      push(.inspector(environment: name, scroll: 0), on: &state)
    case .find:
      let items = flow.environments.map { ListItem(value: $0, detail: detail(of: $0, in: state)) }
      push(
        .picker(
          Picker(
            title: "Find an environment", purpose: .find, items: items,
            emptyHint: "no environment matches")), on: &state)
    case .flowSettings:
      push(.form(.flowSettings(of: flow)), on: &state)
    case .undo:
      if let previous = state.history.undo(from: state.current) {
        state.current = previous
        state.message = StatusMessage("Undone")
        refresh(&state)
      } else {
        state.message = StatusMessage("Nothing to undo")
      }
    case .redo:
      if let next = state.history.redo(from: state.current) {
        state.current = next
        state.message = StatusMessage("Redone")
        refresh(&state)
      } else {
        state.message = StatusMessage("Nothing to redo")
      }
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
    case .help:
      push(.help(scroll: 0), on: &state)
    case .toggleView:
      openYAMLView(&state)
    case .commit:
      startCommit(&state, effects: &effects)
    case .toggleCompact:
      state.compact.toggle()
      refresh(&state, keepPositions: false)
      state.message = StatusMessage(state.compact ? "Compact boxes" : "Full boxes")
    default:
      break
    }
  }

  static func clampScroll(_ state: inout AppState) {
    let area = ScreenLayout(width: state.screenWidth, height: state.screenHeight).graphArea
    let layout = state.diagram.layout
    state.scroll.x = max(0, min(state.scroll.x, max(0, layout.width - area.width + 2)))
    state.scroll.y = max(0, min(state.scroll.y, max(0, layout.height - area.height + 1)))
  }

  /// Selects the nearest box in a direction: the closest along that axis, with sideways distance
  /// weighing more, so moving right stays on the same row when it can.
  static func move(_ state: inout AppState, _ direction: Action.Direction) {
    let nodes = state.diagram.layout.nodes
    guard let name = state.selection, let current = state.diagram.layout.node(name) else {
      state.selection = nodes.first?.id
      return
    }
    let origin = (x: current.x + current.width / 2, y: current.portRow)
    var best: (score: Int, id: String)?
    for node in nodes where node.id != name {
      let center = (x: node.x + node.width / 2, y: node.portRow)
      let dx = center.x - origin.x
      let dy = center.y - origin.y
      let ahead: Int
      let aside: Int
      switch direction {
      case .right: (ahead, aside) = (dx, abs(dy))
      case .left: (ahead, aside) = (-dx, abs(dy))
      case .down: (ahead, aside) = (dy, abs(dx))
      case .up: (ahead, aside) = (-dy, abs(dx))
      }
      guard ahead > 0 else { continue }
      let score = ahead + 3 * aside
      if score < best?.score ?? .max { best = (score, node.id) }
    }
    if let best {
      state.selection = best.id
      revealSelection(&state)
    }
  }

  /// `a`: the trigger of an empty flow, else a target after the selection.
  static func openAdd(_ state: inout AppState) {
    let flow = state.flow
    let available = state.catalog.environments.filter { !flow.contains($0.name) }
    let items = available.map { ListItem(value: $0.name, detail: detail(of: $0.name, in: state)) }
    let hint = "Enter creates a new environment with the name typed"
    if flow.triggerEnvironment.isEmpty {
      push(
        .picker(
          Picker(
            title: "Choose the trigger environment", purpose: .trigger, items: items,
            emptyHint: hint)), on: &state)
    } else {
      let parent = state.selection ?? flow.triggerEnvironment
      push(
        .picker(
          Picker(
            title: "Add a target after \(parent)", purpose: .addTarget(after: parent), items: items,
            emptyHint: hint)), on: &state)
    }
  }

  static func openRemove(_ state: inout AppState) {
    let flow = state.flow
    guard let name = state.selection else { return }
    if name == flow.triggerEnvironment {
      if flow.steps.isEmpty {
        _ = apply(flow.removing(name, mode: .reconnect), to: &state, message: "Removed \(name)")
      } else {
        state.message = StatusMessage(
          "\(name) is the trigger: remove its targets first, or pick another trigger", kind: .error)
      }
      return
    }
    let dependencies = flow.step(name)?.dependsOn ?? []
    let downstream = Array(flow.removal(of: name, mode: .cascade).dropFirst())
    push(
      .removeDialog(
        RemoveDialog(environment: name, reconnectTo: dependencies, downstream: downstream)),
      on: &state)
  }

  static func workflowPicker(
    _ title: String, _ purpose: Picker.Purpose, current: String?, _ state: AppState
  ) -> Picker {
    var items = state.workspace.workflows.map { ListItem(value: $0.name, detail: $0.file) }
    for name in state.current.newWorkflows where !items.contains(where: { $0.value == name }) {
      items.append(ListItem(value: name, detail: "new, written on save"))
    }
    items.append(ListItem(value: "", label: "None", kind: .clear))
    items.append(ListItem(value: "", label: "+ New workflow…", kind: .create))
    var picker = Picker(
      title: title, purpose: purpose, items: items,
      emptyHint: "Enter creates a new workflow with the name typed")
    picker.highlighted = items.firstIndex { $0.value == (current ?? "") && $0.kind != .create } ?? 0
    return picker
  }

  /// What lists show beside an environment: kind, tags, and whether it is already in the flow.
  static func detail(of name: String, in state: AppState) -> String {
    guard let definition = state.catalog.environment(named: name) else {
      return "not in the catalog"
    }
    let tags = definition.tags.isEmpty ? "" : " · " + definition.tags.joined(separator: ", ")
    return definition.kind.rawValue + tags
  }
}
