import PromotionKit

/// Everything a user can mean, whatever key or click expressed it. `reduce` takes these.
public enum Action: Equatable, Sendable {
  public enum Direction: Equatable, Sendable {
    case up, down, left, right
  }

  // The canvas.
  case move(Direction)
  case pan(Direction)
  case add
  case editDependsOn
  case remove
  case chooseAction
  case choosePreAction
  case choosePostAction
  case chooseTriggerWorkflow
  /// `t`: another environment is the trigger.
  case changeTrigger
  case editHooks
  case chooseProduct
  case inspect
  case find
  case flowSettings
  case undo
  case redo
  case save
  /// `S`: save, writing read-only files too (keeping their mode).
  case forceSave
  case quit
  case help
  case toggleCompact
  /// `L`: the list view by wave, or back to the boxes.
  case toggleList
  /// Tab: the canvas or the YAML view.
  case toggleView
  case commit
  /// `D`: mark the changes since the last commit on the canvas (again: stop).
  case showChanges
  /// `!` (or a click on the status line's counter): the problems list.
  case showProblems

  // The YAML view and its editor.
  case startEditing
  case externalEdit
  case finishEditing
  case top
  case bottom
  case newline
  case cursorUp
  case cursorDown
  case lineStart
  case lineEnd
  case undoTyping
  /// `n` / `N` in the YAML view: the next / previous place the last search stands.
  case searchNext
  case searchPrevious

  // Overlays.
  case cancel
  case confirm
  case up
  case down
  case pageUp
  case pageDown
  case nextField
  case previousField
  case type(Character)
  case backspace
  case deleteForward
  case cursorLeft
  case cursorRight
  case toggle
  /// Pick the item shown at this position of a list (a click).
  case choose(Int)
  case saveAndQuit
  case discardAndQuit
  /// From the quit prompt: back to the text edit that is not applied yet.
  case backToTextEdit

  // The mouse and the system.
  case click(x: Int, y: Int, time: Int)
  case wheel(x: Int, y: Int, rows: Int)
  case resize(width: Int, height: Int)
  case saveFinished(SaveOutcome)
  /// The text the external editor left (nil when it failed, with why).
  case externalEditFinished(Result<String, EditorFailure>)
  case commitPrepared(CommitPreparation)
  case commitFinished(CommitOutcome)
  /// The flow file as the last commit has it, for `D`.
  case committedVersionRead(Git.Version)
  /// The flow file on disk is no longer what promoflow last read or wrote (nil: it is gone).
  case fileChangedOnDisk(String?)
}

/// Why the external editor gave nothing back.
public struct EditorFailure: Error, Equatable, Sendable {
  public var message: String

  public init(_ message: String) { self.message = message }
}

/// What a save did.
public enum SaveOutcome: Equatable, Sendable {
  case saved(Snapshot, written: [String])
  case failed(String)
  /// The flow file is not what promoflow last read or wrote: something else changed it.
  case changedOnDisk(String)
  /// Nothing was written: these files are read-only (`S` writes them anyway).
  case readOnly([String])
}
