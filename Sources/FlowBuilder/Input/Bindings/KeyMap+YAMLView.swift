import TerminalCanvas

/// The YAML view's keys: reading the text, and editing it in place.
extension KeyMap {
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
      keys: [.character("!")], action: .showProblems, hint: nil,
      description: "the problems list (Enter goes to a problem's line)", group: "YAML view"),
    Binding(
      keys: [.character("/")], action: .find, hint: "search",
      description: "search the text (Enter: go; n / N: next / previous)", group: "YAML view"),
    Binding(
      keys: [.character("n")], action: .searchNext, hint: nil,
      description: "the next place the search stands", group: "YAML view"),
    Binding(
      keys: [.character("N")], action: .searchPrevious, hint: nil,
      description: "the previous place the search stands", group: "YAML view"),
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

  static let yamlSearch: [Binding] = [
    Binding(
      keys: [.enter], action: .confirm, hint: "go", description: "go to the next place it stands",
      group: "YAML search"),
    Binding(
      keys: [.backspace], action: .backspace, hint: nil, description: "delete a character",
      group: "YAML search"),
    Binding(
      keys: [.escape], action: .cancel, hint: "cancel", description: "stop searching",
      group: "YAML search"),
  ]
}
