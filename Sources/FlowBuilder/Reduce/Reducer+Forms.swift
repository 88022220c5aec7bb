import PromotionKit

/// Forms: moving between fields, editing text, cycling choices, and submitting with checks.
extension Reducer {
  /// Applies an editing action to the focused field; false when the action is not an edit.
  static func editForm(_ form: inout Form, _ action: Action) -> Bool {
    guard form.fields.indices.contains(form.focused) else { return false }
    var field = form.fields[form.focused]
    let characters = Array(field.text)
    switch action {
    case .nextField: form.focused = (form.focused + 1) % form.fields.count
    case .previousField: form.focused = (form.focused + form.fields.count - 1) % form.fields.count
    case .cursorLeft where !field.choices.isEmpty, .cursorRight where !field.choices.isEmpty,
      .toggle where !field.choices.isEmpty:
      let index = field.choices.firstIndex(of: field.text) ?? 0
      let step = action == .cursorLeft ? field.choices.count - 1 : 1
      field.text = field.choices[(index + step) % field.choices.count]
    case .type(" ") where !field.choices.isEmpty:
      let index = field.choices.firstIndex(of: field.text) ?? 0
      field.text = field.choices[(index + 1) % field.choices.count]
    case .type(let character) where field.choices.isEmpty:
      guard !character.isNewline, characters.count < 500 else { return true }
      var updated = characters
      updated.insert(character, at: min(field.cursor, updated.count))
      field.text = String(updated)
      field.cursor += 1
    case .backspace where field.choices.isEmpty:
      guard field.cursor > 0, !characters.isEmpty else { return true }
      var updated = characters
      updated.remove(at: min(field.cursor, updated.count) - 1)
      field.text = String(updated)
      field.cursor -= 1
    case .deleteForward where field.choices.isEmpty:
      guard field.cursor < characters.count else { return true }
      var updated = characters
      updated.remove(at: field.cursor)
      field.text = String(updated)
    case .cursorLeft: field.cursor = max(0, field.cursor - 1)
    case .cursorRight: field.cursor = min(characters.count, field.cursor + 1)
    default: return false
    }
    if case .nextField = action {
    } else if case .previousField = action {
    } else {
      form.fields[form.focused] = field
    }
    form.error = nil
    return true
  }

  /// Checks a form and applies it as one undoable step, or shows what is wrong in the form.
  static func submit(_ form: Form, _ state: inout AppState) {
    switch form.purpose {
    case .newEnvironment(let after): submitNewEnvironment(form, after: after, &state)
    case .newWorkflow(let slot): submitNewWorkflow(form, slot: slot, &state)
    case .flowSettings: submitFlowSettings(form, &state)
    }
  }

  /// A new catalog environment: checked, then made the trigger or a target after `after`.
  static func submitNewEnvironment(_ form: Form, after: String?, _ state: inout AppState) {
    var form = form
    let flow = state.flow
    let name = form.text(.name)
    let tags = form.text(.tags).split(separator: ",").map {
      String($0).trimmingCharacters(in: " ")
    }.filter { !$0.isEmpty }
    if let error = Names.environmentError(name) { return fail(&form, "name: \(error)", &state) }
    if flow.contains(name) { return fail(&form, "\(name) is already in this flow", &state) }
    if let bad = tags.first(where: { Names.labelError($0) != nil }) {
      return fail(&form, "tag \"\(bad)\": use lowercase letters, digits and '-'", &state)
    }
    var snapshot = state.current
    if state.catalog.environment(named: name) == nil {
      snapshot.newEnvironments.append(
        EnvironmentDefinition(
          name: name, kind: EnvironmentKind(rawValue: form.text(.kind)), tags: tags))
    }
    let edited =
      after.map { flow.addingTarget(name, dependingOn: $0) } ?? flow.settingTrigger(name)
    switch edited {
    case .success(let newFlow):
      snapshot.flow = newFlow
      state.overlays.removeAll()
      commit(
        snapshot, to: &state, select: name,
        message: "Created \(name) in the catalog and added it; both are written on save")
    case .failure(let error):
      return fail(&form, String(describing: error), &state)
    }
  }

  /// A new promotion workflow: checked, then set in `slot`; its file is written on save.
  static func submitNewWorkflow(_ form: Form, slot: Form.WorkflowSlot, _ state: inout AppState) {
    var form = form
    let flow = state.flow
    let name = form.text(.name)
    if let error = Names.workflowError(name) { return fail(&form, "name: \(error)", &state) }
    if state.workflowNames.contains(name) {
      return fail(
        &form, "a promotion workflow named \(name) exists: pick it from the list", &state)
    }
    var snapshot = state.current
    snapshot.newWorkflows.append(name)
    let edited: Result<PromotionFlow, FlowEditError>
    switch slot {
    case .preAction(let environment): edited = flow.settingPreAction(name, of: environment)
    case .postAction(let environment): edited = flow.settingPostAction(name, of: environment)
    case .triggerWorkflow: edited = flow.settingTriggerWorkflow(name)
    case .hook(let environment, let field):
      edited = flow.settingHook(field, to: name, of: environment)
    }
    switch edited {
    case .success(let newFlow):
      snapshot.flow = newFlow
      state.overlays.removeAll()
      commit(
        snapshot, to: &state, message: "Created workflow \(name); its file is written on save")
    case .failure(let error):
      return fail(&form, String(describing: error), &state)
    }
  }

  /// The flow's name, description, version and timeout.
  static func submitFlowSettings(_ form: Form, _ state: inout AppState) {
    var form = form
    let flow = state.flow
    let timeoutText = form.text(.timeout)
    var timeout: Int?
    if !timeoutText.isEmpty {
      guard let minutes = Int(timeoutText), minutes > 0 else {
        return fail(
          &form, "timeout: a positive whole number of minutes, or empty for 24 hours", &state)
      }
      timeout = minutes
    }
    switch flow.settingSettings(
      name: form.text(.name), description: form.text(.description),
      version: form.text(.version), timeout: timeout)
    {
    case .success(let newFlow):
      state.overlays.removeLast()
      var snapshot = state.current
      snapshot.flow = newFlow
      commit(snapshot, to: &state, message: "Flow settings changed")
    case .failure(let error):
      return fail(&form, String(describing: error), &state)
    }
  }

  static func fail(_ form: inout Form, _ message: String, _ state: inout AppState) {
    form.error = message
    replaceTop(.form(form), in: &state)
  }
}
