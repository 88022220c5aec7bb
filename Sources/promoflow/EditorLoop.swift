import CursesTerminal
import FlowBuilder
import Foundation
import TerminalCanvas

/// The event loop at the edge: draw the state, read an event, turn it into actions, reduce, run
/// the effects, repeat — until the user quits or a signal asks promoflow to stop.
@MainActor
enum EditorLoop {
  /// Runs the editor on `state`; returns the final state and the signal that stopped it, if any.
  static func run(_ initial: AppState, terminal: CursesTerminal) -> (AppState, Int32?) {
    var state = initial
    TerminalGuard.install()
    terminal.start()
    defer { terminal.stop() }
    let size = terminal.size
    state = Reducer.reduce(state, .resize(width: size.width, height: size.height)).0
    var watch = DiskWatch(path: state.filePath)
    while !state.finished {
      if let signal = TerminalGuard.stopSignal { return (state, signal) }
      let frame = Screen.render(state)
      terminal.draw(frame.canvas, cursor: frame.cursor)
      if let event = terminal.nextEvent() {
        for action in actions(for: event, in: state, terminal: terminal) {
          state = dispatch(action, state, terminal: terminal)
        }
      }
      if let change = watch.poll(expecting: state.diskText) {
        state = dispatch(change, state, terminal: terminal)
      }
    }
    return (state, nil)
  }

  static func actions(for event: TerminalEvent, in state: AppState, terminal: CursesTerminal)
    -> [Action]
  {
    switch event {
    case .key(.control("z")):
      terminal.suspend { TerminalGuard.suspendProcess() }
      let size = terminal.size
      return [.resize(width: size.width, height: size.height)]
    case .key(let key):
      return KeyMap.action(for: key, in: state.mode).map { [$0] } ?? []
    case .mouse(let mouse):
      switch mouse.kind {
      case .press: return [.click(x: mouse.x, y: mouse.y, time: mouse.time)]
      case .wheelUp: return [.wheel(x: mouse.x, y: mouse.y, rows: -1)]
      case .wheelDown: return [.wheel(x: mouse.x, y: mouse.y, rows: 1)]
      case .release: return []
      }
    case .resize(let width, let height):
      return [.resize(width: width, height: height)]
    }
  }

  /// Reduces one action and runs its effects, feeding their results back.
  static func dispatch(_ action: Action, _ state: AppState, terminal: CursesTerminal) -> AppState {
    var (next, effects) = Reducer.reduce(state, action)
    while !effects.isEmpty {
      let effect = effects.removeFirst()
      switch effect {
      case .save(let request):
        let result = Reducer.reduce(next, EffectRunner.save(request))
        next = result.0
        effects += result.1
      case .exit:
        next.finished = true
      case .editExternally(let text):
        var result = Action.externalEditFinished(.failure(EditorFailure("not run")))
        let folder = (next.filePath as NSString).deletingLastPathComponent
        terminal.suspend { result = EffectRunner.editExternally(text, folder: folder) }
        let size = terminal.size
        next = Reducer.reduce(next, .resize(width: size.width, height: size.height)).0
        let reduced = Reducer.reduce(next, result)
        next = reduced.0
        effects += reduced.1
      case .prepareCommit(let paths):
        let reduced = Reducer.reduce(next, .commitPrepared(Git.prepare(paths)))
        next = reduced.0
        effects += reduced.1
      case .commit(let request):
        let reduced = Reducer.reduce(next, .commitFinished(Git.commit(request)))
        next = reduced.0
        effects += reduced.1
      }
    }
    return next
  }
}
