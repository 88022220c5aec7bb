import TerminalCanvas

/// One entry of a key map — the editor's or the home's: the keys, what they mean there, and the
/// words the `?` help, the hint bar and Docs/keys.md say of it.
public struct KeyBinding<Meaning: Sendable>: Sendable {
  public var keys: [Key]
  public var action: Meaning
  /// What it does, for the help overlay.
  public var description: String
  /// A word or two for the hint bar; nil keeps it out of the bar.
  public var hint: String?
  /// The heading of the help it stands under ("" where the help has none).
  public var group = ""

  init(_ keys: [Key], _ action: Meaning, _ description: String, hint: String? = nil) {
    self.keys = keys
    self.action = action
    self.description = description
    self.hint = hint
  }

  /// What `key` means in `bindings`: the first binding that lists it.
  static func meaning(of key: Key, in bindings: [KeyBinding]) -> Meaning? {
    bindings.first { $0.keys.contains(key) }?.action
  }
}
