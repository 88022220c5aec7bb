import TerminalCanvas

/// The dialogs' keys: the commit dialog, the choice dialogs, the remove dialog, the quit prompt
/// and the one key that works while the terminal is too small.
extension KeyMap {
  static let commitDialog: [Binding] =
    group(
      "Commit dialog",
      [
        Binding(
          [.enter], .commitDialog(.confirm), "commit (on the chosen branch, then push if checked)",
          hint: "commit"),
        Binding(
          [.tab, .control("n")], .commitDialog(.nextField),
          "next field: message, branch, new branch name, push", hint: "next"),
        Binding([.backTab, .control("p")], .commitDialog(.previousField), "previous field"),
        Binding(
          [.left], .commitDialog(.text(.left)), "left (keeps a selected message for editing)"),
        Binding(
          [.right], .commitDialog(.text(.right)), "right (keeps a selected message for editing)"),
        Binding([.home], .commitDialog(.text(.lineStart)), "start of the field"),
        Binding([.end], .commitDialog(.text(.lineEnd)), "end of the field"),
        Binding([.backspace], .commitDialog(.text(.backspace)), "delete before the cursor"),
        Binding([.delete], .commitDialog(.text(.deleteForward)), "delete at the cursor"),
        Binding([.pageUp, .up], .commitDialog(.scrollDiff(up: true)), "scroll the diff up"),
        Binding([.pageDown, .down], .commitDialog(.scrollDiff(up: false)), "scroll the diff down"),
        Binding(
          [.control("e")], .commitDialog(.externalEdit),
          "edit the whole message, subject and body, in your editor (as git commit does)",
          hint: "$EDITOR"),
        Binding(
          [.escape, .control("c")], .commitDialog(.cancel), "close without committing",
          hint: "cancel"),
      ])

  static let choiceDialog: [Binding] =
    group(
      "Dialogs",
      [
        Binding([.up, .character("k")], .choice(.previous), "previous choice"),
        Binding([.down, .character("j"), .tab], .choice(.next), "next choice"),
        Binding([.enter], .choice(.confirm), "do the highlighted choice", hint: "choose"),
        Binding(
          [.escape, .control("c")], .choice(.cancel), "cancel (the default)", hint: "cancel"),
      ])

  static let dialog: [Binding] =
    group(
      "Remove dialog",
      [
        Binding([.up, .character("k")], .choice(.previous), "previous choice"),
        Binding([.down, .character("j"), .tab], .choice(.next), "next choice"),
        Binding(
          [.enter], .choice(.confirm), "do the highlighted choice (the first is the default)",
          hint: "remove"),
        Binding(
          [.escape, .character("q"), .control("c")], .choice(.cancel), "keep the environment",
          hint: "cancel"),
      ])

  static let quitPrompt: [Binding] =
    group(
      "Quit prompt",
      [
        Binding([.character("s")], .quitPrompt(.saveAndQuit), "save, then quit", hint: "save"),
        Binding(
          [.character("d")], .quitPrompt(.discardAndQuit), "quit without saving", hint: "discard"),
        Binding(
          [.character("e")], .quitPrompt(.backToTextEdit),
          "back to a text edit that is not applied yet"),
        Binding([.escape, .character("c")], .quitPrompt(.stay), "stay", hint: "cancel"),
      ])

  static let tooSmall: [Binding] =
    group(
      "Terminal too small",
      [
        Binding(
          [.character("q"), .control("c")], .command(.quit),
          "quit (with unsaved changes: the quit prompt, shown once the screen is larger)")
      ])
}
