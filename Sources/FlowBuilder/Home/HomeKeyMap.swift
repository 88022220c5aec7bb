import TerminalCanvas

/// The home screen's keys, per mode: the single source for reading keys, its `?` help, its hint
/// bar and its part of Docs/keys.md.
public enum HomeKeyMap {
  public struct Binding: Sendable {
    public var keys: [Key]
    public var action: HomeAction
    public var hint: String?
    public var description: String
  }

  public static func action(for key: Key, in mode: HomeMode) -> HomeAction? {
    if let binding = bindings(for: mode).first(where: { $0.keys.contains(key) }) {
      return binding.action
    }
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
        Binding(
          keys: [.character("q"), .control("c")], action: .quit, hint: "quit", description: "quit")
      ]
    }
  }

  static let moves: [Binding] = [
    Binding(keys: [.up, .character("k")], action: .up, hint: nil, description: "the row above"),
    Binding(
      keys: [.down, .character("j")], action: .down, hint: nil, description: "the row below"),
    Binding(keys: [.pageUp], action: .pageUp, hint: nil, description: "a page up"),
    Binding(keys: [.pageDown], action: .pageDown, hint: nil, description: "a page down"),
  ]

  static let list: [Binding] =
    moves + [
      Binding(
        keys: [.enter], action: .confirm, hint: "open",
        description: "open the flow in the editor (q there comes back here)"),
      Binding(
        keys: [.character("/")], action: .startFilter, hint: "filter",
        description: "filter the flows by name or file"),
      Binding(
        keys: [.character("n")], action: .newFlow, hint: "new",
        description: "a new flow: its name, checked as you type, then the editor"),
      Binding(
        keys: [.character("c")], action: .copyFlow, hint: "copy",
        description: "copy the selected flow under a new name, as a starting point"),
      Binding(
        keys: [.character("x"), .delete], action: .deleteFlow, hint: "delete",
        description: "delete the selected flow's file (asks first)"),
      Binding(
        keys: [.character("!")], action: .showProblems, hint: "problems",
        description: "the problems of every file, grouped by file"),
      Binding(keys: [.escape], action: .cancel, hint: nil, description: "clear the filter"),
      Binding(keys: [.character("?")], action: .help, hint: "help", description: "this help"),
      Binding(
        keys: [.character("q"), .control("c")], action: .quit, hint: "quit", description: "quit"),
    ]

  static let filter: [Binding] = [
    Binding(keys: [.up], action: .up, hint: nil, description: "the row above"),
    Binding(keys: [.down], action: .down, hint: nil, description: "the row below"),
    Binding(
      keys: [.enter], action: .confirm, hint: "open", description: "open the highlighted flow"),
    Binding(
      keys: [.backspace], action: .backspace, hint: nil,
      description: "delete a character of the filter"),
    Binding(keys: [.escape], action: .cancel, hint: "clear", description: "clear the filter"),
  ]

  static let name: [Binding] = [
    Binding(
      keys: [.enter], action: .confirm, hint: "create",
      description: "create the flow (when the name is valid and free)"),
    Binding(keys: [.backspace], action: .backspace, hint: nil, description: "delete a character"),
    Binding(keys: [.escape], action: .cancel, hint: "cancel", description: "cancel"),
  ]

  static let confirmDelete: [Binding] = [
    Binding(
      keys: [.enter, .character("y")], action: .confirm, hint: "delete",
      description: "delete the file"),
    Binding(
      keys: [.escape, .character("n")], action: .cancel, hint: "keep", description: "keep it"),
  ]

  static let problems: [Binding] =
    moves + [
      Binding(
        keys: [.enter], action: .confirm, hint: "open", description: "open the flow at the problem"),
      Binding(
        keys: [.escape, .character("q"), .character("!")], action: .cancel, hint: "close",
        description: "close"),
    ]

  static let help: [Binding] = [
    Binding(keys: [.up, .character("k")], action: .up, hint: nil, description: "scroll up"),
    Binding(keys: [.down, .character("j")], action: .down, hint: nil, description: "scroll down"),
    Binding(
      keys: [.escape, .character("q"), .character("?")], action: .cancel, hint: "close",
      description: "close"),
  ]
}
