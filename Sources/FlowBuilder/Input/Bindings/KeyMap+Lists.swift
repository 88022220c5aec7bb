import TerminalCanvas

/// The keys of lists (pickers, the depends-on checklist) and forms, which type what is not bound.
extension KeyMap {
  static let picker: [Binding] =
    group(
      "Lists",
      [
        Binding(
          [.enter], .picker(.confirm), "choose the highlighted item (or create what you typed)",
          hint: "choose")
      ])
    + list({ .picker(.filter($0)) }, cancel: .picker(.cancel))

  static let checklist: [Binding] =
    group(
      "Depends on",
      [
        Binding(
          [.character(" ")], .checklist(.toggle), "check or uncheck the highlighted environment",
          hint: "toggle"),
        Binding([.enter], .checklist(.confirm), "apply the checked environments", hint: "apply"),
      ])
    + list({ .checklist(.filter($0)) }, cancel: .checklist(.cancel))

  /// The keys every filtered list has, each meaning its own list's action.
  static func list(_ filter: (FilterEdit) -> Action, cancel: Action) -> [Binding] {
    group(
      "Lists",
      [
        Binding([.up, .control("p")], filter(.move(.up)), "previous item"),
        Binding([.down, .control("n")], filter(.move(.down)), "next item"),
        Binding([.pageUp], filter(.move(.pageUp)), "a page up"),
        Binding([.pageDown], filter(.move(.pageDown)), "a page down"),
        Binding([.backspace], filter(.backspace), "delete the last character of the filter"),
        Binding([.escape, .control("c")], cancel, "close without choosing", hint: "cancel"),
      ])
  }

  static let form: [Binding] =
    group(
      "Forms",
      [
        Binding([.tab, .down], .form(.nextField), "next field", hint: "next field"),
        Binding([.backTab, .up], .form(.previousField), "previous field"),
        Binding([.left], .form(.text(.left)), "move left (or the previous choice)"),
        Binding([.right], .form(.text(.right)), "move right (or the next choice)"),
        Binding([.backspace], .form(.text(.backspace)), "delete before the cursor"),
        Binding([.delete], .form(.text(.deleteForward)), "delete at the cursor"),
        Binding([.enter], .form(.confirm), "submit the form", hint: "submit"),
        Binding([.escape, .control("c")], .form(.cancel), "close without saving", hint: "cancel"),
      ])
}
