import TerminalCanvas

/// The home screen's keys, per mode: the single source for reading keys, its `?` help, its hint
/// bar and its part of Docs/keys.md.
public enum HomeKeyMap {
  public typealias Binding = KeyBinding<HomeAction>

  public static func action(for key: Key, in mode: HomeMode) -> HomeAction? {
    if let action = Binding.meaning(of: key, in: bindings(for: mode)) { return action }
    if case .character(let character) = key, mode == .filter || mode == .name {
      return .type(character)
    }
    return nil
  }

  public static func bindings(for mode: HomeMode) -> [Binding] {
    switch mode {
    case .list: return list
    case .filter: return filter
    case .name: return name
    case .confirmDelete: return confirmDelete
    case .problems: return problems
    case .help: return help
    case .tooSmall:
      return [
        Binding([.character("q"), .control("c")], .quit, "quit", hint: "quit")
      ]
    }
  }

  static let moves: [Binding] = [
    Binding([.up, .character("k")], .up, "the row above"),
    Binding([.down, .character("j")], .down, "the row below"),
    Binding([.pageUp], .pageUp, "a page up"),
    Binding([.pageDown], .pageDown, "a page down"),
  ]

  static let list: [Binding] =
    moves + [
      Binding(
        [.enter], .confirm, "open the flow in the editor (q there comes back here)", hint: "open"),
      Binding([.character("/")], .startFilter, "filter the flows by name or file", hint: "filter"),
      Binding(
        [.character("n")], .newFlow, "a new flow: its name, checked as you type, then the editor",
        hint: "new"),
      Binding(
        [.character("c")], .copyFlow,
        "copy the selected flow under a new name, as a starting point", hint: "copy"),
      Binding(
        [.character("x"), .delete], .deleteFlow, "delete the selected flow's file (asks first)",
        hint: "delete"),
      Binding(
        [.character("!")], .showProblems, "the problems of every file, grouped by file",
        hint: "problems"),
      Binding([.escape], .cancel, "clear the filter"),
      Binding([.character("?")], .help, "this help", hint: "help"),
      Binding([.character("q"), .control("c")], .quit, "quit", hint: "quit"),
    ]

  static let filter: [Binding] = [
    Binding([.up], .up, "the row above"),
    Binding([.down], .down, "the row below"),
    Binding([.enter], .confirm, "open the highlighted flow", hint: "open"),
    Binding([.backspace], .backspace, "delete a character of the filter"),
    Binding([.escape], .cancel, "clear the filter", hint: "clear"),
  ]

  static let name: [Binding] = [
    Binding(
      [.enter], .confirm, "create the flow (when the name is valid and free)", hint: "create"),
    Binding([.backspace], .backspace, "delete a character"),
    Binding([.escape], .cancel, "cancel", hint: "cancel"),
  ]

  static let confirmDelete: [Binding] = [
    Binding([.enter, .character("y")], .confirm, "delete the file", hint: "delete"),
    Binding([.escape, .character("n")], .cancel, "keep it", hint: "keep"),
  ]

  static let problems: [Binding] =
    moves + [
      Binding([.enter], .confirm, "open the flow at the problem", hint: "open"),
      Binding([.escape, .character("q"), .character("!")], .cancel, "close", hint: "close"),
    ]

  static let help: [Binding] = [
    Binding([.up, .character("k")], .up, "scroll up"),
    Binding([.down, .character("j")], .down, "scroll down"),
    Binding([.escape, .character("q"), .character("?")], .cancel, "close", hint: "close"),
  ]
}
