/// Works out what each target environment will actually do: its own inline `policy` wins; every
/// field it leaves unset comes from the first matching promotion policy that sets it, policies
/// taken in ascending `priority` (the lowest number first, as Codefresh's documentation ranks
/// them; equal priorities by name).
public enum PolicyResolver {
  public static func resolve(
    _ flow: PromotionFlow, product: String?, policies: [PromotionPolicy],
    catalog: EnvironmentCatalog?
  ) -> [ResolvedStep] {
    flow.steps.map { step in
      let matching = matchingPolicies(
        for: step.environment, product: product, policies: policies, catalog: catalog)
      func field(_ inline: String?, _ value: (PromotionPolicy) -> String?) -> ResolvedValue {
        if let inline { return ResolvedValue(value: inline, source: .inline) }
        for policy in matching {
          if let found = value(policy) {
            return ResolvedValue(
              value: found, source: .policy(name: policy.name, priority: policy.priority))
          }
        }
        return ResolvedValue(value: nil, source: .none)
      }
      return ResolvedStep(
        environment: step.environment,
        action: field(step.action?.rawValue) { $0.action?.rawValue },
        preAction: field(step.preAction) { $0.preAction },
        postAction: field(step.postAction) { $0.postAction })
    }
  }

  /// The policies that apply to `environment`, in the order they are considered.
  public static func matchingPolicies(
    for environment: String, product: String?, policies: [PromotionPolicy],
    catalog: EnvironmentCatalog?
  ) -> [PromotionPolicy] {
    policies
      .filter { matches($0, environment: environment, product: product, catalog: catalog) }
      .sorted { ($0.priority, $0.name) < ($1.priority, $1.name) }
  }

  /// A policy matches when every selector it sets matches. Without a chosen product, policies that
  /// select products do not apply; product tags are not part of the Product resource, so policies
  /// that select by product tags never apply here. Environment tags and types come from the
  /// catalog, so an environment missing from it matches only name selectors.
  public static func matches(
    _ policy: PromotionPolicy, environment: String, product: String?, catalog: EnvironmentCatalog?
  ) -> Bool {
    func isSet(_ list: [String]?) -> Bool { !(list ?? []).isEmpty }
    if isSet(policy.productNames) {
      guard let product, policy.productNames!.contains(product) else { return false }
    }
    if isSet(policy.productTags) { return false }
    if isSet(policy.environmentNames) && !policy.environmentNames!.contains(environment) {
      return false
    }
    let definition = catalog?.environment(named: environment)
    if isSet(policy.environmentTags) {
      guard let tags = definition?.tags, !Set(tags).isDisjoint(with: policy.environmentTags!) else {
        return false
      }
    }
    if isSet(policy.environmentTypes) {
      guard let kind = definition?.kind, policy.environmentTypes!.contains(kind.rawValue) else {
        return false
      }
    }
    return true
  }
}

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
  /// Nothing sets it.
  case none

  /// `inline`, `policy:<name>`, or nil — as `plan --format json` writes it.
  public var label: String? {
    switch self {
    case .inline: return "inline"
    case .policy(let name, _): return "policy:" + name
    case .none: return nil
    }
  }
}
