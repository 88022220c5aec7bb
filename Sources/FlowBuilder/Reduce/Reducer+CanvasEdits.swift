import PromotionKit

/// The canvas's edit keys: each opens the picker, checklist, form or dialog of its edit, on the
/// selected environment (`unavailability` has already said when there is none to edit).
extension Reducer {
  static func openEdit(_ state: inout AppState, _ edit: CanvasAction.Edit) {
    let flow = state.flow
    let selected = state.selection ?? ""
    switch edit {
    case .add:
      openAdd(&state)
    case .remove:
      openRemove(&state)
    case .trigger:
      openTriggerChange(&state)
    case .dependsOn:
      guard let step = flow.step(selected) else { return }
      let catalog = state.catalog
      let others = flow.environments.filter { $0 != selected }
      let items = others.map { ListItem(value: $0, detail: detail(of: $0, in: catalog)) }
      push(
        .checklist(
          Checklist(
            title: "\(selected) depends on", environment: selected, items: items,
            checked: Set(step.dependsOn))), on: &state)
    case .action:
      push(.picker(actionPicker(for: selected, current: flow.step(selected)?.action)), on: &state)
    case .preAction, .postAction:
      openActionWorkflow(pre: edit == .preAction, of: selected, &state)
    case .triggerWorkflow:
      push(
        .picker(
          workflowPicker(
            "Workflow of the trigger \(flow.triggerEnvironment)", .triggerWorkflow,
            current: flow.triggerWorkflow, state)), on: &state)
    case .hooks:
      push(.picker(hookChoice(for: selected, in: flow)), on: &state)
    case .flowSettings:
      push(.form(.flowSettings(of: flow)), on: &state)
    }
  }

  static func actionPicker(for name: String, current: PromotionAction?) -> Picker {
    var picker = Picker(
      title: "Promotion action of \(name)", purpose: .action(environment: name),
      items: [
        ListItem(value: "commit", label: PromotionAction.commit.label, detail: "commit"),
        ListItem(value: "pr", label: PromotionAction.pullRequest.label, detail: "pr"),
        ListItem(value: "none", label: PromotionAction.noAction.label, detail: "none"),
        ListItem(value: "", label: "By policy", detail: "left to promotion policies", kind: .clear),
      ])
    picker.highlighted = picker.items.firstIndex { $0.value == (current?.rawValue ?? "") } ?? 0
    return picker
  }

  /// `a`: the trigger of an empty flow, else a target after the selection.
  static func openAdd(_ state: inout AppState) {
    let flow = state.flow
    let inFlow = Set(flow.environments)
    let available = state.catalog.environments.filter { !inFlow.contains($0.name) }
    let items = available.map { ListItem(value: $0.name, detail: detail(of: $0)) }
    let hint = "Enter creates a new environment with the name typed"
    if flow.triggerEnvironment.isEmpty {
      push(
        .picker(
          Picker(
            title: "Choose the trigger environment", purpose: .trigger, items: items,
            emptyHint: hint)), on: &state)
    } else {
      let parent = state.selection ?? flow.triggerEnvironment
      var picker = Picker(
        title: "Add a target after \(parent)", purpose: .addTarget(after: parent), items: items,
        emptyHint: hint)
      picker.taken = inFlow
      push(.picker(picker), on: &state)
    }
  }

  /// `t`: another trigger — a target of the flow (its step goes; what waited for it waits for
  /// what it waited for), an environment of the catalog, or a new one typed.
  static func openTriggerChange(_ state: inout AppState) {
    let flow = state.flow
    guard !flow.triggerEnvironment.isEmpty else {
      openAdd(&state)
      return
    }
    let targets = flow.steps.map {
      ListItem(value: $0.environment, detail: "target now: its step goes")
    }
    let inFlow = Set(flow.environments)
    let others = state.catalog.environments.filter { !inFlow.contains($0.name) }.map {
      ListItem(value: $0.name, detail: detail(of: $0))
    }
    var picker = Picker(
      title: "Change the trigger (now \(flow.triggerEnvironment))", purpose: .trigger,
      items: targets + others, emptyHint: "Enter creates a new environment with the name typed")
    picker.taken = [flow.triggerEnvironment]
    push(.picker(picker), on: &state)
  }

  static func openRemove(_ state: inout AppState) {
    let flow = state.flow
    guard let name = state.selection else { return }
    if name == flow.triggerEnvironment {
      if flow.steps.isEmpty {
        _ = apply(flow.removing(name, mode: .reconnect), to: &state, message: "Removed \(name)")
      } else {
        state.message = StatusMessage(
          "\(name) is the trigger: t picks another trigger (or remove its targets first)",
          kind: .error)
      }
      return
    }
    let dependencies = flow.step(name)?.dependsOn ?? []
    let downstream = Array(flow.removal(of: name, mode: .cascade).dropFirst())
    let dependents = flow.steps.filter { $0.dependsOn.contains(name) }.map(\.environment)
    push(
      .removeDialog(
        RemoveDialog(
          environment: name, reconnectTo: dependencies, dependents: dependents,
          downstream: downstream)),
      on: &state)
  }

  /// `H`: the three hooks with what each runs now; choosing one opens the workflow picker.
  static func hookChoice(for name: String, in flow: PromotionFlow) -> Picker {
    let isTrigger = name == flow.triggerEnvironment
    let hooks = isTrigger ? flow.hooks : flow.step(name)?.hooks ?? Hooks()
    let items = Hooks.Field.allCases.map { field in
      let current = isTrigger && field == .onStart ? flow.triggerWorkflow : hooks[field]
      let label = isTrigger && field == .onStart ? "onStart (the trigger workflow)" : field.rawValue
      return ListItem(value: field.rawValue, label: label, detail: current ?? "—")
    }
    return Picker(
      title: isTrigger ? "Hooks of the flow" : "Hooks of \(name)",
      purpose: .hookChoice(environment: name), items: items)
  }

  static func workflowPicker(
    _ title: String, _ purpose: Picker.Purpose, current: String?, _ state: AppState
  ) -> Picker {
    var items = state.workspace.workflows.map { ListItem(value: $0.name, detail: $0.file) }
    for name in state.current.newWorkflows where !items.contains(where: { $0.value == name }) {
      items.append(ListItem(value: name, detail: "new, written on save"))
    }
    switch purpose {
    case .preAction, .postAction:
      items.append(
        ListItem(value: "", label: "By policy", detail: "left to promotion policies", kind: .clear))
    case .trigger, .addTarget, .action, .triggerWorkflow, .hook, .product, .find, .hookChoice,
      .connector:
      items.append(ListItem(value: "", label: "None", kind: .clear))
    }
    items.append(ListItem(value: "", label: "+ New workflow…", kind: .create))
    var picker = Picker(
      title: title, purpose: purpose, items: items,
      emptyHint: "Enter creates a new workflow with the name typed")
    picker.highlighted = items.firstIndex { $0.value == (current ?? "") && $0.kind != .create } ?? 0
    return picker
  }
}
