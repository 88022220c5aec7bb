import TerminalCanvas

/// The keys of the problems list (`!`).
extension KeyMap {
  static let problems: [Binding] = [
    Binding(
      keys: [.up, .character("k")], action: .up, hint: nil, description: "the problem above",
      group: "Problems"),
    Binding(
      keys: [.down, .character("j")], action: .down, hint: nil, description: "the problem below",
      group: "Problems"),
    Binding(
      keys: [.pageUp], action: .pageUp, hint: nil, description: "a page up", group: "Problems"),
    Binding(
      keys: [.pageDown], action: .pageDown, hint: nil, description: "a page down",
      group: "Problems"),
    Binding(
      keys: [.enter], action: .confirm, hint: "go to",
      description:
        "go to the problem: its environment on the canvas, else its line in the YAML view",
      group: "Problems"),
    Binding(
      keys: [.escape, .character("q"), .character("!")], action: .cancel, hint: "close",
      description: "close", group: "Problems"),
  ]
}
