import FlowLayout
import Foundation
import PromotionKit
import TestSupport
import Testing

/// Every file promoflow writes validates against the real Codefresh CRD schemas.
@Suite struct CRDConformanceTests {
  @Test func theTestCopiesAreTheSharedCRDs() throws {
    let shared = Fixtures.sharedFolder.appendingPathComponent("crds")
    let names = [
      "promotionflows.yaml", "promotionpolicies.yaml", "product.yaml", "promotiontemplates.yaml",
    ]
    guard FileManager.default.fileExists(atPath: shared.path) else { return }
    for name in names {
      let original = try String(contentsOf: shared.appendingPathComponent(name), encoding: .utf8)
      let copy = try String(
        contentsOf: CRDSchema.folder.appendingPathComponent(name), encoding: .utf8)
      #expect(copy == original, "\(name) differs from ../shared/crds")
    }
  }

  @Test func aFlowBuiltFromNothingValidates() throws {
    let schema = try CRDSchema.load("promotionflows.yaml", version: "v1beta1")
    var document = FlowDocument(newFlowNamed: "new-flow")
    var flow = try document.flow.settingTrigger("dev").get()
    flow = try flow.addingTarget("qa", dependingOn: "dev").get()
    flow = try flow.addingTarget("prod", dependingOn: "qa").get()
    flow = try flow.settingAction(.pullRequest, of: "prod").get()
    flow = try flow.settingPreAction("gate", of: "prod").get()
    flow = try flow.settingHooks(Hooks(onFail: "page"), of: "qa").get()
    flow = try flow.settingTriggerWorkflow("build").get()
    flow = try flow.settingSettings(
      name: "new-flow", description: "A new flow", version: "1.0", timeout: 60
    ).get()
    document.flow = flow
    let data = try #require(try YAMLData.documents(document.text).first)
    #expect(schema.problems(of: data).isEmpty, "\(schema.problems(of: data))\n\(document.text)")
    #expect(ResourceValidator.validate(try YAMLReader.read(document.text)).isEmpty)
  }

  @Test func generatedFlowsStayValidAfterFmtAndEdits() throws {
    let schema = try CRDSchema.load("promotionflows.yaml", version: "v1beta1")
    for seed in UInt64(0)..<300 {
      var generator = FlowFileGenerator(seed: seed)
      let generated = generator.generate()
      let file = try YAMLReader.read(generated.text)
      var random = SeededRandom(seed: seed)
      var document = FlowDocument(file: file, newFlowName: "")
      document.flow = RandomFlowEdit.make(for: generated.flow, random: &random).flow
      for text in [YAMLFormatter.format(file), document.text] {
        let flowData = try YAMLData.documents(text).first { $0["kind"] == .string("PromotionFlow") }
        let problems = schema.problems(of: try #require(flowData))
        #expect(problems.isEmpty, "seed \(seed): \(problems)")
      }
    }
  }

  @Test func theSampleWorkspaceValidates() throws {
    let workspace = Fixtures.sharedFolder.appendingPathComponent(
      "samples/workspace/resources/configurations")
    guard FileManager.default.fileExists(atPath: workspace.path) else { return }
    let flow = try String(
      contentsOf: workspace.appendingPathComponent("promotion-flows/shop.yaml"), encoding: .utf8)
    let policies = try String(
      contentsOf: workspace.appendingPathComponent("promotion-policies/non-prod.yaml"),
      encoding: .utf8)
    let product = try String(
      contentsOf: workspace.appendingPathComponent("products/shop.yaml"), encoding: .utf8)
    #expect(
      try CRDSchema.load("promotionflows.yaml", version: "v1beta1").problems(
        of: YAMLData.documents(flow)[0]
      ).isEmpty)
    for policy in try YAMLData.documents(policies) {
      #expect(
        try CRDSchema.load("promotionpolicies.yaml", version: "v1beta1").problems(of: policy)
          .isEmpty)
    }
    #expect(
      try CRDSchema.load("product.yaml", version: "v1beta2").problems(
        of: YAMLData.documents(product)[0]
      ).isEmpty)
  }

  @Test func theCheckerCatchesWhatTheServerRejects() throws {
    let schema = try CRDSchema.load("promotionflows.yaml", version: "v1beta1")
    let bad = try YAMLData.documents(
      "spec:\n  steps:\n    - environment: qa\n      dependsOn: []\n  promotionTimeoutLimit: soon\n"
    )[0]
    let problems = schema.problems(of: bad)
    #expect(problems.contains(".spec: missing required field triggerEnvironment"))
    #expect(problems.contains(".spec.steps[0].dependsOn: needs at least 1 item(s)"))
    #expect(problems.contains { $0.hasPrefix(".spec.promotionTimeoutLimit: expected an integer") })
  }
}
