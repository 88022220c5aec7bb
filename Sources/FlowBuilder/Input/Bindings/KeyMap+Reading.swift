import TerminalCanvas

/// The keys of the read-only overlays: help and the inspector.
extension KeyMap {
  static let reader: [Binding] =
    group(
      "Reading",
      [
        Binding([.up, .character("k")], .reader(.scroll(.up)), "scroll up"),
        Binding([.down, .character("j")], .reader(.scroll(.down)), "scroll down"),
        Binding([.pageUp], .reader(.scroll(.pageUp)), "a page up"),
        Binding([.pageDown, .character(" ")], .reader(.scroll(.pageDown)), "a page down"),
        Binding(
          [.escape, .enter, .character("q"), .character("?")], .reader(.close), "close",
          hint: "close"),
      ])
}
