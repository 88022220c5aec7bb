/// The effective action and workflows of one target environment.
public struct ResolvedStep: Hashable, Sendable {
  public var environment: String
  public var action: ResolvedValue
  public var preAction: ResolvedValue
  public var postAction: ResolvedValue
}

/// A value and where it came from.
public struct ResolvedValue: Hashable, Sendable {
  public var value: String?
  public var source: PolicySource

  public init(value: String?, source: PolicySource) {
    self.value = value
    self.source = source
  }
}

/// Where an effective value came from.
public enum PolicySource: Hashable, Sendable {
  /// The step's own `policy`.
  case inline
  case policy(name: String, priority: Int)
  /// The policy would give `value`, but it selects products by tags, which promoflow cannot
  /// see: the effective value is unknown.
  case productTags(name: String, priority: Int, value: String)
  /// Nothing sets it.
  case none

  /// `inline`, `policy:<name>`, `unknown (product tags):<name>`, or nil — as `plan --format json`
  /// writes it.
  public var label: String? {
    switch self {
    case .inline: return "inline"
    case .policy(let name, _): return "policy:" + name
    case .productTags(let name, _, _): return "unknown (product tags):" + name
    case .none: return nil
    }
  }
}
