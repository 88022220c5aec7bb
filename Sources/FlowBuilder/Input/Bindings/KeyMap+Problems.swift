import TerminalCanvas

/// The keys of the problems list (`!`).
extension KeyMap {
  static let problems: [Binding] =
    group(
      "Problems",
      [
        Binding([.up, .character("k")], .problems(.move(.up)), "the problem above"),
        Binding([.down, .character("j")], .problems(.move(.down)), "the problem below"),
        Binding([.pageUp], .problems(.move(.pageUp)), "a page up"),
        Binding([.pageDown], .problems(.move(.pageDown)), "a page down"),
        Binding(
          [.enter], .problems(.confirm),
          "go to the problem: its environment on the canvas, else its line in the YAML view",
          hint: "go to"),
        Binding(
          [.escape, .character("q"), .character("!")], .problems(.cancel), "close", hint: "close"),
      ])
}
