import Foundation
import TestSupport
import Testing

/// No command says "fine" about something it could not check: every kind is validated, a flow
/// with errors is neither drawn nor planned, and what promoflow cannot know it says it cannot.
@Suite struct NothingSilentlyPassedTests {
  let temporary: TemporaryFolder
  var folder: URL { temporary.url }

  init() throws {
    temporary = try TemporaryFolder("promoflow-strict")
    try write(
      "broken.yaml",
      """
      apiVersion: codefresh.io/v1beta1
      kind: PromotionFlow
      metadata: {name: broken}
      spec:
        triggerEnvironment: dev
        steps:
          - {environment: qa, dependsOn: [nope]}

      """)
  }

  @discardableResult
  func write(_ name: String, _ text: String) throws -> String {
    let url = folder.appendingPathComponent(name)
    try text.write(to: url, atomically: true, encoding: .utf8)
    return url.path
  }

  func run(_ arguments: [String]) throws -> CommandLineTests.Run {
    try CommandLineTests.runBinary(arguments, in: folder)
  }

  @Test(arguments: ["text", "ascii", "dot", "mermaid", "json"])
  func renderRefusesAFlowWithErrors(format: String) throws {
    let result = try run(["render", "broken.yaml", "--format", format])
    #expect(result.status == 1)
    #expect(result.output.isEmpty, "nothing is drawn")
    #expect(result.error.contains("broken.yaml:7:37: error: qa depends on nope"))
    #expect(result.error.contains("fix them to render it"))
  }

  @Test func planRefusesAFlowWithErrors() throws {
    for format in ["text", "json"] {
      let result = try run(["plan", "broken.yaml", "--format", format])
      #expect(result.status == 1 && result.output.isEmpty)
      #expect(result.error.contains("[unknown-dependency]"))
    }
  }

  @Test func productsPoliciesAndTemplatesAreCheckedAgainstTheirCRDs() throws {
    try write(
      "product.yaml",
      """
      apiVersion: codefresh.io/v1beta1
      kind: Product
      metadata: {name: shop}
      spec:
        priority: one
        promotionFlows:
          - name: shop
            gitTriggerSelectors:
              - {key: commitMessage, operator: Equals, values: [release]}

      """)
    let product = try run(["validate", "product.yaml"])
    #expect(product.status == 1)
    #expect(
      product.output
        == """
        product.yaml:5:3: warning: unknown field "priority" in spec: the API server will drop it [unknown-field]
        product.yaml:9:42: error: spec.promotionFlows[0].gitTriggerSelectors[0].operator is "Equals": it must be one of In, NotIn [invalid-value]

        """)
    try write(
      "template.yaml",
      """
      apiVersion: codefresh.io/v1beta1
      kind: PromotionTemplate
      metadata: {name: t}
      spec:
        applicationSourceSelector: {matchLabels: {team: web}}
        priority: 1
        versionSource: {file: Chart.yaml}

      """)
    let template = try run(["validate", "template.yaml"])
    #expect(template.status == 1)
    #expect(
      template.output
        == "template.yaml:7:3: error: spec.versionSource.jsonPath is missing: a PromotionTemplate needs it [missing-field]\n"
    )
  }

  @Test func aPolicyByProductTagsIsFlaggedAndPlannedAsUnknown() throws {
    try write(
      "flow.yaml",
      """
      apiVersion: codefresh.io/v1beta1
      kind: PromotionFlow
      metadata: {name: shop}
      spec:
        triggerEnvironment: dev
        steps:
          - {environment: qa, dependsOn: [dev]}

      """)
    try write(
      "policy.yaml",
      """
      apiVersion: codefresh.io/v1beta1
      kind: PromotionPolicy
      metadata: {name: by-team}
      spec:
        priority: 1
        policy: {action: pr}
        selector: {product: {tags: [team-web]}}

      """)
    try write(
      "product.yaml", "apiVersion: codefresh.io/v1beta1\nkind: Product\nmetadata: {name: shop}\n")
    let validate = try run(["validate", "policy.yaml"])
    #expect(validate.status == 0)
    #expect(
      validate.output.contains("policy.yaml:7:30: warning: promoflow cannot see products' tags"))
    let plan = try run(["plan", "flow.yaml", "--product", "shop"])
    #expect(plan.status == 0)
    #expect(plan.output.contains("unknown (product tags: policy by-team, priority 1 gives pr)"))
    let json = try run(["plan", "flow.yaml", "--product", "shop", "--format", "json"])
    #expect(
      json.output.contains(
        "\"action\": {\"value\": null, \"source\": \"unknown (product tags):by-team\"}"))
  }

  @Test func aPolicyWithoutPriorityIsToldAtItsSpecLine() throws {
    try write(
      "policy.yaml",
      "apiVersion: codefresh.io/v1beta1\nkind: PromotionPolicy\nmetadata: {name: p}\nspec:\n  policy: {action: pr}\n"
    )
    let result = try run(["validate", "policy.yaml"])
    #expect(result.status == 1)
    #expect(
      result.output
        == "policy.yaml:4:1: error: spec.priority is missing: a PromotionPolicy needs it [missing-field]\n"
    )
  }

  @Test(arguments: ["", "\n", "# only a comment\n", "\n  # indented\n\n# two\n", "---\n# c\n...\n"])
  func anEmptyOrCommentOnlyFileIsValidYAML(text: String) throws {
    let path = try write("empty.yaml", text)
    let format = try run(["fmt", "empty.yaml"])
    #expect(format.status == 0 && format.error.isEmpty)
    #expect(try String(contentsOfFile: path, encoding: .utf8) == text, "fmt leaves it as it is")
    #expect(try run(["fmt", "--check", "empty.yaml"]).status == 0)
    let validate = try run(["validate", "empty.yaml"])
    #expect(validate.status == 0)
    #expect(validate.output.contains("empty.yaml: warning: the file holds no YAML document"))
  }
}
