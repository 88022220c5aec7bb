/// Effects run for real: files written by `EffectRunner`, the user's `$EDITOR`, git. The terminal
/// is reached through two closures, so this module never imports the curses driver.
public struct LiveEffects: EffectPerformer {
  /// Gives the terminal back to the user for the duration of the closure passed to it.
  var suspendTerminal: (() -> Void) -> Void
  var readTerminalSize: () -> (width: Int, height: Int)

  public init(
    suspendTerminal: @escaping (() -> Void) -> Void,
    terminalSize: @escaping () -> (width: Int, height: Int)
  ) {
    self.suspendTerminal = suspendTerminal
    self.readTerminalSize = terminalSize
  }

  public func save(_ request: SaveRequest) -> Action { EffectRunner.save(request) }

  public func editExternally(_ text: String, folder: String) -> Action {
    var result = Action.externalEditFinished(.failure(EditorFailure("the editor did not run")))
    suspendTerminal { result = EffectRunner.editExternally(text, folder: folder) }
    return result
  }

  public func prepareCommit(_ paths: [String]) -> Action { .commitPrepared(Git.prepare(paths)) }

  public func commit(_ request: CommitRequest) -> Action { .commitFinished(Git.commit(request)) }

  public func readCommitted(_ path: String) -> Action {
    .committedVersionRead(Git.committedVersion(of: path))
  }

  public func terminalSize() -> (width: Int, height: Int)? { readTerminalSize() }
}
