import PromotionKit
import Testing

/// Every validation code, on a small file, at its exact line and column.
@Suite struct ValidationTests {
  func diagnose(_ yaml: String, context: FlowValidator.Context = .init()) throws -> [Diagnostic] {
    let file = try YAMLReader.read(yaml)
    return ResourceValidator.validate(file, context: context)
  }

  /// `code@line:column` of every diagnostic of `yaml`, in file order.
  func found(_ yaml: String, context: FlowValidator.Context = .init()) -> [String] {
    do {
      return codes(try diagnose(yaml, context: context))
    } catch {
      Issue.record("could not read: \(error)")
      return []
    }
  }

  func codes(_ diagnostics: [Diagnostic]) -> [String] {
    diagnostics.map { "\($0.code)@\($0.location.map { "\($0.line):\($0.column)" } ?? "-")" }
  }

  static let header = """
    apiVersion: codefresh.io/v1beta1
    kind: PromotionFlow
    metadata:
      name: shop
    spec:

    """

  func flow(_ spec: String) -> String { Self.header + spec }

  @Test func validFlowHasNoDiagnostics() throws {
    let yaml = flow(
      """
        triggerEnvironment: dev
        steps:
          - environment: qa
            dependsOn: [dev]
            policy: {action: commit}
      """)
    #expect(try diagnose(yaml).isEmpty)
  }

  @Test func yamlSyntaxErrorCarriesLibyamlPosition() {
    #expect(throws: YAMLReadError.self) { try YAMLReader.read("a: [1, 2\nb: 3\n") }
    do {
      _ = try YAMLReader.read("spec:\n  steps: [\n  - a: b: c\n")
    } catch {
      #expect(error.code == "yaml-syntax")
      #expect(error.location.line == 3)
    }
  }

  @Test func invalidDocumentAndUnknownKind() throws {
    #expect(found("- just\n- a list\n") == ["invalid-document@1:1"])
    #expect(found("name: x\n") == ["invalid-document@1:1"])
    #expect(found("apiVersion: v1\nkind: ConfigMap\nmetadata: {name: x}\n") == ["unknown-kind@1:1"])
  }

  @Test func missingTriggerAndNoTargets() throws {
    #expect(found(flow("  hooks: {onFail: x}\n")) == ["missing-trigger@5:1", "no-targets@5:1"])
  }

  @Test func duplicateEnvironmentTwiceAndAsTrigger() throws {
    let yaml = flow(
      """
        triggerEnvironment: dev
        steps:
          - environment: qa
            dependsOn: [dev]
          - environment: qa
            dependsOn: [dev]
          - environment: dev
            dependsOn: [qa]
      """)
    #expect(found(yaml) == ["duplicate-environment@10:20", "duplicate-environment@12:20"])
  }

  @Test func emptyAndMissingDependsOn() throws {
    let yaml = flow(
      """
        triggerEnvironment: dev
        steps:
          - environment: qa
            dependsOn: []
          - environment: staging
      """)
    #expect(found(yaml) == ["empty-depends-on@9:18", "empty-depends-on@10:7"])
  }

  @Test func selfAndUnknownDependencyWithSuggestion() throws {
    let yaml = flow(
      """
        triggerEnvironment: dev
        steps:
          - environment: qa
            dependsOn: [dev, qa]
          - environment: staging
            dependsOn:
              - qaa
      """)
    let diagnostics = try diagnose(yaml)
    #expect(codes(diagnostics) == ["self-dependency@9:24", "unknown-dependency@12:11"])
    #expect(diagnostics.last?.message.contains("did you mean qa?") == true)
  }

  @Test func cycleNamesThePath() throws {
    let yaml = flow(
      """
        triggerEnvironment: dev
        steps:
          - environment: qa
            dependsOn: [dev, staging]
          - environment: staging
            dependsOn: [qa]
      """)
    let diagnostics = try diagnose(yaml)
    #expect(codes(diagnostics).contains("cycle@9:24"))
    #expect(diagnostics.first { $0.code == "cycle" }?.message.contains("qa → staging → qa") == true)
    #expect(codes(diagnostics).filter { $0.hasPrefix("unreachable") }.isEmpty)
  }

  @Test func invalidActionAndTimeout() throws {
    let yaml = flow(
      """
        triggerEnvironment: dev
        promotionTimeoutLimit: "90"
        steps:
          - environment: qa
            dependsOn: [dev]
            policy:
              action: merge
      """)
    #expect(found(yaml) == ["invalid-timeout@7:26", "invalid-action@12:17"])
    for bad in ["0", "-5", "1.5", "abc"] {
      let timeout = flow(
        "  triggerEnvironment: dev\n  promotionTimeoutLimit: \(bad)\n  steps: [{environment: qa, dependsOn: [dev]}]\n"
      )
      #expect(found(timeout).contains("invalid-timeout@7:26"), "timeout \(bad)")
    }
  }

  @Test func invalidNamesAreRejected() throws {
    let yaml = """
      apiVersion: codefresh.io/v1beta1
      kind: PromotionFlow
      metadata:
        name: Shop_Flow
      spec:
        triggerEnvironment: ../x
        steps:
          - environment: --flag
            dependsOn: [../x]
            policy:
              preAction: "has space"
      """
    #expect(
      found(yaml) == [
        "invalid-name@4:9", "invalid-name@6:23", "invalid-name@8:20", "invalid-name@11:20",
      ])
  }

  @Test func warningsUnknownFieldDeprecatedAndRedundant() throws {
    let yaml = flow(
      """
        triggerEnvironment: dev
        postTrigger: notify
        trigger: dev
        steps:
          - environment: qa
            dependsOn: [dev]
            polcy: {action: commit}
          - environment: staging
            dependsOn: [qa, dev]
      """)
    let diagnostics = try diagnose(yaml)
    #expect(
      codes(diagnostics) == [
        "deprecated-post-trigger@7:16", "unknown-field@8:3", "unknown-field@12:7",
        "redundant-dependency@14:23",
      ])
    #expect(diagnostics.allSatisfy { $0.severity == .warning })
    #expect(diagnostics[2].message.contains("did you mean policy?"))
  }

  @Test func unreachableStepIsAWarning() throws {
    let yaml = flow(
      """
        triggerEnvironment: dev
        steps:
          - environment: qa
            dependsOn: [nowhere]
          - environment: staging
            dependsOn: [qa]
      """)
    let result = found(yaml)
    #expect(result == ["unknown-dependency@9:19", "unreachable@10:20"])
  }

  @Test func workspaceWarningsForUnknownEnvironmentsAndWorkflows() throws {
    let yaml = flow(
      """
        triggerEnvironment: dev
        hooks: {onFail: notify-slak}
        steps:
          - environment: qa
            dependsOn: [dev]
            policy: {preAction: smoke-tests}
          - environment: prod
            dependsOn: [qa]
      """)
    let context = FlowValidator.Context(
      catalog: EnvironmentCatalog(
        environments: ["dev", "qa", "staging"].map { EnvironmentDefinition(name: $0) }),
      workflows: ["smoke-tests", "notify-slack"])
    let diagnostics = try diagnose(yaml, context: context)
    #expect(codes(diagnostics) == ["unknown-workflow@7:19", "unknown-environment@12:20"])
    #expect(diagnostics[0].message.contains("did you mean notify-slack?"))
  }

  @Test func typeErrorsSayHowToFix() throws {
    let yaml = flow(
      """
        triggerEnvironment: 12
        steps: {environment: qa}
      """)
    let diagnostics = try diagnose(yaml)
    #expect(codes(diagnostics).prefix(2) == ["invalid-type@6:23", "invalid-type@7:10"])
    #expect(diagnostics[0].message.contains("quote it"))
  }

  @Test func allProblemsOfAFileAreReportedInOneRun() throws {
    let yaml = flow(
      """
        steps:
          - environment: QA
            dependsOn: []
            policy: {action: yolo}
      """)
    let found = Set(try diagnose(yaml).map(\.code))
    #expect(
      found.isSuperset(of: [
        "missing-trigger", "invalid-name", "empty-depends-on", "invalid-action",
      ]))
  }

  @Test func policyDocumentsAreChecked() throws {
    let yaml = """
      apiVersion: codefresh.io/v1beta1
      kind: PromotionPolicy
      metadata: {name: p}
      spec:
        priority: high
        policy: {action: ship}
        selector: {targetEnvironment: {kinds: [PROD]}}
      """
    #expect(found(yaml) == ["invalid-type@5:13", "invalid-action@6:20", "unknown-field@7:34"])
  }

  @Test func inMemoryValidationOfAnEditedFlow() {
    var flow = PromotionFlow(name: "x", triggerEnvironment: "dev")
    flow.steps = [
      FlowStep(environment: "qa", dependsOn: ["staging"]),
      FlowStep(environment: "staging", dependsOn: ["qa"]),
    ]
    let found = FlowValidator.validate(flow).map(\.code)
    #expect(found == ["cycle"])
  }
}
