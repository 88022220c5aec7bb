import TerminalCanvas

/// The keys of the read-only overlays: help and the inspector.
extension KeyMap {
  static let reader: [Binding] = [
    Binding(
      keys: [.up, .character("k")], action: .up, hint: nil, description: "scroll up",
      group: "Reading"),
    Binding(
      keys: [.down, .character("j")], action: .down, hint: nil, description: "scroll down",
      group: "Reading"),
    Binding(
      keys: [.pageUp], action: .pageUp, hint: nil, description: "a page up", group: "Reading"),
    Binding(
      keys: [.pageDown, .character(" ")], action: .pageDown, hint: nil, description: "a page down",
      group: "Reading"),
    Binding(
      keys: [.escape, .enter, .character("q"), .character("?")], action: .cancel, hint: "close",
      description: "close", group: "Reading"),
  ]
}
