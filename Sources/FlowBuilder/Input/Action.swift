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
  case editHooks
  case chooseProduct
  case inspect
  case find
  case flowSettings
  case undo
  case redo
  case save
  case quit
  case help
  case toggleCompact

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

  // The mouse and the system.
  case click(x: Int, y: Int, time: Int)
  case wheel(x: Int, y: Int, rows: Int)
  case resize(width: Int, height: Int)
  case saveFinished(SaveOutcome)
}

/// What a save did.
public enum SaveOutcome: Equatable, Sendable {
  case saved(Snapshot, written: [String])
  case failed(String)
}
