/// A move in a list or a text that scrolls.
public enum ListMove: Equatable, Sendable {
  case up
  case down
  case pageUp
  case pageDown
}

/// A keystroke in a list with a filter: moving the highlight, typing or deleting in the filter.
public enum FilterEdit: Equatable, Sendable {
  case move(ListMove)
  case type(Character)
  case backspace
}

/// A picker: moving in it and filtering it, choosing.
public enum PickerAction: Equatable, Sendable {
  case filter(FilterEdit)
  /// The item shown at this position (a click).
  case choose(Int)
  case confirm
  case cancel
}

/// The depends-on checklist: a picker whose items are checked and unchecked.
public enum ChecklistAction: Equatable, Sendable {
  case filter(FilterEdit)
  case toggle
  /// Toggle the item shown at this position (a click).
  case choose(Int)
  case confirm
  case cancel
}

/// A form: moving between fields, editing the focused one, submitting.
public enum FormAction: Equatable, Sendable {
  case nextField
  case previousField
  case text(LineEdit)
  case confirm
  case cancel
}

/// A dialog of choices (the remove dialog, changed on disk, reload, discard…).
public enum ChoiceAction: Equatable, Sendable {
  case previous
  case next
  /// Do the choice shown at this position (a click).
  case choose(Int)
  case confirm
  case cancel
}

/// The quit prompt's answers.
public enum QuitPromptAction: Equatable, Sendable {
  case saveAndQuit
  case discardAndQuit
  /// Back to the text edit that is not applied yet.
  case backToTextEdit
  case stay
}

/// Help, the inspector and the differences: they scroll and close.
public enum ReaderAction: Equatable, Sendable {
  case scroll(ListMove)
  case close
}

/// The commit dialog: its fields, the diff it shows, the message in `$EDITOR`, committing.
public enum CommitDialogAction: Equatable, Sendable {
  case nextField
  case previousField
  case text(LineEdit)
  case scrollDiff(up: Bool)
  case externalEdit
  case confirm
  case cancel
}

/// The problems list: moving in it, going to a problem.
public enum ProblemsAction: Equatable, Sendable {
  case move(ListMove)
  /// Go to the problem shown at this position (a click).
  case choose(Int)
  case confirm
  case cancel
}
