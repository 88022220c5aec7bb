import PromotionKit

/// Forms: moving between fields, editing text, cycling choices, and submitting with checks.
extension Reducer {
  /// Moves to another field, or edits the focused one: text is typed, a field of choices cycles
  /// through them (← → and Space).
  static func editForm(_ form: inout Form, _ action: FormAction) {
    guard form.fields.indices.contains(form.focused) else { return }
    switch action {
    case .nextField: form.focused = (form.focused + 1) % form.fields.count
    case .previousField: form.focused = (form.focused + form.fields.count - 1) % form.fields.count
    case .text(let edit):
      var field = form.fields[form.focused]
      if field.choices.isEmpty {
        editField(&field, edit)
      } else {
        cycleChoice(&field, edit)
      }
      form.fields[form.focused] = field
    case .confirm, .cancel:
      return
    }
    form.error = nil
  }

  static func cycleChoice(_ field: inout Form.Field, _ edit: LineEdit) {
    let step: Int
    switch edit {
    case .left: step = field.choices.count - 1
    case .right, .type(" "): step = 1
    case .type, .backspace, .deleteForward, .lineStart, .lineEnd: return
    }
    let index = field.choices.firstIndex(of: field.text) ?? 0
    field.text = field.choices[(index + step) % field.choices.count]
    field.cursor = field.text.count
  }

  static func editField(_ field: inout Form.Field, _ edit: LineEdit) {
    var selected = false
    editLine(&field.text, &field.cursor, selected: &selected, edit, limit: 500)
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
