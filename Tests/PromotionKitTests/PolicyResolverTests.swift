import PromotionKit
import Testing

/// Effective values: inline first, then matching policies in ascending priority, per field.
@Suite struct PolicyResolverTests {
  let catalog = EnvironmentCatalog(environments: [
    EnvironmentDefinition(name: "qa", kind: .nonProduction, tags: ["testing"]),
    EnvironmentDefinition(name: "staging", kind: .nonProduction),
    EnvironmentDefinition(name: "prod-eu", kind: .production, tags: ["eu"]),
  ])

  let flow: PromotionFlow = {
    var flow = PromotionFlow(name: "shop", triggerEnvironment: "dev")
    flow.steps = [
      FlowStep(environment: "qa", dependsOn: ["dev"], action: .commit),
      FlowStep(environment: "staging", dependsOn: ["qa"]),
      FlowStep(environment: "prod-eu", dependsOn: ["staging"], postAction: "notify"),
    ]
    return flow
  }()

  func resolve(_ policies: [PromotionPolicy], product: String? = nil) -> [String: ResolvedStep] {
    Dictionary(
      uniqueKeysWithValues: PolicyResolver.resolve(
        flow, product: product, policies: policies, catalog: catalog
      )
      .map { ($0.environment, $0) })
  }

  @Test func lowestPriorityNumberIsConsideredFirst() {
    let result = resolve([
      PromotionPolicy(name: "later", priority: 20, action: .noAction),
      PromotionPolicy(name: "first", priority: 1, action: .pullRequest),
    ])
    #expect(
      result["staging"]?.action
        == ResolvedValue(value: "pr", source: .policy(name: "first", priority: 1)))
  }

  @Test func eachFieldComesFromTheFirstPolicyThatSetsIt() {
    let result = resolve([
      PromotionPolicy(name: "a", priority: 1, preAction: "gate"),
      PromotionPolicy(
        name: "b", priority: 2, action: .commit, preAction: "ignored", postAction: "smoke"),
    ])
    let staging = result["staging"]
    #expect(
      staging?.preAction == ResolvedValue(value: "gate", source: .policy(name: "a", priority: 1)))
    #expect(staging?.action.source == .policy(name: "b", priority: 2))
    #expect(staging?.postAction.value == "smoke")
  }

  @Test func inlineWinsOverEveryPolicy() {
    let result = resolve([
      PromotionPolicy(name: "all", priority: 0, action: .noAction, postAction: "p")
    ])
    #expect(result["qa"]?.action == ResolvedValue(value: "commit", source: .inline))
    #expect(result["prod-eu"]?.postAction == ResolvedValue(value: "notify", source: .inline))
    #expect(result["prod-eu"]?.action.source == .policy(name: "all", priority: 0))
  }

  @Test func productSelectorsNeedTheChosenProduct() {
    let policies = [
      PromotionPolicy(name: "shop-only", priority: 1, action: .pullRequest, productNames: ["shop"])
    ]
    #expect(resolve(policies)["staging"]?.action.source == PolicySource.none)
    #expect(resolve(policies, product: "other")["staging"]?.action.source == PolicySource.none)
    #expect(resolve(policies, product: "shop")["staging"]?.action.value == "pr")
    let tagged = [
      PromotionPolicy(name: "tagged", priority: 1, action: .pullRequest, productTags: ["web"])
    ]
    let after = [
      PromotionPolicy(name: "shop-later", priority: 5, action: .commit, productNames: ["shop"])
    ]
    let unknown = resolve(tagged + after, product: "shop")["staging"]?.action
    #expect(unknown?.value == nil, "a policy that may apply first makes the value unknown")
    #expect(unknown?.source == .productTags(name: "tagged", priority: 1, value: "pr"))
    #expect(resolve(tagged)["staging"]?.action.source == PolicySource.none, "no product chosen")
    let later = [
      PromotionPolicy(name: "first", priority: 0, action: .commit, productNames: ["shop"])
    ]
    #expect(
      resolve(tagged + later, product: "shop")["staging"]?.action.value == "commit",
      "a policy that applies before it decides")
  }

  @Test func environmentSelectorsByNameTagAndType() {
    let policies = [
      PromotionPolicy(name: "by-name", priority: 1, preAction: "n", environmentNames: ["staging"]),
      PromotionPolicy(name: "by-tag", priority: 2, preAction: "t", environmentTags: ["eu", "us"]),
      PromotionPolicy(name: "by-type", priority: 3, preAction: "k", environmentTypes: ["NON_PROD"]),
      PromotionPolicy(
        name: "both", priority: 0, postAction: "b", environmentNames: ["qa", "prod-eu"],
        environmentTypes: ["PROD"]),
    ]
    let result = resolve(policies)
    #expect(result["staging"]?.preAction.value == "n")
    #expect(result["prod-eu"]?.preAction.value == "t")
    #expect(result["qa"]?.preAction.value == "k")
    #expect(
      result["qa"]?.postAction.source == PolicySource.none,
      "qa is not PROD: 'both' needs every selector")
    #expect(result["prod-eu"]?.postAction.value == "notify", "inline still wins")
  }

  @Test func environmentsMissingFromTheCatalogMatchOnlyByName() {
    var flow = self.flow
    flow.steps.append(FlowStep(environment: "uncharted", dependsOn: ["dev"]))
    let policies = [
      PromotionPolicy(
        name: "prod", priority: 1, action: .pullRequest, environmentTypes: ["PROD", "NON_PROD"])
    ]
    let result = PolicyResolver.resolve(flow, product: nil, policies: policies, catalog: catalog)
    #expect(result.last?.action.source == PolicySource.none)
  }
}
