import Foundation
import TestSupport
import Testing

/// The headless commands as CI runs them: the real binary, its output and its exit codes.
@Suite struct CommandLineTests {
  static let binary = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
    .appendingPathComponent("promoflow").path

  struct Run: Sendable {
    var status: Int32
    var output: String
    var error: String
  }

  func run(_ arguments: [String], in folder: String? = nil) throws -> Run {
    try Self.runBinary(arguments, in: folder.map { URL(fileURLWithPath: $0) })
  }

  /// Runs the promoflow binary with `arguments` and collects what it printed.
  static func runBinary(_ arguments: [String], in folder: URL?) throws -> Run {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: Self.binary)
    process.arguments = arguments
    if let folder { process.currentDirectoryURL = folder }
    let output = Pipe()
    let error = Pipe()
    process.standardOutput = output
    process.standardError = error
    try process.run()
    let outputData = output.fileHandleForReading.readDataToEndOfFile()
    let errorData = error.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return Run(
      status: process.terminationStatus, output: String(decoding: outputData, as: UTF8.self),
      error: String(decoding: errorData, as: UTF8.self))
  }

  let temporary: TemporaryFolder
  var folder: URL { temporary.url }

  init() throws {
    temporary = try TemporaryFolder("promoflow-cli")
    try write(
      "promoflow.yaml",
      "environments:\n  - {name: dev, kind: NON_PROD}\n  - {name: qa, kind: NON_PROD}\n  - {name: prod, kind: PROD}\n"
    )
    try write(
      "flow.yaml",
      """
      # the flow
      apiVersion: codefresh.io/v1beta1
      kind: PromotionFlow
      metadata: {name: shop}
      spec:
        triggerEnvironment: dev
        steps:
          - environment: qa
            dependsOn: [dev]
            policy: {action: commit}
          - environment: prod
            dependsOn: [qa]

      """)
    try write(
      "policy.yaml",
      """
      apiVersion: codefresh.io/v1beta1
      kind: PromotionPolicy
      metadata: {name: prod-pr}
      spec: {priority: 5, policy: {action: pr}, selector: {targetEnvironment: {types: [PROD]}}}
      ---
      apiVersion: codefresh.io/v1beta2
      kind: Product
      metadata: {name: shop}
      spec: {promotionFlows: [{name: shop}]}
      """)
  }

  @discardableResult
  func write(_ name: String, _ text: String) throws -> String {
    let path = folder.appendingPathComponent(name).path
    try FileManager.default.createDirectory(
      atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
    try text.write(toFile: path, atomically: true, encoding: .utf8)
    return path
  }

  @Test func validateReportsEveryProblemAsFileLineColumn() throws {
    try write(
      "bad.yaml",
      """
      apiVersion: codefresh.io/v1beta1
      kind: PromotionFlow
      metadata: {name: bad}
      spec:
        triggerEnvironment: dev
        steps:
          - environment: qa
            dependsOn: [dve]
          - environment: stage
            dependsOn: [qa]
      """)
    let result = try run(["validate", "bad.yaml"], in: folder.path)
    #expect(result.status == 1)
    #expect(
      result.output.contains(
        "bad.yaml:8:19: error: qa depends on dve, which is not an environment of this flow (did you mean dev?) [unknown-dependency]\n"
      ))
    #expect(
      result.output.contains(
        "bad.yaml:9:20: warning: stage is not in the environment catalog (promoflow.yaml) [unknown-environment]"
      ))
    #expect(result.error.contains("error(s)"))
  }

  @Test func validateExitsZeroWithOnlyWarningsAndSpeaksJSON() throws {
    let clean = try run(["validate", "flow.yaml", "policy.yaml"], in: folder.path)
    #expect(clean.status == 0 && clean.output.isEmpty)
    try write(
      "warn.yaml",
      "apiVersion: codefresh.io/v1beta1\nkind: PromotionFlow\nmetadata: {name: w}\nspec:\n  triggerEnvironment: dev\n  extra: 1\n  steps: [{environment: qa, dependsOn: [dev]}]\n"
    )
    let json = try run(["validate", "--format", "json", "warn.yaml"], in: folder.path)
    #expect(json.status == 0)
    #expect(
      json.output
        == "{\"diagnostics\": [{\"file\": \"warn.yaml\", \"line\": 6, \"column\": 3, \"severity\": \"warning\", \"code\": \"unknown-field\", \"message\": \"unknown field \\\"extra\\\" in spec: the API server will drop it\"}]}\n"
    )
  }

  @Test func validateOfAFolderOrOfNothingChecksEveryResourceOfTheWorkspace() throws {
    try write(
      "flows/broken.yaml",
      "apiVersion: codefresh.io/v1beta1\nkind: PromotionFlow\nmetadata: {name: b}\nspec:\n  triggerEnvironment: dev\n  steps:\n    - {environment: qa, dependsOn: [dve]}\n"
    )
    try write("flows/notes.yaml", "not: a resource, never read as one\n")
    try write("flows/deep/bad-syntax.yaml", "apiVersion: codefresh.io/v1beta1\nkind: [\n")
    let expected = [
      "flows/broken.yaml:7:37: error: qa depends on dve, which is not an environment of this flow (did you mean dev?) [unknown-dependency]",
      "flows/deep/bad-syntax.yaml:3:1: error:",
    ]
    for arguments in [["validate", "."], ["validate"]] {
      let result = try run(arguments, in: folder.path)
      #expect(result.status == 1, "\(arguments)")
      for line in expected {
        #expect(result.output.contains(line), "\(arguments): \(result.output)")
      }
      #expect(!result.output.contains("notes.yaml") && !result.output.contains("promoflow.yaml"))
      #expect(
        result.output.components(separatedBy: "bad-syntax.yaml").count == 2,
        "a file that is not YAML is reported once")
    }
    let below = try run(["validate"], in: folder.appendingPathComponent("flows/deep").path)
    #expect(below.output.contains("../../flows/broken.yaml:7:37: error:"), "\(below.output)")
    let clean = try run(["validate", "flow.yaml", "policy.yaml"], in: folder.path)
    #expect(clean.status == 0)
  }

  @Test func validateSpeaksGitHubAnnotations() throws {
    try write(
      "flows/broken.yaml",
      "apiVersion: codefresh.io/v1beta1\nkind: PromotionFlow\nmetadata: {name: b}\nspec:\n  triggerEnvironment: dev\n  extra: 1\n  steps:\n    - {environment: qa, dependsOn: [dve]}\n"
    )
    _ = try Spawn.run(
      ["git", "init", "-q", folder.path], environment: ProcessInfo.processInfo.environment,
      capture: true)
    let result = try run(
      ["validate", "--format", "github", "."], in: folder.appendingPathComponent("flows").path)
    #expect(result.status == 1)
    #expect(
      result.output.contains(
        "::error file=flows/broken.yaml,line=8,col=37,title=unknown-dependency::qa depends on dve, which is not an environment of this flow (did you mean dev?)\n"
      ), "files are named from the repository's top, as GitHub expects: \(result.output)")
    #expect(
      result.output.contains(
        "::warning file=flows/broken.yaml,line=6,col=3,title=unknown-field::unknown field \"extra\" in spec%3A"
      ) == false, "only properties escape ':'")
    #expect(result.output.contains("title=unknown-field::unknown field \"extra\" in spec: the API"))
  }

  @Test func versionAndCompletionScripts() throws {
    let version = try run(["--version"])
    #expect(version.status == 0)
    #expect(version.output.range(of: #"^\d+\.\d+\.\d+\n$"#, options: .regularExpression) != nil)
    for shell in ["bash", "zsh", "fish"] {
      let script = try run(["--generate-completion-script", shell])
      #expect(script.status == 0 && script.output.contains("diff"), "\(shell)")
    }
  }

  @Test func unreadableFilesAndUsageErrorsExitTwoWithOneLine() throws {
    let missing = try run(["validate", "nope.yaml"], in: folder.path)
    #expect(
      missing.status == 2 && missing.error == "nope.yaml: error: no such file [file-not-found]\n")
    #expect(try run(["plan"], in: folder.path).status == 2)
    #expect(try run(["fmt", "--check", "--stdout", "flow.yaml"], in: folder.path).status == 2)
  }

  @Test func badBytesAreDiagnosedNotCrashedOn() throws {
    try Data([0x61, 0x3A, 0x20, 0xFF, 0xFE, 0x0A]).write(
      to: folder.appendingPathComponent("latin1.yaml"))
    let invalid = try run(["validate", "latin1.yaml"], in: folder.path)
    #expect(invalid.status == 1)
    #expect(invalid.output.hasPrefix("latin1.yaml:1:4: error: the file is not valid UTF-8 text"))
    try write("syntax.yaml", "a: [1, 2\nb: 3\n")
    let syntax = try run(["validate", "syntax.yaml"], in: folder.path)
    #expect(syntax.status == 1 && syntax.output.contains("[yaml-syntax]"))
  }

  @Test func fmtChecksRewritesInPlaceAndKeepsPermissions() throws {
    let path = try write(
      "messy.yaml",
      "apiVersion: codefresh.io/v1beta1\nkind: PromotionFlow   # kind\nmetadata: {name: m}\nspec: {triggerEnvironment: dev, steps: [{environment: qa, dependsOn: [dev]}]}\n"
    )
    chmod(path, 0o600)
    let check = try run(["fmt", "--check", "messy.yaml", "flow.yaml"], in: folder.path)
    #expect(check.status == 1 && check.output == "messy.yaml\nflow.yaml\n")
    let preview = try run(["fmt", "--stdout", "messy.yaml"], in: folder.path)
    #expect(preview.output.contains("kind: PromotionFlow # kind\nmetadata:\n  name: m\n"))
    #expect(try run(["fmt", "messy.yaml"], in: folder.path).status == 0)
    #expect(try String(contentsOfFile: path, encoding: .utf8) == preview.output)
    let mode =
      try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? NSNumber
    #expect(mode?.intValue == 0o600)
    #expect(try run(["fmt", "--check", "messy.yaml"], in: folder.path).status == 0)
    let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter {
      $0.contains("promoflow-")
    }
    #expect(leftovers.isEmpty)
  }

  @Test func planShowsWavesAndWhereEachValueComesFrom() throws {
    let text = try run(["plan", "flow.yaml"], in: folder.path)
    #expect(text.status == 0)
    #expect(text.output.contains("2     prod         qa          pr (policy prod-pr, priority 5)"))
    let json = try run(["plan", "shop", "--product", "shop", "--format", "json"], in: folder.path)
    #expect(json.status == 0)
    #expect(
      json.output.hasPrefix(
        "{\"flow\": \"shop\", \"trigger\": \"dev\", \"waves\": [[\"dev\"], [\"qa\"], [\"prod\"]], \"environments\": [{\"name\": \"dev\", \"wave\": 0, \"dependsOn\": []"
      ))
    #expect(
      json.output.contains(
        "{\"name\": \"qa\", \"wave\": 1, \"dependsOn\": [\"dev\"], \"action\": {\"value\": \"commit\", \"source\": \"inline\"}, \"preAction\": {\"value\": null, \"source\": null}"
      ))
    #expect(json.output.contains("\"action\": {\"value\": \"pr\", \"source\": \"policy:prod-pr\"}"))
    let unknown = try run(["plan", "flow.yaml", "--product", "nope"], in: folder.path)
    #expect(unknown.status == 2 && unknown.error.contains("no product named nope"))
  }

  @Test func renderDrawsEveryFormat() throws {
    let text = try run(["render", "flow.yaml"], in: folder.path)
    #expect(text.status == 0)
    #expect(text.output.contains("│ dev    TRIGGER ├───▶│ commit         ├───▶│ by policy      │"))
    #expect(!text.output.contains("\u{1B}["), "no colour codes when stdout is not a terminal")
    let ascii = try run(["render", "flow.yaml", "--format", "ascii"], in: folder.path)
    #expect(
      ascii.output.unicodeScalars.allSatisfy { $0.isASCII }
        && ascii.output.contains("| dev    TRIGGER +--->| commit"))
    let mermaid = try run(["render", "flow.yaml", "--format", "mermaid"], in: folder.path)
    #expect(
      mermaid.output
        == "flowchart LR\n  n0[\"dev\"]\n  n1[\"qa\"]\n  n2[\"prod\"]\n  n0 --> n1\n  n1 --> n2\n")
    let dot = try run(["render", "flow.yaml", "--format", "dot"], in: folder.path)
    #expect(dot.output.contains("rankdir=LR;") && dot.output.contains("\"qa\" -> \"prod\";"))
    let graphviz = Process()
    graphviz.executableURL = URL(fileURLWithPath: "/usr/bin/dot")
    graphviz.arguments = ["-Tplain"]
    let input = Pipe()
    graphviz.standardInput = input
    graphviz.standardOutput = Pipe()
    try graphviz.run()
    input.fileHandleForWriting.write(Data(dot.output.utf8))
    try input.fileHandleForWriting.close()
    graphviz.waitUntilExit()
    #expect(graphviz.terminationStatus == 0, "Graphviz accepts the dot output")
  }

  @Test func renderJSONGivesBoxesAndAxisAlignedRoutes() throws {
    let result = try run(["render", "flow.yaml", "--format", "json"], in: folder.path)
    let object = try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any]
    let nodes = try #require(object?["nodes"] as? [[String: Any]])
    #expect(nodes.map { $0["name"] as? String } == ["dev", "qa", "prod"])
    #expect(nodes.map { $0["rank"] as? Int } == [0, 1, 2])
    let edges = try #require(object?["edges"] as? [[String: Any]])
    #expect(edges.count == 2)
    for edge in edges {
      let points = try #require(edge["points"] as? [[Int]])
      for (a, b) in zip(points, points.dropFirst()) { #expect(a[0] == b[0] || a[1] == b[1]) }
    }
  }

  @Test func renderFitsAWidthAndShowsPolicyValues() throws {
    let narrow = try run(["render", "flow.yaml", "--width", "40"], in: folder.path)
    #expect(narrow.status == 0)
    #expect(narrow.output.contains("Compact boxes:"))
    let product = try run(["render", "flow.yaml", "--product", "shop"], in: folder.path)
    #expect(product.output.contains("pull request"), "prod's action comes from the prod-pr policy")
    #expect(product.output.contains("come from promotion policies"))
  }
}
