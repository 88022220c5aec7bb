import PromotionKit

/// What choosing in a picker does, per purpose: a value chosen from the list, or a name typed
/// that is not there (a new environment or workflow, made with a form).
extension Reducer {
  /// Does what choosing the highlighted item of a picker means.
  static func confirm(_ picker: Picker, _ state: inout AppState) {
    let matches = picker.matches
    let typed = picker.query.trimmingCharacters(in: " ")
    guard matches.indices.contains(picker.highlighted) else {
      confirmTyped(typed, in: picker, &state)
      return
    }
    let item = matches[picker.highlighted].item
    if item.kind == .create {
      if let slot = picker.purpose.workflowSlot {
        push(.form(.newWorkflow(name: typed, slot: slot)), on: &state)
      }
      return
    }
    let value: String? = item.kind == .clear ? nil : item.value
    switch picker.purpose {
    case .connector(let name):
      openActionWorkflow(pre: value == "pre", of: name, &state)
    case .hookChoice(let name):
      openHookWorkflow(value, of: name, &state)
    case .trigger, .addTarget, .action, .preAction, .postAction, .triggerWorkflow, .hook, .product,
      .find:
      if choose(value, for: picker.purpose, &state) { state.overlays.removeLast() }
    }
  }

  /// A name typed that the list does not hold: refused when it is in the flow, else the form
  /// that makes a new environment or workflow of it.
  static func confirmTyped(_ typed: String, in picker: Picker, _ state: inout AppState) {
    if let name = picker.takenName {
      state.message = StatusMessage("\(name) is already in this flow", kind: .error)
      return
    }
    switch picker.purpose {
    case .trigger, .addTarget:
      guard !typed.isEmpty else { return }
      let after: String? = if case .addTarget(let parent) = picker.purpose { parent } else { nil }
      push(.form(.newEnvironment(name: typed, after: after)), on: &state)
    case .preAction, .postAction, .triggerWorkflow, .hook:
      guard !typed.isEmpty, let slot = picker.purpose.workflowSlot else { return }
      push(.form(.newWorkflow(name: typed, slot: slot)), on: &state)
    case .action, .product, .find, .hookChoice, .connector:
      break
    }
  }

  /// Applies a value chosen for `purpose`; true when the picker is done.
  static func choose(_ value: String?, for purpose: Picker.Purpose, _ state: inout AppState) -> Bool
  {
    let flow = state.flow
    var done = true
    switch purpose {
    case .trigger:
      guard let value else { return false }
      let old = flow.triggerEnvironment
      done = apply(
        flow.settingTrigger(value), to: &state, select: value,
        message: old.isEmpty
          ? "\(value) is the trigger"
          : "\(value) is the trigger; \(old) left the flow (u brings it back)")
    case .addTarget(let parent):
      guard let value else { return false }
      done = apply(
        flow.addingTarget(value, dependingOn: parent), to: &state, select: value,
        message: "Added \(value) after \(parent)")
    case .action(let name):
      let action = value.map(PromotionAction.init(rawValue:))
      done = apply(
        flow.settingAction(action, of: name), to: &state,
        message: "\(name): \(action?.label ?? "decided by promotion policies")")
    case .preAction(let name):
      done = apply(
        flow.settingPreAction(value, of: name), to: &state,
        message: "\(name): Pre-Action \(value ?? "none")")
      closeConnectorMenu(&state, done)
    case .postAction(let name):
      done = apply(
        flow.settingPostAction(value, of: name), to: &state,
        message: "\(name): Post-Action \(value ?? "none")")
      closeConnectorMenu(&state, done)
    case .triggerWorkflow:
      done = apply(
        flow.settingTriggerWorkflow(value), to: &state,
        message: "Trigger workflow: \(value ?? "none")")
    case .connector, .hookChoice:
      return false
    case .hook(let name, let field):
      done = apply(
        flow.settingHook(field, to: value, of: name), to: &state,
        message: "\(name): \(field.rawValue) \(value ?? "none")")
      if done { state.overlays.removeLast() }
    case .product:
      state.product = value
      refresh(&state)
      state.message = StatusMessage(
        value.map { "Showing the policies of product \($0)" } ?? "No product policies shown")
    case .find:
      guard let value else { return false }
      state.selection = value
      revealSelection(&state)
    }
    return done
  }

  /// The workflow picker of a target's Pre- or Post-Action (`[` / `]`, or a connector's menu).
  static func openActionWorkflow(pre: Bool, of name: String, _ state: inout AppState) {
    let step = state.flow.step(name)
    push(
      .picker(
        workflowPicker(
          "\(pre ? "Pre" : "Post")-Action of \(name)",
          pre ? .preAction(environment: name) : .postAction(environment: name),
          current: pre ? step?.preAction : step?.postAction, state)), on: &state)
  }

  /// From `H`: the workflow picker of the hook chosen.
  static func openHookWorkflow(_ value: String?, of name: String, _ state: inout AppState) {
    guard let field = value.flatMap(Hooks.Field.init(rawValue:)) else { return }
    let flow = state.flow
    let isTrigger = name == flow.triggerEnvironment
    let current =
      isTrigger && field == .onStart
      ? flow.triggerWorkflow : (isTrigger ? flow.hooks : flow.step(name)?.hooks)?[field]
    push(
      .picker(
        workflowPicker(
          "\(field.rawValue) of \(isTrigger ? "the flow" : name)",
          .hook(environment: name, field: field), current: current, state)), on: &state)
  }
}
