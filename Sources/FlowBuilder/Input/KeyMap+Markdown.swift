import TerminalCanvas

extension KeyMap {
  /// The keymap as Markdown tables, one per mode — `Docs/keys.md` is this text (a test keeps them
  /// equal).
  public static func markdown() -> String {
    var text = """
      # Keys

      Every key of the flow builder, by mode. The same table drives the editor, its `?` help and the
      hint bar, so this page cannot drift from the program.

      """
    for mode in Mode.allCases {
      text += "\n## \(mode.rawValue)\n\n| keys | does |\n|---|---|\n"
      for binding in bindings(for: mode) {
        let keys = binding.keys.map { "`" + ($0 == .character("|") ? "\\|" : $0.label) + "`" }
          .joined(separator: " ")
        text += "| \(keys) | \(binding.description) |\n"
      }
      if mode.takesText {
        text += "| any other character | typed into the filter or field |\n"
      }
    }
    text += """

      ## Mouse

      | mouse | does |
      |---|---|
      | click | select an environment; in a list, pick the item |
      | double-click | open the inspector of an environment |
      | wheel | scroll lists, pan the canvas |

      `--no-mouse` turns the mouse off. `--ascii` draws with ASCII characters; `NO_COLOR` (any
      non-empty value) turns colour off. Ctrl-Z suspends promoflow; `fg` brings it back.

      """
    return text
  }
}
