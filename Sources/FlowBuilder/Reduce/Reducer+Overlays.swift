import PromotionKit

/// Actions while an overlay is open: moving in lists, typing filters and fields, confirming and
/// cancelling.
extension Reducer {
  static func reduceOverlay(_ state: inout AppState, _ action: Action, effects: inout [Effect]) {
    guard let overlay = state.topOverlay else { return }
    if action == .cancel {
      state.overlays.removeLast()
      if case .diskChanged = overlay {
        state.quitAfterSave = false
        state.commitAfterSave = false
      }
      return
    }
    switch overlay {
    case .picker(var picker):
      if editList(
        &picker.query, &picker.highlighted, count: picker.matches.count, action, state: state)
      {
        replaceTop(.picker(picker), in: &state)
      } else if action == .confirm {
        confirm(picker, &state)
      } else if case .choose(let index) = action, picker.matches.indices.contains(index) {
        picker.highlighted = index
        replaceTop(.picker(picker), in: &state)
        confirm(picker, &state)
      }
    case .checklist(let checklist):
      reduceChecklist(&state, checklist, action)
    case .form(var form):
      if editForm(&form, action) {
        replaceTop(.form(form), in: &state)
      } else if action == .confirm {
        submit(form, &state)
      }
    case .removeDialog(let dialog):
      reduceRemoveDialog(&state, dialog, action)
    case .quitPrompt:
      reduceQuitPrompt(&state, action, effects: &effects)
    case .help(let scroll):
      replaceTop(.help(scroll: scrolled(scroll, action, state)), in: &state)
    case .inspector(let environment, let scroll):
      replaceTop(
        .inspector(environment: environment, scroll: scrolled(scroll, action, state)), in: &state)
    case .diff(let title, let lines, let scroll):
      replaceTop(
        .diff(title: title, lines: lines, scroll: scrolled(scroll, action, state)), in: &state)
    case .commitDialog(let dialog):
      reduceCommitDialog(&state, dialog, action, effects: &effects)
    case .diskChanged(let dialog), .confirm(let dialog):
      reduceChoice(&state, dialog, action, effects: &effects)
    case .problems(let list):
      reduceProblems(&state, list, action)
    }
  }

  /// The depends-on checklist: Space toggles, typing filters, Enter applies.
  static func reduceChecklist(_ state: inout AppState, _ checklist: Checklist, _ action: Action) {
    var checklist = checklist
    if action == .toggle || action == .type(" ") {
      toggle(&checklist)
      replaceTop(.checklist(checklist), in: &state)
    } else if case .choose(let index) = action, checklist.matches.indices.contains(index) {
      checklist.highlighted = index
      toggle(&checklist)
      replaceTop(.checklist(checklist), in: &state)
    } else if editList(
      &checklist.query, &checklist.highlighted, count: checklist.matches.count, action,
      state: state)
    {
      replaceTop(.checklist(checklist), in: &state)
    } else if action == .confirm {
      let order = state.flow.environments
      let chosen = order.filter { checklist.checked.contains($0) }
      if apply(
        state.flow.settingDependsOn(checklist.environment, to: chosen), to: &state,
        message: "\(checklist.environment) now depends on \(chosen.joined(separator: ", "))")
      {
        state.overlays.removeLast()
      }
    }
  }

  /// "Remove <environment>?": reconnect its dependents, or remove what is downstream too.
  static func reduceRemoveDialog(_ state: inout AppState, _ dialog: RemoveDialog, _ action: Action)
  {
    var dialog = dialog
    switch action {
    case .up, .down:
      dialog.choice = 1 - dialog.choice
      replaceTop(.removeDialog(dialog), in: &state)
    case .choose(let index) where (0...1).contains(index):
      dialog.choice = index
      replaceTop(.removeDialog(dialog), in: &state)
      fallthrough
    case .confirm:
      let mode: PromotionFlow.RemovalMode = dialog.choice == 0 ? .reconnect : .cascade
      let gone = state.flow.removal(of: dialog.environment, mode: mode)
      state.overlays.removeLast()
      let parent = dialog.reconnectTo.first
      _ = apply(
        state.flow.removing(dialog.environment, mode: mode), to: &state, select: parent,
        message: gone.count == 1
          ? "Removed \(dialog.environment)" : "Removed \(gone.joined(separator: ", "))")
    default:
      break
    }
  }

  /// The quit prompt. With a text edit that is not applied, it names the edit: saving then saves
  /// the flow without it (and says so), `e` goes back to it; nothing is dropped unasked.
  static func reduceQuitPrompt(_ state: inout AppState, _ action: Action, effects: inout [Effect]) {
    let pendingText = state.yaml?.isDirty == true
    switch action {
    case .saveAndQuit where !pendingText || state.isModified:
      state.overlays.removeLast()
      if pendingText { discardTextEdit(&state) }
      if state.isModified {
        requestSave(&state, .quit, writeReadOnly: false, effects: &effects)
      } else {
        state.finished = true
        effects.append(.exit)
      }
    case .discardAndQuit:
      state.overlays.removeLast()
      state.finished = true
      effects.append(.exit)
    case .backToTextEdit where pendingText:
      state.overlays.removeLast()
      if var view = state.yaml {
        if let line = view.diagnostics.compactMap(\.location).first?.line { view.line = line - 1 }
        view.isEditing = true
        view.clampCursor()
        state.yaml = view
      }
      revealCursor(&state)
      state.message = StatusMessage("Back to your text edit: Esc applies it")
    default:
      break
    }
  }

  static func scrolled(_ scroll: Int, _ action: Action, _ state: AppState) -> Int {
    let page = max(1, state.screenHeight - 6)
    switch action {
    case .up: return max(0, scroll - 1)
    case .down: return scroll + 1
    case .pageUp: return max(0, scroll - page)
    case .pageDown: return scroll + page
    default: return scroll
    }
  }

  /// Moves the highlight or edits the filter of a list; false when the action is not that.
  static func editList(
    _ query: inout String, _ highlighted: inout Int, count: Int, _ action: Action, state: AppState
  ) -> Bool {
    let page = max(1, state.screenHeight - 8)
    switch action {
    case .up: highlighted = max(0, highlighted - 1)
    case .down: highlighted = min(max(0, count - 1), highlighted + 1)
    case .pageUp: highlighted = max(0, highlighted - page)
    case .pageDown: highlighted = min(max(0, count - 1), highlighted + page)
    case .type(let character):
      guard !character.isNewline, query.count < 200 else { return true }
      query.append(character)
      highlighted = 0
    case .backspace:
      if !query.isEmpty { query.removeLast() }
      highlighted = 0
    default: return false
    }
    return true
  }

  static func toggle(_ checklist: inout Checklist) {
    let matches = checklist.matches
    guard matches.indices.contains(checklist.highlighted) else { return }
    let name = matches[checklist.highlighted].item.value
    if checklist.checked.contains(name) {
      checklist.checked.remove(name)
    } else {
      checklist.checked.insert(name)
    }
  }

  /// Does what choosing the highlighted item of a picker means.
  static func confirm(_ picker: Picker, _ state: inout AppState) {
    let matches = picker.matches
    let typed = picker.query.trimmingCharacters(in: " ")
    guard matches.indices.contains(picker.highlighted) else {
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
      default:
        break
      }
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
    let flow = state.flow
    var done = true
    switch picker.purpose {
    case .trigger:
      guard let value else { return }
      let old = flow.triggerEnvironment
      done = apply(
        flow.settingTrigger(value), to: &state, select: value,
        message: old.isEmpty
          ? "\(value) is the trigger"
          : "\(value) is the trigger; \(old) left the flow (u brings it back)")
    case .addTarget(let parent):
      guard let value else { return }
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
    case .connector(let name):
      let pre = value == "pre"
      push(
        .picker(
          workflowPicker(
            "\(pre ? "Pre" : "Post")-Action of \(name)",
            pre ? .preAction(environment: name) : .postAction(environment: name),
            current: pre ? flow.step(name)?.preAction : flow.step(name)?.postAction, state)),
        on: &state)
      return
    case .hookChoice(let name):
      guard let field = value.flatMap(Hooks.Field.init(rawValue:)) else { return }
      let isTrigger = name == flow.triggerEnvironment
      let current =
        isTrigger && field == .onStart
        ? flow.triggerWorkflow : (isTrigger ? flow.hooks : flow.step(name)?.hooks)?[field]
      push(
        .picker(
          workflowPicker(
            "\(field.rawValue) of \(isTrigger ? "the flow" : name)",
            .hook(environment: name, field: field), current: current, state)), on: &state)
      return
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
      guard let value else { return }
      state.selection = value
      revealSelection(&state)
    }
    if done { state.overlays.removeLast() }
  }

  /// After a workflow was chosen from a connector's menu, the menu under the picker closes too.
  static func closeConnectorMenu(_ state: inout AppState, _ done: Bool) {
    guard done, state.overlays.count >= 2,
      case .picker(let below) = state.overlays[state.overlays.count - 2],
      case .connector = below.purpose
    else { return }
    state.overlays.remove(at: state.overlays.count - 2)
  }
}
