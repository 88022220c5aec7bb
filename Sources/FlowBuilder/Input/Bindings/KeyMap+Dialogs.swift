import TerminalCanvas

/// The dialogs' keys: the commit dialog, the choice dialogs, the remove dialog, the quit prompt
/// and the one key that works while the terminal is too small.
extension KeyMap {
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
      keys: [.control("e")], action: .externalEdit, hint: "$EDITOR",
      description: "edit the whole message, subject and body, in your editor (as git commit does)",
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
}
