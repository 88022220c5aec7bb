import TerminalCanvas

/// The keymap: for each mode, which keys do what. It is the single source for handling keys, for
/// the `?` help overlay and for the hint bar, so they cannot disagree.
public enum KeyMap {
  /// Where the keys go: the canvas, or the overlay on top.
  public enum Mode: String, Sendable, CaseIterable {
    case graph = "Canvas"
    case yaml = "YAML view"
    case yamlEdit = "YAML editing"
    case commitDialog = "Commit dialog"
    case choiceDialog = "Dialogs"
    case picker = "Lists"
    case checklist = "Depends on"
    case form = "Forms"
    case removeDialog = "Remove dialog"
    case quitPrompt = "Quit prompt"
    case help = "Help"
    case inspector = "Inspector"
    case tooSmall = "Terminal too small"
  }

  /// One entry of the keymap.
  public struct Binding: Sendable {
    public var keys: [Key]
    public var action: Action
    /// A word or two for the hint bar; nil keeps it out of the bar.
    public var hint: String?
    /// What it does, for the help overlay.
    public var description: String
    public var group: String
  }

  public static func mode(of state: AppState) -> Mode {
    if ScreenLayout(width: state.screenWidth, height: state.screenHeight).isTooSmall {
      return .tooSmall
    }
    switch state.topOverlay {
    case nil:
      guard let yaml = state.yaml else { return .graph }
      return yaml.isEditing ? .yamlEdit : .yaml
    case .picker?: return .picker
    case .checklist?: return .checklist
    case .form?: return .form
    case .removeDialog?: return .removeDialog
    case .quitPrompt?: return .quitPrompt
    case .help?: return .help
    case .inspector?, .diff?: return .inspector
    case .commitDialog?: return .commitDialog
    case .diskChanged?, .confirm?: return .choiceDialog
    }
  }

  /// The action `key` stands for in `mode`. In modes with a text field, a printable character
  /// that is not bound is typed.
  public static func action(for key: Key, in mode: Mode) -> Action? {
    if let binding = bindings(for: mode).first(where: { $0.keys.contains(key) }) {
      return binding.action
    }
    if case .character(let character) = key,
      [.picker, .checklist, .form, .yamlEdit, .commitDialog].contains(mode)
    {
      return .type(character)
    }
    return nil
  }

  public static func bindings(for mode: Mode) -> [Binding] {
    switch mode {
    case .graph: return graph
    case .yaml: return yamlView
    case .yamlEdit: return yamlEdit
    case .commitDialog: return commitDialog
    case .choiceDialog: return choiceDialog
    case .picker:
      return [
        Binding(
          keys: [.enter], action: .confirm, hint: "choose",
          description: "choose the highlighted item (or create what you typed)", group: "Lists")
      ] + list
    case .checklist:
      return [
        Binding(
          keys: [.character(" ")], action: .toggle, hint: "toggle",
          description: "check or uncheck the highlighted environment", group: "Depends on"),
        Binding(
          keys: [.enter], action: .confirm, hint: "apply",
          description: "apply the checked environments", group: "Depends on"),
      ] + list
    case .form: return form
    case .removeDialog: return dialog
    case .quitPrompt: return quitPrompt
    case .help, .inspector: return reader
    case .tooSmall: return tooSmall
    }
  }

  static let graph: [Binding] = [
    Binding(
      keys: [.left, .character("h")], action: .move(.left), hint: nil,
      description: "select the nearest environment to the left", group: "Move"),
    Binding(
      keys: [.right, .character("l")], action: .move(.right), hint: nil,
      description: "select the nearest environment to the right", group: "Move"),
    Binding(
      keys: [.up, .character("k")], action: .move(.up), hint: nil,
      description: "select the nearest environment above", group: "Move"),
    Binding(
      keys: [.down, .character("j")], action: .move(.down), hint: nil,
      description: "select the nearest environment below", group: "Move"),
    Binding(
      keys: [.shiftLeft], action: .pan(.left), hint: nil, description: "pan the canvas left",
      group: "Move"),
    Binding(
      keys: [.shiftRight], action: .pan(.right), hint: nil, description: "pan the canvas right",
      group: "Move"),
    Binding(
      keys: [.shiftUp], action: .pan(.up), hint: nil, description: "pan the canvas up",
      group: "Move"),
    Binding(
      keys: [.shiftDown], action: .pan(.down), hint: nil, description: "pan the canvas down",
      group: "Move"),
    Binding(
      keys: [.character("/")], action: .find, hint: "find",
      description: "find an environment by name and select it", group: "Move"),
    Binding(
      keys: [.character("a")], action: .add, hint: "add",
      description:
        "add: the trigger on an empty flow, else a target after the selected environment",
      group: "Edit"),
    Binding(
      keys: [.character("d")], action: .editDependsOn, hint: "depends",
      description: "edit what the selected target depends on", group: "Edit"),
    Binding(
      keys: [.character("x"), .delete], action: .remove, hint: "remove",
      description: "remove the selected environment", group: "Edit"),
    Binding(
      keys: [.character("e")], action: .chooseAction, hint: "action",
      description: "promotion action: commit, pull request, no action, or policy", group: "Edit"),
    Binding(
      keys: [.character("[")], action: .choosePreAction, hint: "pre",
      description: "Pre-Action workflow of the selected target", group: "Edit"),
    Binding(
      keys: [.character("]")], action: .choosePostAction, hint: "post",
      description: "Post-Action workflow of the selected target", group: "Edit"),
    Binding(
      keys: [.character("w")], action: .chooseTriggerWorkflow, hint: nil,
      description: "the trigger environment's workflow (hooks.onStart)", group: "Edit"),
    Binding(
      keys: [.character("H")], action: .editHooks, hint: nil,
      description: "hooks of the selected step (of the flow when the trigger is selected)",
      group: "Edit"),
    Binding(
      keys: [.character("F")], action: .flowSettings, hint: nil,
      description: "flow settings: name, description, version, timeout", group: "Edit"),
    Binding(
      keys: [.character("u")], action: .undo, hint: "undo", description: "undo the last edit",
      group: "Edit"),
    Binding(keys: [.control("r")], action: .redo, hint: nil, description: "redo", group: "Edit"),
    Binding(
      keys: [.enter], action: .inspect, hint: "inspect",
      description: "inspector: everything about the selected environment, with sources",
      group: "View"),
    Binding(
      keys: [.character("p")], action: .chooseProduct, hint: nil,
      description: "preview a product's promotion policies in the boxes", group: "View"),
    Binding(
      keys: [.character("z")], action: .toggleCompact, hint: nil,
      description: "compact boxes on or off", group: "View"),
    Binding(
      keys: [.character("?")], action: .help, hint: "help", description: "this help", group: "View"),
    Binding(
      keys: [.tab], action: .toggleView, hint: "yaml",
      description: "show the YAML a save would write (Tab again: back)", group: "View"),
    Binding(
      keys: [.character("s"), .control("s")], action: .save, hint: "save",
      description: "save the file (asks first when the flow has errors)", group: "File"),
    Binding(
      keys: [.character("S")], action: .forceSave, hint: nil,
      description: "save a read-only file anyway, keeping its mode", group: "File"),
    Binding(
      keys: [.character("c")], action: .commit, hint: "commit",
      description: "save, then commit to git (on this or a new branch, and push)", group: "File"),
    Binding(
      keys: [.character("q"), .control("c")], action: .quit, hint: "quit",
      description: "quit (asks when there are unsaved changes)", group: "File"),
  ]

  static let yamlView: [Binding] = [
    Binding(
      keys: [.up, .character("k")], action: .cursorUp, hint: nil, description: "previous line",
      group: "YAML view"),
    Binding(
      keys: [.down, .character("j")], action: .cursorDown, hint: nil, description: "next line",
      group: "YAML view"),
    Binding(
      keys: [.pageUp], action: .pageUp, hint: nil, description: "a page up", group: "YAML view"),
    Binding(
      keys: [.pageDown, .character(" ")], action: .pageDown, hint: nil, description: "a page down",
      group: "YAML view"),
    Binding(
      keys: [.character("g"), .home], action: .top, hint: nil, description: "first line",
      group: "YAML view"),
    Binding(
      keys: [.character("G"), .end], action: .bottom, hint: nil, description: "last line",
      group: "YAML view"),
    Binding(
      keys: [.character("i"), .enter], action: .startEditing, hint: "edit",
      description: "edit the text here", group: "YAML view"),
    Binding(
      keys: [.character("E")], action: .externalEdit, hint: "$EDITOR",
      description: "edit a copy in your editor ($GIT_EDITOR, core.editor, $VISUAL, $EDITOR, vi)",
      group: "YAML view"),
    Binding(
      keys: [.tab], action: .toggleView, hint: "graph",
      description: "back to the canvas (the environment at the cursor is selected)",
      group: "YAML view"),
    Binding(
      keys: [.character("u")], action: .undo, hint: "undo", description: "undo the last edit",
      group: "YAML view"),
    Binding(
      keys: [.control("r")], action: .redo, hint: nil, description: "redo", group: "YAML view"),
    Binding(
      keys: [.character("s"), .control("s")], action: .save, hint: "save",
      description: "save the file", group: "YAML view"),
    Binding(
      keys: [.character("S")], action: .forceSave, hint: nil,
      description: "save a read-only file anyway, keeping its mode", group: "YAML view"),
    Binding(
      keys: [.character("c")], action: .commit, hint: "commit", description: "save, then commit",
      group: "YAML view"),
    Binding(
      keys: [.character("?")], action: .help, hint: "help", description: "this help",
      group: "YAML view"),
    Binding(
      keys: [.character("q"), .control("c")], action: .quit, hint: "quit", description: "quit",
      group: "YAML view"),
  ]

  static let yamlEdit: [Binding] = [
    Binding(
      keys: [.escape], action: .finishEditing, hint: "done",
      description: "finish: apply the text if it is valid, else show its problems",
      group: "YAML editing"),
    Binding(
      keys: [.up], action: .cursorUp, hint: nil, description: "line up", group: "YAML editing"),
    Binding(
      keys: [.down], action: .cursorDown, hint: nil, description: "line down", group: "YAML editing"
    ),
    Binding(
      keys: [.left], action: .cursorLeft, hint: nil, description: "left", group: "YAML editing"),
    Binding(
      keys: [.right], action: .cursorRight, hint: nil, description: "right", group: "YAML editing"),
    Binding(
      keys: [.home], action: .lineStart, hint: nil, description: "start of the line",
      group: "YAML editing"),
    Binding(
      keys: [.end], action: .lineEnd, hint: nil, description: "end of the line",
      group: "YAML editing"),
    Binding(
      keys: [.pageUp], action: .pageUp, hint: nil, description: "a page up", group: "YAML editing"),
    Binding(
      keys: [.pageDown], action: .pageDown, hint: nil, description: "a page down",
      group: "YAML editing"),
    Binding(
      keys: [.enter], action: .newline, hint: nil, description: "new line, keeping the indentation",
      group: "YAML editing"),
    Binding(
      keys: [.backspace], action: .backspace, hint: nil, description: "delete before the cursor",
      group: "YAML editing"),
    Binding(
      keys: [.delete], action: .deleteForward, hint: nil, description: "delete at the cursor",
      group: "YAML editing"),
    Binding(
      keys: [.tab], action: .type(" "), hint: nil,
      description: "a space (YAML indents with spaces)", group: "YAML editing"),
    Binding(
      keys: [.control("u")], action: .undoTyping, hint: "undo typing",
      description: "undo the last typing", group: "YAML editing"),
  ]

  static let commitDialog: [Binding] = [
    Binding(
      keys: [.enter], action: .confirm, hint: "commit",
      description: "commit (on the chosen branch, then push if checked)", group: "Commit dialog"),
    Binding(
      keys: [.tab, .control("n")], action: .nextField, hint: "next",
      description: "next field: message, branch, new branch name, push", group: "Commit dialog"),
    Binding(
      keys: [.backTab, .control("p")], action: .previousField, hint: nil,
      description: "previous field", group: "Commit dialog"),
    Binding(
      keys: [.left], action: .cursorLeft, hint: nil,
      description: "left (keeps a selected message for editing)", group: "Commit dialog"),
    Binding(
      keys: [.right], action: .cursorRight, hint: nil,
      description: "right (keeps a selected message for editing)", group: "Commit dialog"),
    Binding(
      keys: [.home], action: .lineStart, hint: nil, description: "start of the field",
      group: "Commit dialog"),
    Binding(
      keys: [.end], action: .lineEnd, hint: nil, description: "end of the field",
      group: "Commit dialog"),
    Binding(
      keys: [.backspace], action: .backspace, hint: nil, description: "delete before the cursor",
      group: "Commit dialog"),
    Binding(
      keys: [.delete], action: .deleteForward, hint: nil, description: "delete at the cursor",
      group: "Commit dialog"),
    Binding(
      keys: [.pageUp, .up], action: .pageUp, hint: nil, description: "scroll the diff up",
      group: "Commit dialog"),
    Binding(
      keys: [.pageDown, .down], action: .pageDown, hint: nil, description: "scroll the diff down",
      group: "Commit dialog"),
    Binding(
      keys: [.escape, .control("c")], action: .cancel, hint: "cancel",
      description: "close without committing", group: "Commit dialog"),
  ]

  static let choiceDialog: [Binding] = [
    Binding(
      keys: [.up, .character("k")], action: .up, hint: nil, description: "previous choice",
      group: "Dialogs"),
    Binding(
      keys: [.down, .character("j"), .tab], action: .down, hint: nil, description: "next choice",
      group: "Dialogs"),
    Binding(
      keys: [.enter], action: .confirm, hint: "choose", description: "do the highlighted choice",
      group: "Dialogs"),
    Binding(
      keys: [.escape, .control("c")], action: .cancel, hint: "cancel",
      description: "cancel (the default)", group: "Dialogs"),
  ]

  static let list: [Binding] = [
    Binding(
      keys: [.up, .control("p")], action: .up, hint: nil, description: "previous item",
      group: "Lists"),
    Binding(
      keys: [.down, .control("n")], action: .down, hint: nil, description: "next item",
      group: "Lists"),
    Binding(keys: [.pageUp], action: .pageUp, hint: nil, description: "a page up", group: "Lists"),
    Binding(
      keys: [.pageDown], action: .pageDown, hint: nil, description: "a page down", group: "Lists"),
    Binding(
      keys: [.backspace], action: .backspace, hint: nil,
      description: "delete the last character of the filter", group: "Lists"),
    Binding(
      keys: [.escape, .control("c")], action: .cancel, hint: "cancel",
      description: "close without choosing", group: "Lists"),
  ]

  static let form: [Binding] = [
    Binding(
      keys: [.tab, .down], action: .nextField, hint: "next field", description: "next field",
      group: "Forms"),
    Binding(
      keys: [.backTab, .up], action: .previousField, hint: nil, description: "previous field",
      group: "Forms"),
    Binding(
      keys: [.left], action: .cursorLeft, hint: nil,
      description: "move left (or the previous choice)", group: "Forms"),
    Binding(
      keys: [.right], action: .cursorRight, hint: nil,
      description: "move right (or the next choice)", group: "Forms"),
    Binding(
      keys: [.backspace], action: .backspace, hint: nil, description: "delete before the cursor",
      group: "Forms"),
    Binding(
      keys: [.delete], action: .deleteForward, hint: nil, description: "delete at the cursor",
      group: "Forms"),
    Binding(
      keys: [.enter], action: .confirm, hint: "submit", description: "submit the form",
      group: "Forms"),
    Binding(
      keys: [.escape, .control("c")], action: .cancel, hint: "cancel",
      description: "close without saving", group: "Forms"),
  ]

  static let dialog: [Binding] = [
    Binding(
      keys: [.up, .character("k")], action: .up, hint: nil, description: "previous choice",
      group: "Remove dialog"),
    Binding(
      keys: [.down, .character("j"), .tab], action: .down, hint: nil, description: "next choice",
      group: "Remove dialog"),
    Binding(
      keys: [.enter], action: .confirm, hint: "remove",
      description: "do the highlighted choice (the first is the default)", group: "Remove dialog"),
    Binding(
      keys: [.escape, .character("q"), .control("c")], action: .cancel, hint: "cancel",
      description: "keep the environment", group: "Remove dialog"),
  ]

  static let quitPrompt: [Binding] = [
    Binding(
      keys: [.character("s")], action: .saveAndQuit, hint: "save", description: "save, then quit",
      group: "Quit prompt"),
    Binding(
      keys: [.character("d")], action: .discardAndQuit, hint: "discard",
      description: "quit without saving", group: "Quit prompt"),
    Binding(
      keys: [.character("e")], action: .backToTextEdit, hint: nil,
      description: "back to a text edit that is not applied yet", group: "Quit prompt"),
    Binding(
      keys: [.escape, .character("c")], action: .cancel, hint: "cancel", description: "stay",
      group: "Quit prompt"),
  ]

  static let tooSmall: [Binding] = [
    Binding(
      keys: [.character("q"), .control("c")], action: .quit, hint: nil,
      description: "quit (with unsaved changes: the quit prompt, shown once the screen is larger)",
      group: "Terminal too small")
  ]

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
      if [.picker, .checklist, .form, .yamlEdit, .commitDialog].contains(mode) {
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
