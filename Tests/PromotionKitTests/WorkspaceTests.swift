import Foundation
import PromotionKit
import TestSupport
import Testing

/// Finding the workspace root and loading what it holds.
@Suite struct WorkspaceTests {
  /// This test's folder, kept for as long as the test runs.
  let folder: TemporaryFolder

  init() throws {
    folder = try TemporaryFolder()
  }

  static let flow = """
    apiVersion: codefresh.io/v1beta1
    kind: PromotionFlow
    metadata: {name: shop}
    spec:
      triggerEnvironment: dev
      steps: [{environment: qa, dependsOn: [dev]}]
    """

  @Test func rootIsTheNearestFolderWithACatalog() throws {
    try folder.write("promoflow.yaml", "environments: []\n")
    try folder.makeFolder("repo/.git")
    let file = try folder.write("repo/flows/shop.yaml", Self.flow)
    #expect(Workspace.root(for: file, explicit: nil) == folder.url.standardizedFileURL.path)
  }

  @Test func otherwiseTheGitTopLevelOtherwiseTheFilesFolder() throws {
    try folder.makeFolder("repo/.git")
    let inRepo = try folder.write("repo/a/b/shop.yaml", Self.flow)
    #expect(
      Workspace.root(for: inRepo, explicit: nil)
        == folder.url.appendingPathComponent("repo").standardizedFileURL.path)
    let loose = try folder.write("loose/shop.yaml", Self.flow)
    #expect(
      Workspace.root(for: loose, explicit: nil)
        == folder.url.appendingPathComponent("loose").standardizedFileURL.path)
    #expect(
      Workspace.root(for: loose, explicit: folder.path) == folder.url.standardizedFileURL.path)
  }

  @Test func loadsEveryKindAndTheCatalog() throws {
    try folder.write(
      "promoflow.yaml",
      """
      # catalog
      environments:
        - name: dev
          kind: NON_PROD
        - name: prod
          kind: PROD
          tags: [eu]
          clusters:
            - name: main
              namespaces: [shop]
      """)
    try folder.write("flows/shop.yaml", Self.flow)
    try folder.write(
      "policies/all.yml",
      """
      apiVersion: codefresh.io/v1beta1
      kind: PromotionPolicy
      metadata: {name: a}
      spec: {priority: 2, policy: {action: pr}, selector: {targetEnvironment: {types: [PROD]}}}
      ---
      apiVersion: codefresh.io/v1beta2
      kind: Product
      metadata: {name: shop}
      spec: {promotionFlows: [{name: shop}]}
      """)
    try folder.write(
      "workflows/smoke.yaml",
      """
      apiVersion: argoproj.io/v1alpha1
      kind: WorkflowTemplate
      metadata:
        name: smoke
        annotations: {codefresh.io/workflow-origin: promotion}
      """)
    try folder.write(
      "workflows/ci.yaml",
      "apiVersion: argoproj.io/v1alpha1\nkind: WorkflowTemplate\nmetadata: {name: ci}\n")
    try folder.write(".git/config.yaml", Self.flow)
    try folder.write(".build-x/copy.yaml", Self.flow)
    try folder.write("notes.txt", Self.flow)
    let workspace = Workspace.load(root: folder.path)
    #expect(workspace.flows.map(\.file) == ["flows/shop.yaml"])
    #expect(
      workspace.policies.map(\.value) == [
        PromotionPolicy(name: "a", priority: 2, action: .pullRequest, environmentTypes: ["PROD"])
      ])
    #expect(workspace.products.map(\.value.name) == ["shop"])
    #expect(workspace.workflows.map(\.name) == ["smoke"], "only promotion workflows")
    #expect(
      workspace.catalog?.environment(named: "prod")
        == EnvironmentDefinition(
          name: "prod", kind: .production, tags: ["eu"],
          clusters: [ClusterTarget(name: "main", namespaces: ["shop"])]))
    #expect(workspace.workflowsFolder == folder.url.appendingPathComponent("workflows").path)
    #expect(workspace.warnings.isEmpty)
  }

  @Test func aBrokenFileElsewhereIsAWarning() throws {
    try folder.write("flows/shop.yaml", Self.flow)
    try folder.write(
      "flows/broken.yaml", "apiVersion: codefresh.io/v1beta1\nkind: [PromotionFlow\n")
    try folder.write("flows/binary.yaml", "codefresh.io \u{01}\u{02}")
    let workspace = Workspace.load(root: folder.path)
    #expect(workspace.flows.count == 1)
    let warnings = workspace.warnings.map { "\($0.file ?? ""):\($0.location?.line ?? 0)" }
    #expect(warnings.sorted() == ["flows/binary.yaml:1", "flows/broken.yaml:3"])
    #expect(workspace.warnings.allSatisfy { $0.severity == .warning })
  }
}

/// Names are looked up by index (every box and check does it): the index follows every change to
/// the list, and the first of two same-named entries wins, as in a linear search.
@Suite struct EnvironmentCatalogLookupTests {
  @Test func lookupsFollowTheListAndTheFirstEntryWins() {
    var catalog = EnvironmentCatalog(environments: [
      EnvironmentDefinition(name: "dev"), EnvironmentDefinition(name: "prod", kind: .production),
      EnvironmentDefinition(name: "prod", kind: .nonProduction),
    ])
    #expect(catalog.environment(named: "prod")?.kind == .production)
    #expect(catalog.environment(named: "qa") == nil)
    catalog.environments += [EnvironmentDefinition(name: "qa", tags: ["eu"])]
    #expect(catalog.environment(named: "qa")?.tags == ["eu"])
    catalog.environments.removeFirst(2)
    #expect(catalog.environment(named: "dev") == nil)
    #expect(catalog.environment(named: "prod")?.kind == .nonProduction)
  }
}

/// Which files a workspace parses: their `kind:` lines decide when they say plainly, and a file
/// that does not say (JSON, flow style, a document without its own `kind:` line) is parsed when
/// it names `codefresh.io` or `argoproj.io` — never a promotion resource missed.
@Suite struct WorkspaceKindTests {
  static func holds(_ text: String, otherFlows: Bool = false) -> Bool {
    Workspace.mayHold(Array(text.utf8), otherFlows: otherFlows)
  }

  @Test func kindLinesDecideForBlockStyle() {
    let flow = "apiVersion: codefresh.io/v1beta1\nkind: PromotionFlow\nmetadata: {name: a}\n"
    #expect(!Self.holds(flow), "another flow is not parsed for a single-flow command")
    #expect(Self.holds(flow, otherFlows: true))
    let application =
      "apiVersion: argoproj.io/v1alpha1\nkind: Application # argo cd\nmetadata: {name: a}\n"
    #expect(!Self.holds(application, otherFlows: true), "an Argo CD Application is not parsed")
    #expect(
      Self.holds(application + "---\n# policies\nkind: \"PromotionPolicy\"\napiVersion: x\n"),
      "any document of a kind the workspace reads")
    #expect(Self.holds("%YAML 1.2\n---\nkind: Product\r\napiVersion: codefresh.io/v1beta2\r\n"))
    #expect(Self.holds("kind: 'WorkflowTemplate'\napiVersion: argoproj.io/v1alpha1\n"))
    #expect(!Self.holds("environments: []\n"), "no kind and no Codefresh name")
  }

  @Test func filesThatDoNotSayPlainlyAreParsedWhenTheyNameCodefreshOrArgo() {
    let unclear = [
      #"{"apiVersion": "codefresh.io/v1beta1", "kind": "PromotionPolicy"}"#,
      "--- {apiVersion: codefresh.io/v1beta1, kind: Product}\n",
      "kind: Application\napiVersion: argoproj.io/v1alpha1\n---\n  apiVersion: codefresh.io/v1beta1\n  kind: Product\n",
      "apiVersion: codefresh.io/v1beta1\nmetadata:\n  kind: PromotionPolicy\n",
      "apiVersion: codefresh.io/v1beta1\nkind: [PromotionFlow\n",
      "apiVersion: codefresh.io/v1beta1\nkind: &k Product\n",
      "kind: Application\n---\n",
    ]
    for text in unclear.dropLast() { #expect(Self.holds(text), "\(text)") }
    #expect(!Self.holds(unclear[unclear.count - 1]), "nothing names Codefresh or Argo")
  }

  /// Every file of the test material that holds a resource the workspace reads is parsed.
  @Test func noResourceOfTheFixturesOrTheFuzzCorpusIsMissed() throws {
    let tests = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent()
    let folders = ["PromotionKitTests/Fixtures", "Fuzz/Corpus"].map {
      tests.appendingPathComponent($0).path
    }
    var checked = 0
    for folder in folders {
      for path in Workspace.yamlFiles(under: folder) {
        let bytes = try FileAccess.read(path)
        guard let file = try? YAMLReader.read(SourceText(bytes: bytes)) else { continue }
        let read = file.documents.contains { document in
          switch ResourceKind(of: document) {
          case .promotionPolicy, .product, .promotionTemplate, .promotionWorkflow: return true
          case .other(_, let kind): return kind == "WorkflowTemplate"
          default: return false
          }
        }
        let flows = file.documents.contains { ResourceKind(of: $0) == .promotionFlow }
        if read { #expect(Workspace.mayHold(bytes, otherFlows: false), "\(path)") }
        if flows { #expect(Workspace.mayHold(bytes, otherFlows: true), "\(path)") }
        if read || flows { checked += 1 }
      }
    }
    #expect(checked >= 20, "the material holds resources to check (\(checked))")
  }
}
