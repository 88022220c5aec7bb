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
    TerminalGuard.install()
    terminal.start()
    defer { terminal.stop() }
    return loop(initial, terminal: terminal)
  }

  /// The loop itself, on a terminal already started (the home runs the editor in its own).
  static func loop(_ initial: AppState, terminal: CursesTerminal) -> (AppState, Int32?) {
    var state = initial
    let size = terminal.size
    state = Reducer.reduce(state, .resize(width: size.width, height: size.height)).0
    var watch = DiskWatch(path: state.filePath)
    var effects = LiveEffects(
      suspendTerminal: { terminal.suspend($0) }, terminalSize: { terminal.size })
    while !state.finished {
      if let signal = TerminalGuard.stopSignal { return (state, signal) }
      let frame = Screen.render(state)
      terminal.draw(frame.canvas, cursor: frame.cursor)
      let event = terminal.nextEvent()
      if let event {
        for action in actions(for: event, in: state, terminal: terminal) {
          state = EffectInterpreter.dispatch(action, state, with: &effects)
        }
      }
      if let change = watch.poll(expecting: state.diskText) {
        state = EffectInterpreter.dispatch(change, state, with: &effects)
      } else if event == nil {
        IdleSignal.shared.report()
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
}
