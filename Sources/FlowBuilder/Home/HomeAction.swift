import PromotionKit

/// Everything a user can mean on the home screen. The home has its own actions, reducer and
/// effects: it shares no state with the editor, which it opens and waits for.
public enum HomeAction: Equatable, Sendable {
  case up, down, pageUp, pageDown
  /// Open the highlighted flow (or, in a dialog, confirm it).
  case confirm
  case cancel
  case startFilter
  case type(Character)
  case backspace
  case newFlow
  case copyFlow
  case deleteFlow
  case showProblems
  case help
  case quit
  /// Pick the row shown at this position of the list (a click).
  case choose(Int)
  case resize(width: Int, height: Int)
  /// The workspace read again (after the editor closed, or a file was created or deleted).
  case rescanned(WorkspaceSummary)
  /// A file operation failed, with why.
  case failed(String)
}

/// What the home asks the edge to do.
public enum HomeEffect: Equatable, Sendable {
  /// Open `file` (relative to the workspace) in the editor; with `at`, go to that problem.
  case open(String, at: Diagnostic?)
  /// Write a copy of the flow in `from` named `name` to the new file `to`, then open it.
  case copy(from: String, name: String, to: String)
  case delete(String)
  case exit
}
