import FlowBuilder
import PromotionKit
import TestSupport

/// A workspace on disk for the home's tests: two flows in `flows/` (one with an error), a flow
/// file that is not YAML, one in another folder sharing its file with a product, a policy.
enum HomeFixture {
  static func flow(_ name: String, steps: String = "    - {environment: qa, dependsOn: [dev]}\n")
    -> String
  {
    "apiVersion: codefresh.io/v1beta1\nkind: PromotionFlow\nmetadata: {name: \(name)}\nspec:\n  triggerEnvironment: dev\n  steps:\n"
      + steps
  }

  static func make() throws -> TemporaryFolder {
    let folder = try TemporaryFolder("pf-home")
    try folder.write(
      "promoflow.yaml",
      "environments:\n  - {name: dev, kind: NON_PROD}\n  - {name: qa, kind: NON_PROD}\n  - {name: prod, kind: PROD}\n"
    )
    try folder.write("flows/shop.yaml", flow("shop"))
    try folder.write(
      "flows/billing.yaml",
      flow(
        "billing",
        steps:
          "    - {environment: qa, dependsOn: [dev]}\n    - {environment: prod, dependsOn: [qq]}\n")
    )
    try folder.write(
      "flows/broken.yaml", "apiVersion: codefresh.io/v1beta1\nkind: PromotionFlow\nspec: [\n")
    try folder.write(
      "other/combined.yaml",
      flow("combined")
        + "---\napiVersion: codefresh.io/v1beta2\nkind: Product\nmetadata: {name: shop}\nspec: {promotionFlows: [{name: shop}]}\n"
    )
    try folder.write(
      "policies/prod.yaml",
      "apiVersion: codefresh.io/v1beta1\nkind: PromotionPolicy\nmetadata: {name: prod-pr}\nspec: {priority: 5, policy: {action: pr}, selector: {targetEnvironment: {types: [PROD]}}}\n"
    )
    return folder
  }

  static func state(_ folder: TemporaryFolder, width: Int = 100, height: Int = 30) -> HomeState {
    var state = HomeState(summary: WorkspaceSummary.scan(root: folder.path))
    state = HomeReducer.reduce(state, .resize(width: width, height: height)).0
    return state
  }
}

/// Reduces home actions in order, collecting the effects.
@discardableResult
func run(_ state: inout HomeState, _ actions: HomeAction...) -> [HomeEffect] {
  var all: [HomeEffect] = []
  for action in actions {
    let (next, effects) = HomeReducer.reduce(state, action)
    state = next
    all += effects
  }
  return all
}

/// Types `text` into the home's filter or name field.
func type(_ state: inout HomeState, _ text: String) {
  for character in text { run(&state, .type(character)) }
}
