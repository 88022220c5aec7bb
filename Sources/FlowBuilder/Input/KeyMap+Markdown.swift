import TerminalCanvas

extension KeyMap {
  /// The keymap as Markdown tables, one per mode — `Docs/keys.md` is this text (a test keeps them
  /// equal).
  public static func markdown() -> String {
    var text = """
      # Keys

      Every key of the flow builder, by mode: the editor's, then the home's (`promoflow` with no
      file, or a folder). The same tables drive the keys, the `?` help and the hint bars, so this
      page cannot drift from the program.

      """
    for mode in Mode.allCases {
      text += "\n## \(mode.rawValue)\n\n| keys | does |\n|---|---|\n"
      for binding in bindings(for: mode) {
        text += "| \(cell(binding.keys)) | \(binding.description) |\n"
      }
      if mode.takesText {
        text += "| any other character | typed into the filter or field |\n"
      }
    }
    for mode in HomeMode.allCases {
      text += "\n## \(mode.rawValue)\n\n| keys | does |\n|---|---|\n"
      for binding in HomeKeyMap.bindings(for: mode) {
        text += "| \(cell(binding.keys)) | \(binding.description) |\n"
      }
      if mode == .filter || mode == .name {
        text += "| any other character | typed into the filter or name |\n"
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

  /// Keys as a table cell: each in backticks, `|` escaped.
  static func cell(_ keys: [Key]) -> String {
    keys.map { "`" + ($0 == .character("|") ? "\\|" : $0.label) + "`" }.joined(separator: " ")
  }
}
