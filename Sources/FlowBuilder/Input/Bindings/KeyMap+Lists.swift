import TerminalCanvas

/// The keys of lists (pickers, the depends-on checklist) and forms, which type what is not bound.
extension KeyMap {
  static let picker: [Binding] =
    [
      Binding(
        keys: [.enter], action: .confirm, hint: "choose",
        description: "choose the highlighted item (or create what you typed)", group: "Lists")
    ] + list

  static let checklist: [Binding] =
    [
      Binding(
        keys: [.character(" ")], action: .toggle, hint: "toggle",
        description: "check or uncheck the highlighted environment", group: "Depends on"),
      Binding(
        keys: [.enter], action: .confirm, hint: "apply",
        description: "apply the checked environments", group: "Depends on"),
    ] + list

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
}
