import TerminalCanvas

/// The YAML view's keys: reading the text, and editing it in place.
extension KeyMap {
  static let yamlView: [Binding] =
    group(
      "YAML view",
      [
        Binding([.up, .character("k")], .yaml(.lineUp), "previous line"),
        Binding([.down, .character("j")], .yaml(.lineDown), "next line"),
        Binding([.pageUp], .yaml(.pageUp), "a page up"),
        Binding([.pageDown, .character(" ")], .yaml(.pageDown), "a page down"),
        Binding(
          [.character("!")], .command(.showProblems),
          "the problems list (Enter goes to a problem's line)"),
        Binding(
          [.character("/")], .yaml(.startSearch),
          "search the text (Enter: go; n / N: next / previous)", hint: "search"),
        Binding([.character("n")], .yaml(.searchNext), "the next place the search stands"),
        Binding([.character("N")], .yaml(.searchPrevious), "the previous place the search stands"),
        Binding([.character("g"), .home], .yaml(.top), "first line"),
        Binding([.character("G"), .end], .yaml(.bottom), "last line"),
        Binding(
          [.character("i"), .enter], .yaml(.startEditing), "edit the text here", hint: "edit"),
        Binding(
          [.character("E")], .yaml(.externalEdit),
          "edit a copy in your editor ($GIT_EDITOR, core.editor, $VISUAL, $EDITOR, vi)",
          hint: "$EDITOR"),
        Binding(
          [.tab], .command(.toggleView),
          "back to the canvas (the environment at the cursor is selected)", hint: "graph"),
        Binding([.character("u")], .command(.undo), "undo the last edit", hint: "undo"),
        Binding([.control("r")], .command(.redo), "redo"),
        Binding([.character("s"), .control("s")], .command(.save), "save the file", hint: "save"),
        Binding(
          [.character("S")], .command(.forceSave), "save a read-only file anyway, keeping its mode"),
        Binding([.character("c")], .command(.commit), "save, then commit", hint: "commit"),
        Binding([.character("?")], .command(.help), "this help", hint: "help"),
        Binding([.character("q"), .control("c")], .command(.quit), "quit", hint: "quit"),
      ])

  static let yamlEdit: [Binding] =
    group(
      "YAML editing",
      [
        Binding(
          [.escape], .yamlEdit(.finish),
          "finish: apply the text if it is valid, else show its problems", hint: "done"),
        Binding([.up], .yamlEdit(.lineUp), "line up"),
        Binding([.down], .yamlEdit(.lineDown), "line down"),
        Binding([.left], .yamlEdit(.text(.left)), "left"),
        Binding([.right], .yamlEdit(.text(.right)), "right"),
        Binding([.home], .yamlEdit(.text(.lineStart)), "start of the line"),
        Binding([.end], .yamlEdit(.text(.lineEnd)), "end of the line"),
        Binding([.pageUp], .yamlEdit(.pageUp), "a page up"),
        Binding([.pageDown], .yamlEdit(.pageDown), "a page down"),
        Binding([.enter], .yamlEdit(.newline), "new line, keeping the indentation"),
        Binding([.backspace], .yamlEdit(.text(.backspace)), "delete before the cursor"),
        Binding([.delete], .yamlEdit(.text(.deleteForward)), "delete at the cursor"),
        Binding([.tab], .yamlEdit(.text(.type(" "))), "a space (YAML indents with spaces)"),
        Binding(
          [.control("u")], .yamlEdit(.undoTyping), "undo the last typing", hint: "undo typing"),
      ])

  static let yamlSearch: [Binding] =
    group(
      "YAML search",
      [
        Binding([.enter], .yamlSearch(.confirm), "go to the next place it stands", hint: "go"),
        Binding([.backspace], .yamlSearch(.backspace), "delete a character"),
        Binding([.escape], .yamlSearch(.cancel), "stop searching", hint: "cancel"),
      ])
}
