/// The canvas's keys: moving between boxes (or list rows), panning, and opening the edits and
/// views of the selected environment.
public enum CanvasAction: Equatable, Sendable {
  case move(Action.Direction)
  case pan(Action.Direction)
  /// PageUp / PageDown: a screenful.
  case pageUp
  case pageDown
  /// Home / End: the trigger, the last wave.
  case top
  case bottom
  /// Open the edit of the selected environment (or of the flow).
  case edit(Edit)
  /// Open a view, or switch how the canvas shows the flow.
  case view(View)

  /// The canvas's edits: each opens its picker, checklist, form or dialog.
  public enum Edit: Equatable, Sendable {
    /// The trigger on an empty flow, else a target after the selection.
    case add
    case dependsOn
    case remove
    case action
    case preAction
    case postAction
    case triggerWorkflow
    /// `t`: another environment is the trigger.
    case trigger
    case hooks
    case flowSettings
  }

  /// The canvas's views and switches.
  public enum View: Equatable, Sendable {
    /// Preview the policies of a product.
    case product
    case inspector
    case find
    case compact
    /// `L`: the list view by wave, or back to the boxes.
    case list
    /// `D`: mark the changes since the last commit on the canvas (again: stop).
    case changes
  }
}

/// The file's commands, which work the same on the canvas and in the YAML view.
public enum Command: Equatable, Sendable {
  case undo
  case redo
  case save
  /// `S`: save, writing read-only files too (keeping their mode).
  case forceSave
  case commit
  case quit
  case help
  /// `!` (or a click on the status line's counter): the problems list.
  case showProblems
  /// Tab: the canvas or the YAML view.
  case toggleView
}

/// Reading the YAML view: moving the cursor line, searching, starting an edit.
public enum YAMLAction: Equatable, Sendable {
  case lineUp
  case lineDown
  case pageUp
  case pageDown
  case top
  case bottom
  case startEditing
  /// The whole text in `$EDITOR`.
  case externalEdit
  /// `/`: type a search.
  case startSearch
  /// `n` / `N`: the next / previous place the last search stands.
  case searchNext
  case searchPrevious
}

/// Editing the YAML text in place.
public enum YAMLEditAction: Equatable, Sendable {
  case text(LineEdit)
  case lineUp
  case lineDown
  case pageUp
  case pageDown
  /// Enter: a new line, keeping the indentation.
  case newline
  case undoTyping
  /// Esc: apply the text if it reads and validates.
  case finish
}

/// A keystroke in a line of text: the fields of forms and of the commit dialog, the YAML editor.
public enum LineEdit: Equatable, Sendable {
  case type(Character)
  case backspace
  case deleteForward
  case left
  case right
  case lineStart
  case lineEnd
}

/// Typing a search of the YAML view.
public enum SearchAction: Equatable, Sendable {
  case type(Character)
  case backspace
  /// Enter: go to the next place the text stands.
  case confirm
  case cancel
}
