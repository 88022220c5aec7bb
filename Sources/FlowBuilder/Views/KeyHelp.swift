import TerminalCanvas

/// The keys as the screen shows them — the `?` overlay's lines and the hint bar — made from the
/// key map, so what the screen says is what the keys do.
extension KeyMap {
  /// Help lines for a mode and the canvas, grouped: `group`, then `keys  description`.
  public static func helpLines(for mode: Mode) -> [String] {
    var modes: [Mode] = [mode]
    if mode != .graph { modes.append(.graph) }
    var lines: [String] = []
    for current in modes {
      var group = ""
      for binding in bindings(for: current) {
        if binding.group != group {
          if !lines.isEmpty { lines.append("") }
          lines.append(binding.group)
          group = binding.group
        }
        let keys = binding.keys.map(\.label).joined(separator: " ")
        lines.append(
          "  " + keys.padding(toLength: max(16, keys.count + 2), withPad: " ", startingAt: 0)
            + binding.description)
      }
    }
    lines += [
      "", "Mouse", "  click           select an environment or pick a list item",
      "  double-click    open the inspector", "  wheel           scroll lists, pan the canvas",
    ]
    return lines
  }

  /// The hint bar for a mode: `key word` pairs in keymap order.
  public static func hints(for mode: Mode) -> [(key: String, word: String)] {
    bindings(for: mode).compactMap { binding in binding.hint.map { (binding.keys[0].label, $0) } }
  }
}
