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
    + list(
      .picker(.move(.up)), .picker(.move(.down)), .picker(.move(.pageUp)),
      .picker(.move(.pageDown)), .picker(.backspace), .picker(.cancel))

  static let checklist: [Binding] =
    group(
      "Depends on",
      [
        Binding(
          [.character(" ")], .checklist(.toggle), "check or uncheck the highlighted environment",
          hint: "toggle"),
        Binding([.enter], .checklist(.confirm), "apply the checked environments", hint: "apply"),
      ])
    + list(
      .checklist(.move(.up)), .checklist(.move(.down)), .checklist(.move(.pageUp)),
      .checklist(.move(.pageDown)), .checklist(.backspace), .checklist(.cancel))

  /// The keys every filtered list has, each meaning its own list's action.
  static func list(
    _ up: Action, _ down: Action, _ pageUp: Action, _ pageDown: Action, _ backspace: Action,
    _ cancel: Action
  ) -> [Binding] {
    group(
      "Lists",
      [
        Binding([.up, .control("p")], up, "previous item"),
        Binding([.down, .control("n")], down, "next item"),
        Binding([.pageUp], pageUp, "a page up"),
        Binding([.pageDown], pageDown, "a page down"),
        Binding([.backspace], backspace, "delete the last character of the filter"),
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
