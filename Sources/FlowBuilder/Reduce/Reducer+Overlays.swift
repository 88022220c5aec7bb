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

  /// After a workflow was chosen from a connector's menu, the menu under the picker closes too.
  static func closeConnectorMenu(_ state: inout AppState, _ done: Bool) {
    guard done, state.overlays.count >= 2,
      case .picker(let below) = state.overlays[state.overlays.count - 2],
      case .connector = below.purpose
    else { return }
    state.overlays.remove(at: state.overlays.count - 2)
  }
}
