import Foundation
import TestSupport
import Testing

/// `promoflow diff` as a reviewer and CI run it: two files, a revision against the working tree
/// and a revision range, in each format, against a real temporary git repository.
@Suite struct DiffCommandTests {
  static let flow = """
    # the release train
    apiVersion: codefresh.io/v1beta1
    kind: PromotionFlow
    metadata: {name: shop}
    spec:
      triggerEnvironment: dev
      steps:
        - environment: qa
          dependsOn: [dev]
          policy: {action: commit}
        - environment: staging
          dependsOn: [qa]
        - environment: prod
          dependsOn: [staging]
          policy: {action: pr}

    """

  /// prod-eu added after staging, prod by commit now.
  static let changed =
    flow.replacingOccurrences(of: "policy: {action: pr}", with: "policy: {action: commit}")
    + "    - environment: prod-eu\n      dependsOn: [staging]\n"

  let temporary: TemporaryFolder
  var folder: URL { temporary.url }

  init() throws {
    temporary = try TemporaryFolder("pf-diff")
    try write("flows/shop.yaml", Self.flow)
    try write(
      "flows/other.yaml", Self.flow.replacingOccurrences(of: "name: shop", with: "name: other"))
    try write("notes.yaml", "just: data\n")
    try git("init", "-q", "-b", "main")
    try git("add", "-A")
    try git("commit", "-q", "-m", "initial")
  }

  func write(_ name: String, _ text: String) throws {
    let url = folder.appendingPathComponent(name)
    try FileManager.default.createDirectory(
      at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    try text.write(to: url, atomically: true, encoding: .utf8)
  }

  @discardableResult
  func git(_ arguments: String...) throws -> String {
    try Spawn.run(
      ["git", "-C", folder.path, "-c", "user.name=Test", "-c", "user.email=t@example.invalid"]
        + arguments,
      environment: ProcessInfo.processInfo.environment, capture: true)
  }

  func diff(_ arguments: String...) throws -> CommandLineTests.Run {
    try CommandLineTests.runBinary(["diff"] + arguments, in: folder)
  }

  func json(_ text: String) throws -> Any {
    try JSONSerialization.jsonObject(with: Data(text.utf8))
  }

  @Test func twoFilesShowTheChangesInTheFlowsTerms() throws {
    try write("new.yaml", Self.changed)
    let run = try diff("flows/shop.yaml", "new.yaml")
    #expect(run.status == 0, "changes alone are not a failure")
    #expect(
      run.output == """
        shop (new.yaml): 2 changes
          + add prod-eu after staging
          ~ prod: action pr → commit

        """)
    #expect(!run.output.contains("\u{1B}"), "no colour when not on a terminal")
    #expect(try diff("--exit-code", "flows/shop.yaml", "new.yaml").status == 1)
  }

  @Test func onATerminalTextIsColouredUnlessNoColorIsSet() throws {
    try write("new.yaml", Self.changed)
    let command = "'\(CommandLineTests.binary)' diff flows/shop.yaml new.yaml"
    func onTerminal(_ environment: [String: String]) throws -> String {
      var inherited = ProcessInfo.processInfo.environment
      inherited.removeValue(forKey: "NO_COLOR")
      return try Spawn.run(
        ["script", "-qec", "cd '\(folder.path)' && \(command)", "/dev/null"],
        environment: inherited.merging(environment) { $1 }, capture: true)
    }
    let colored = try onTerminal([:])
    #expect(colored.contains("\u{1B}[32m+ add prod-eu after staging\u{1B}[0m"), "\(colored)")
    #expect(colored.contains("\u{1B}[33m~ prod: action pr → commit"))
    let plain = try onTerminal(["NO_COLOR": "1"])
    #expect(plain.contains("+ add prod-eu after staging") && !plain.contains("\u{1B}["))
  }

  @Test func aFormattingOnlyChangeIsNoChange() throws {
    #expect(try CommandLineTests.runBinary(["fmt", "flows/shop.yaml"], in: folder).status == 0)
    try write(
      "flows/shop.yaml",
      try String(contentsOf: folder.appendingPathComponent("flows/shop.yaml"), encoding: .utf8)
        .replacingOccurrences(of: "# the release train", with: "# reviewed"))
    let run = try diff("--exit-code", "HEAD", "flows/shop.yaml")
    #expect(run.status == 0, "\(run.output + run.error)")
    #expect(run.output == "shop (flows/shop.yaml): no changes\n")
  }

  @Test func jsonHasTheDocumentedShape() throws {
    try write(
      "new.yaml",
      Self.changed.replacingOccurrences(
        of: "triggerEnvironment: dev", with: "triggerEnvironment: build"
      ).replacingOccurrences(of: "dependsOn: [dev]", with: "dependsOn: [build]"))
    let run = try diff("--format", "json", "flows/shop.yaml", "new.yaml")
    let object = try #require(try json(run.output) as? [String: Any], "\(run.output)")
    #expect(object["flow"] as? String == "shop")
    let environments = try #require(object["environments"] as? [String: Any])
    #expect(environments["added"] as? [String] == ["prod-eu"])
    #expect(environments["removed"] as? [String] == [])
    let changed = try #require(environments["changed"] as? [[String: Any]])
    #expect(changed.first?["environment"] as? String == "prod")
    let change = try #require((changed.first?["changes"] as? [[String: Any]])?.first)
    #expect(change["field"] as? String == "action")
    #expect(change["from"] as? String == "pr" && change["to"] as? String == "commit")
    let trigger = try #require(object["trigger"] as? [String: Any])
    #expect(trigger["from"] as? String == "dev" && trigger["to"] as? String == "build")
    #expect((object["waves"] as? [Any])?.isEmpty == true)
    #expect((object["settings"] as? [Any])?.isEmpty == true)
  }

  @Test func markdownIsATableAndAMermaidChartWithTheChangesStyled() throws {
    try write(
      "flows/shop.yaml",
      Self.changed.replacingOccurrences(
        of: "    - environment: staging\n      dependsOn: [qa]\n", with: ""
      ).replacingOccurrences(of: "dependsOn: [staging]", with: "dependsOn: [qa]"))
    let run = try diff("HEAD", "--format", "markdown")
    #expect(run.status == 0, "\(run.error)")
    let text = run.output
    #expect(text.contains("### Promotion flow `shop`"))
    #expect(text.contains("| added | add prod-eu after qa |"))
    #expect(text.contains("| removed | remove staging |"))
    #expect(text.contains("```mermaid\nflowchart LR\n"))
    #expect(text.contains("[\"prod-eu\"]:::added"))
    #expect(text.contains("[\"prod\"]:::changed"))
    #expect(text.contains("[\"staging (removed)\"]:::removed"))
    #expect(text.contains("-.->"), "removed edges are dashed")
    #expect(text.contains("classDef removed") && text.contains("stroke-dasharray"))
    #expect(!text.contains("other"), "only the flow that changed")
  }

  @Test func aRevisionRangeComparesEveryFlowThatChangedAndOnlyThose() throws {
    try write("flows/shop.yaml", Self.changed)
    try write("notes.yaml", "just: other data\n")
    try git("commit", "-q", "-am", "change shop")
    try write(
      "flows/added.yaml", Self.flow.replacingOccurrences(of: "name: shop", with: "name: added"))
    try FileManager.default.removeItem(at: folder.appendingPathComponent("flows/other.yaml"))
    let range = try diff("HEAD~1..HEAD")
    #expect(
      range.output.hasPrefix("shop (flows/shop.yaml): 2 changes\n"), "\(range.output + range.error)"
    )
    #expect(!range.output.contains("other") && !range.output.contains("notes"))
    let open = try diff("HEAD~1..", "--format", "json")
    let list = try #require(try json(open.output) as? [[String: Any]], "several flows: a list")
    #expect(list.map { $0["flow"] as? String } == ["shop"])
    let tree = try diff("HEAD")
    #expect(tree.output.contains("added (flows/added.yaml): new flow"), "\(tree.output)")
    #expect(tree.output.contains("other (flows/other.yaml): flow deleted"))
    #expect(tree.output.contains("  - remove qa"))
    #expect(!tree.output.contains("shop ("), "shop is as committed")
    #expect(try git("status", "--porcelain").contains("?? flows/added.yaml"), "nothing checked out")
  }

  @Test func withAProductTheEffectiveValuesThroughPoliciesAreCompared() throws {
    try write(
      "promoflow.yaml",
      "environments:\n  - {name: dev, kind: NON_PROD}\n  - {name: qa, kind: NON_PROD}\n  - {name: staging, kind: NON_PROD}\n  - {name: prod, kind: PROD}\n"
    )
    try write(
      "policies.yaml",
      """
      apiVersion: codefresh.io/v1beta1
      kind: PromotionPolicy
      metadata: {name: prod-commit}
      spec: {priority: 5, policy: {action: commit}, selector: {targetEnvironment: {types: [PROD]}}}
      ---
      apiVersion: codefresh.io/v1beta2
      kind: Product
      metadata: {name: shop}
      spec: {promotionFlows: [{name: shop}]}
      """)
    try write(
      "new.yaml", Self.flow.replacingOccurrences(of: "      policy: {action: pr}\n", with: ""))
    let run = try diff("--product", "shop", "flows/shop.yaml", "new.yaml")
    #expect(run.output.contains("~ prod: action pr → unset"), "\(run.output + run.error)")
    #expect(
      run.output.contains("~ prod: effective action pr (inline) → commit (policy prod-commit)"))
    let object = try #require(
      try json(
        try diff("--product", "shop", "--format", "json", "flows/shop.yaml", "new.yaml").output)
        as? [String: Any])
    let effective = try #require((object["effective"] as? [[String: Any]])?.first)
    #expect((effective["to"] as? [String: Any])?["source"] as? String == "policy:prod-commit")
    #expect(try diff("--product", "nope", "flows/shop.yaml", "new.yaml").status == 2)
  }

  @Test func badInputIsAClearErrorWithStatusTwo() throws {
    let revision = try diff("no-such-branch")
    #expect(revision.status == 2)
    #expect(revision.error.contains("no-such-branch is not a revision"))
    try write("flows/shop.yaml", "spec: [\n")
    try git("commit", "-q", "-am", "break it")
    let broken = try diff("HEAD", "flows/shop.yaml")
    #expect(broken.status == 2)
    #expect(broken.error.hasPrefix("HEAD:flows/shop.yaml:2:1: error:"), "\(broken.error)")
    #expect(
      try diff("notes.yaml", "flows/other.yaml").error.contains("notes.yaml holds no PromotionFlow")
    )
    #expect(try diff().status == 2)
  }
}
