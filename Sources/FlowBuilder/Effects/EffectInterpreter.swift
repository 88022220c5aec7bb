import Foundation

/// What running an effect needs from the world: the files, the user's editor, git and the
/// terminal. `LiveEffects` is the real one; the tests give `RandomEffects`, and both share the
/// one loop in `EffectInterpreter` that feeds results back into the reducer.
public protocol EffectPerformer {
  /// Writes what a save asks for; `.saveFinished` with how it went.
  mutating func save(_ request: SaveRequest) -> Action
  /// Hands `text` to the user's editor (the terminal given back meanwhile), run from `folder`;
  /// `.externalEditFinished` with the edited text.
  mutating func editExternally(_ text: String, folder: String) -> Action
  /// Learns the repository, branch and diff of `paths`; `.commitPrepared`.
  mutating func prepareCommit(_ paths: [String]) -> Action
  /// Commits (and pushes) what the commit dialog asked for; `.commitFinished`.
  mutating func commit(_ request: CommitRequest) -> Action
  /// Reads `path` as the last commit has it; `.committedVersionRead`.
  mutating func readCommitted(_ path: String) -> Action
  /// The terminal's size now, after the editor gave it back; nil when there is no terminal.
  mutating func terminalSize() -> (width: Int, height: Int)?
}

/// The one place effects are run: reduces an action, runs each effect it asks for through a
/// performer and reduces the result, until nothing is left to run. The event loop and the
/// reducer fuzzer both go through it.
public enum EffectInterpreter {
  public static func dispatch<Performer: EffectPerformer>(
    _ action: Action, _ state: AppState, with performer: inout Performer
  ) -> AppState {
    var (next, effects) = Reducer.reduce(state, action)
    while !effects.isEmpty {
      let result: Action
      switch effects.removeFirst() {
      case .exit:
        next.finished = true
        continue
      case .save(let request):
        result = performer.save(request)
      case .editExternally(let text):
        result = performer.editExternally(
          text, folder: (next.filePath as NSString).deletingLastPathComponent)
        if let size = performer.terminalSize() {
          next = Reducer.reduce(next, .resize(width: size.width, height: size.height)).0
        }
      case .prepareCommit(let paths):
        result = performer.prepareCommit(paths)
      case .commit(let request):
        result = performer.commit(request)
      case .readCommitted(let path):
        result = performer.readCommitted(path)
      }
      let reduced = Reducer.reduce(next, result)
      next = reduced.0
      effects += reduced.1
    }
    return next
  }
}
