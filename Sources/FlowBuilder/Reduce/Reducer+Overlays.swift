import PromotionKit

/// Actions while an overlay is open: moving in lists, typing filters and fields, confirming and
/// cancelling.
extension Reducer {
  /// An overlay's action goes to the overlay on top when it is that kind of overlay.
  static func reduceOverlay(_ state: inout AppState, _ action: Action, effects: inout [Effect]) {
    guard let overlay = state.topOverlay else { return }
    switch (action, overlay) {
    case (.picker(let action), .picker(let picker)):
      reducePicker(&state, picker, action)
    case (.checklist(let action), .checklist(let checklist)):
      reduceChecklist(&state, checklist, action)
    case (.form(let action), .form(let form)):
      reduceForm(&state, form, action)
    case (.choice(let action), .removeDialog(let dialog)):
      reduceRemoveDialog(&state, dialog, action)
    case (.choice(let action), .diskChanged(let dialog)),
      (.choice(let action), .confirm(let dialog)):
      reduceChoice(&state, dialog, action, effects: &effects)
    case (.quitPrompt(let action), .quitPrompt):
      reduceQuitPrompt(&state, action, effects: &effects)
    case (.reader(let action), .help), (.reader(let action), .inspector),
      (.reader(let action), .diff):
      reduceReader(&state, overlay, action)
    case (.commitDialog(let action), .commitDialog(let dialog)):
      reduceCommitDialog(&state, dialog, action, effects: &effects)
    case (.problems(let action), .problems(let list)):
      reduceProblems(&state, list, action)
    case (.picker, _), (.checklist, _), (.form, _), (.choice, _), (.quitPrompt, _), (.reader, _),
      (.commitDialog, _), (.problems, _), (.canvas, _), (.command, _), (.yaml, _), (.yamlEdit, _),
      (.yamlSearch, _), (.click, _), (.wheel, _), (.resize, _), (.saveFinished, _),
      (.externalEditFinished, _), (.commitPrepared, _), (.commitFinished, _),
      (.committedVersionRead, _), (.fileChangedOnDisk, _):
      break
    }
  }

  /// Closes the overlay on top without doing what it offers; a closed changed-on-disk question
  /// also drops the quit or commit that waited for the save it asked about.
  static func closeOverlay(_ state: inout AppState) {
    guard let overlay = state.overlays.popLast() else { return }
    if case .diskChanged = overlay {
      state.quitAfterSave = false
      state.commitAfterSave = false
    }
  }

  static func reducePicker(_ state: inout AppState, _ picker: Picker, _ action: PickerAction) {
    var picker = picker
    switch action {
    case .filter(let edit):
      editFilter(
        &picker.query, &picker.highlighted, count: picker.matches.count, edit, state: state)
    case .choose(let index):
      guard picker.matches.indices.contains(index) else { return }
      picker.highlighted = index
      replaceTop(.picker(picker), in: &state)
      confirm(picker, &state)
      return
    case .confirm:
      confirm(picker, &state)
      return
    case .cancel:
      closeOverlay(&state)
      return
    }
    replaceTop(.picker(picker), in: &state)
  }

  /// The depends-on checklist: Space toggles, typing filters, Enter applies.
  static func reduceChecklist(
    _ state: inout AppState, _ checklist: Checklist, _ action: ChecklistAction
  ) {
    var checklist = checklist
    switch action {
    case .filter(.type(" ")), .toggle:
      toggle(&checklist)
    case .filter(let edit):
      editFilter(
        &checklist.query, &checklist.highlighted, count: checklist.matches.count, edit,
        state: state)
    case .choose(let index):
      guard checklist.matches.indices.contains(index) else { return }
      checklist.highlighted = index
      toggle(&checklist)
    case .confirm:
      let order = state.flow.environments
      let chosen = order.filter { checklist.checked.contains($0) }
      if apply(
        state.flow.settingDependsOn(checklist.environment, to: chosen), to: &state,
        message: "\(checklist.environment) now depends on \(chosen.joined(separator: ", "))")
      {
        state.overlays.removeLast()
      }
      return
    case .cancel:
      closeOverlay(&state)
      return
    }
    replaceTop(.checklist(checklist), in: &state)
  }

  static func reduceForm(_ state: inout AppState, _ form: Form, _ action: FormAction) {
    var form = form
    switch action {
    case .nextField, .previousField, .text:
      editForm(&form, action)
      replaceTop(.form(form), in: &state)
    case .confirm:
      submit(form, &state)
    case .cancel:
      closeOverlay(&state)
    }
  }

  /// Help, the inspector and the differences scroll, and close.
  static func reduceReader(_ state: inout AppState, _ overlay: Overlay, _ action: ReaderAction) {
    guard case .scroll(let move) = action else {
      closeOverlay(&state)
      return
    }
    switch overlay {
    case .help(let scroll):
      replaceTop(.help(scroll: scrolled(scroll, move, state)), in: &state)
    case .inspector(let environment, let scroll):
      replaceTop(
        .inspector(environment: environment, scroll: scrolled(scroll, move, state)), in: &state)
    case .diff(let title, let lines, let scroll):
      replaceTop(
        .diff(title: title, lines: lines, scroll: scrolled(scroll, move, state)), in: &state)
    case .picker, .checklist, .form, .removeDialog, .quitPrompt, .commitDialog, .diskChanged,
      .confirm, .problems:
      break
    }
  }

  /// "Remove <environment>?": reconnect its dependents, or remove what is downstream too.
  static func reduceRemoveDialog(
    _ state: inout AppState, _ dialog: RemoveDialog, _ action: ChoiceAction
  ) {
    var dialog = dialog
    switch action {
    case .previous, .next:
      dialog.choice = 1 - dialog.choice
      replaceTop(.removeDialog(dialog), in: &state)
    case .choose(let index):
      guard (0...1).contains(index) else { return }
      dialog.choice = index
      replaceTop(.removeDialog(dialog), in: &state)
      reduceRemoveDialog(&state, dialog, .confirm)
    case .cancel:
      closeOverlay(&state)
    case .confirm:
      let mode: PromotionFlow.RemovalMode = dialog.choice == 0 ? .reconnect : .cascade
      let gone = state.flow.removal(of: dialog.environment, mode: mode)
      state.overlays.removeLast()
      let parent = dialog.reconnectTo.first
      _ = apply(
        state.flow.removing(dialog.environment, mode: mode), to: &state, select: parent,
        message: gone.count == 1
          ? "Removed \(dialog.environment)" : "Removed \(gone.joined(separator: ", "))")
    }
  }

  /// The quit prompt. With a text edit that is not applied, it names the edit: saving then saves
  /// the flow without it (and says so), `e` goes back to it; nothing is dropped unasked.
  static func reduceQuitPrompt(
    _ state: inout AppState, _ action: QuitPromptAction, effects: inout [Effect]
  ) {
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
    case .stay:
      closeOverlay(&state)
    case .saveAndQuit, .backToTextEdit:
      break
    }
  }

  static func scrolled(_ scroll: Int, _ move: ListMove, _ state: AppState) -> Int {
    let page = max(1, state.screenHeight - 6)
    switch move {
    case .up: return max(0, scroll - 1)
    case .down: return scroll + 1
    case .pageUp: return max(0, scroll - page)
    case .pageDown: return scroll + page
    }
  }

  /// Moves the highlight of a list of `count` items.
  static func moveHighlight(
    _ highlighted: inout Int, _ move: ListMove, count: Int, state: AppState
  ) {
    let page = max(1, state.screenHeight - 8)
    let last = max(0, count - 1)
    switch move {
    case .up: highlighted = max(0, highlighted - 1)
    case .down: highlighted = min(last, highlighted + 1)
    case .pageUp: highlighted = max(0, highlighted - page)
    case .pageDown: highlighted = min(last, highlighted + page)
    }
  }

  /// Moves in a filtered list of `count` items, or edits its filter (which starts the highlight
  /// over).
  static func editFilter(
    _ query: inout String, _ highlighted: inout Int, count: Int, _ edit: FilterEdit,
    state: AppState
  ) {
    switch edit {
    case .move(let move):
      moveHighlight(&highlighted, move, count: count, state: state)
    case .type(let character):
      guard !character.isNewline, query.count < 200 else { return }
      query.append(character)
      highlighted = 0
    case .backspace:
      if !query.isEmpty { query.removeLast() }
      highlighted = 0
    }
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
