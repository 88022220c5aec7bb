/// Works out what each target environment will actually do: its own inline `policy` wins; every
/// field it leaves unset comes from the first matching promotion policy that sets it, policies
/// taken in ascending `priority` (the lowest number first, as Codefresh's documentation ranks
/// them; equal priorities by name).
public enum PolicyResolver {
  public static func resolve(
    _ flow: PromotionFlow, product: String?, policies: [PromotionPolicy],
    catalog: EnvironmentCatalog?
  ) -> [ResolvedStep] {
    let ranked = policies.sorted { ($0.priority, $0.name) < ($1.priority, $1.name) }
    return flow.steps.map { step in
      let candidates =
        ranked
        .compactMap { policy -> (PromotionPolicy, Match)? in
          let match = self.match(
            policy, environment: step.environment, product: product, catalog: catalog)
          return match == .no ? nil : (policy, match)
        }
      func field(_ inline: String?, _ value: (PromotionPolicy) -> String?) -> ResolvedValue {
        if let inline { return ResolvedValue(value: inline, source: .inline) }
        for (policy, match) in candidates {
          guard let found = value(policy) else { continue }
          if match == .ifProductTags {
            return ResolvedValue(
              value: nil,
              source: .productTags(name: policy.name, priority: policy.priority, value: found))
          }
          return ResolvedValue(
            value: found, source: .policy(name: policy.name, priority: policy.priority))
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

  /// Whether a policy applies to an environment.
  public enum Match: Sendable {
    case yes
    case no
    /// Every other selector matches, but the policy selects products by tags, which are not
    /// part of the Product resource: promoflow cannot know.
    case ifProductTags
  }

  /// A policy matches when every selector it sets matches. Without a chosen product, policies that
  /// select products do not apply. Environment tags and types come from the catalog, so an
  /// environment missing from it matches only name selectors.
  public static func match(
    _ policy: PromotionPolicy, environment: String, product: String?, catalog: EnvironmentCatalog?
  ) -> Match {
    if let names = policy.productNames, !names.isEmpty {
      guard let product, names.contains(product) else { return .no }
    }
    if let names = policy.environmentNames, !names.isEmpty, !names.contains(environment) {
      return .no
    }
    let definition = catalog?.environment(named: environment)
    if let tags = policy.environmentTags, !tags.isEmpty {
      guard let own = definition?.tags, !Set(own).isDisjoint(with: tags) else { return .no }
    }
    if let types = policy.environmentTypes, !types.isEmpty {
      guard let kind = definition?.kind, types.contains(kind.rawValue) else { return .no }
    }
    if let tags = policy.productTags, !tags.isEmpty { return product == nil ? .no : .ifProductTags }
    return .yes
  }
}
