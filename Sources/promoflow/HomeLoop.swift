import ArgumentParser
import CursesTerminal
import FlowBuilder
import Foundation
import PromotionKit
import TerminalCanvas

/// The home's event loop: draw the workspace's flows, read an event, reduce, and run what the
/// home asks for — the editor (in the same terminal; its `q` comes back here, the list read
/// again), copying or deleting a flow's file — until the user quits or a signal stops it.
@MainActor
enum HomeLoop {
  static func run(root: String, ascii: Bool, mouse: Bool) throws {
    guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
      Console.error(
        "promoflow: the home needs a terminal; for scripts use validate, fmt, plan, render or diff")
      throw ExitCode(2)
    }
    let color = (ProcessInfo.processInfo.environment["NO_COLOR"] ?? "").isEmpty
    let unicode = !ascii && EditSession.localeIsUTF8()
    var state = HomeState(summary: WorkspaceSummary.scan(root: root))
    state.color = color
    state.glyphs = unicode ? .unicode : .ascii
    let terminal = CursesTerminal(useMouse: mouse, useColor: color, useUnicode: unicode)
    TerminalGuard.install()
    terminal.start()
    var stopped: Int32?
    while !state.finished {
      if let signal = TerminalGuard.stopSignal {
        stopped = signal
        break
      }
      let size = terminal.size
      if size.width != state.screenWidth || size.height != state.screenHeight {
        state = HomeReducer.reduce(state, .resize(width: size.width, height: size.height)).0
      }
      let frame = HomeScreen.render(state)
      terminal.draw(frame.canvas, cursor: frame.cursor)
      guard let event = terminal.nextEvent() else {
        IdleSignal.shared.report()
        continue
      }
      guard let action = action(for: event, in: state) else { continue }
      let (next, effects) = HomeReducer.reduce(state, action)
      state = next
      for effect in effects {
        if let signal = perform(effect, &state, root: root, ascii: ascii, terminal: terminal) {
          stopped = signal
          state.finished = true
        }
      }
    }
    terminal.stop()
    if let stopped {
      Console.error("promoflow: stopped by signal \(stopped)")
      throw ExitCode(128 + stopped)
    }
  }

  static func action(for event: TerminalEvent, in state: HomeState) -> HomeAction? {
    switch event {
    case .key(let key): return HomeKeyMap.action(for: key, in: state.mode)
    case .resize(let width, let height): return .resize(width: width, height: height)
    case .mouse(let mouse):
      switch mouse.kind {
      case .press:
        guard state.overlay == nil, mouse.y >= HomeScreen.firstRow else { return nil }
        return .choose(HomeScreen.window(state).offset + mouse.y - HomeScreen.firstRow)
      case .wheelUp: return .up
      case .wheelDown: return .down
      case .release: return nil
      }
    }
  }

  /// Runs one effect; returns the signal that stopped the editor, if one did.
  static func perform(
    _ effect: HomeEffect, _ state: inout HomeState, root: String, ascii: Bool,
    terminal: CursesTerminal
  ) -> Int32? {
    func path(_ file: String) -> String { (root as NSString).appendingPathComponent(file) }
    func rescan() {
      state = HomeReducer.reduce(state, .rescanned(WorkspaceSummary.scan(root: root))).0
    }
    func failed(_ reason: String) { state = HomeReducer.reduce(state, .failed(reason)).0 }
    switch effect {
    case .exit:
      return nil
    case .delete(let file):
      if let problem = HomeFiles.delete(path(file)) { failed(problem) }
      rescan()
      return nil
    case .copy(let source, let name, let target):
      if let problem = HomeFiles.copy(path(source), named: name, to: path(target)) {
        failed(problem)
        return nil
      }
      return perform(.open(target, at: nil), &state, root: root, ascii: ascii, terminal: terminal)
    case .open(let file, let problem):
      var editor: AppState
      do {
        editor = try EditSession.load(file: path(file), workspace: root, ascii: ascii)
      } catch {
        failed(error.lines.joined(separator: " "))
        return nil
      }
      editor.color = state.color
      if let problem { Reducer.show(problem, in: &editor) }
      let (_, signal) = EditorLoop.loop(editor, terminal: terminal)
      rescan()
      return signal
    }
  }
}
