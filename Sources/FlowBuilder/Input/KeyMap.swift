import TerminalCanvas

/// The keymap: for each mode, which keys do what. It is the single source for handling keys, for
/// the `?` help overlay and for the hint bar, so they cannot disagree.
public enum KeyMap {
  public typealias Binding = KeyBinding<Action>

  /// The bindings of one heading of the help.
  static func group(_ name: String, _ bindings: [Binding]) -> [Binding] {
    bindings.map { binding in
      var binding = binding
      binding.group = name
      return binding
    }
  }

  /// The action `key` stands for in `mode`. In modes with a text field, a printable character
  /// that is not bound is typed.
  public static func action(for key: Key, in mode: Mode) -> Action? {
    if let action = Binding.meaning(of: key, in: bindings(for: mode)) { return action }
    if case .character(let character) = key { return mode.typing(character) }
    return nil
  }

  public static func bindings(for mode: Mode) -> [Binding] {
    switch mode {
    case .graph: return graph
    case .yaml: return yamlView
    case .yamlEdit: return yamlEdit
    case .yamlSearch: return yamlSearch
    case .commitDialog: return commitDialog
    case .choiceDialog: return choiceDialog
    case .picker: return picker
    case .checklist: return checklist
    case .form: return form
    case .removeDialog: return dialog
    case .quitPrompt: return quitPrompt
    case .help, .inspector: return reader
    case .problems: return problems
    case .tooSmall: return tooSmall
    }
  }
}
