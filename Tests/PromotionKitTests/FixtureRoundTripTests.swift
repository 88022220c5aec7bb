import PromotionKit
import TestSupport
import Testing

/// Fixture files of every shape: saved unchanged they are byte-identical; `fmt` gives the
/// reviewed golden, keeps the data, and is idempotent.
@Suite struct FixtureRoundTripTests {
  @Test(arguments: Fixtures.yamlNames)
  func unchangedSaveIsByteIdentical(_ name: String) throws {
    let text = try Fixtures.text(name)
    let file = try YAMLReader.read(text)
    #expect(FlowDocument(file: file, newFlowName: "x").text == text)
    var desired: [Int: YAMLNode] = [:]
    for (index, document) in file.documents.enumerated() { desired[index] = document.root }
    #expect(file.replacingRoots(desired) == text)
  }

  @Test(arguments: Fixtures.yamlNames)
  func formatMatchesTheReviewedGolden(_ name: String) throws {
    let text = try Fixtures.text(name)
    let formatted = YAMLFormatter.format(try YAMLReader.read(text))
    let golden = try Fixtures.text(name.replacingOccurrences(of: ".yaml", with: ".fmt.golden"))
    #expect(
      formatted == golden,
      """
      fmt of \(name) differs from its golden:
      \(LineDiff.unified(old: golden, new: formatted, oldName: "golden", newName: "fmt")
        .joined(separator: "\n"))
      """)
    #expect(try YAMLData.documents(formatted) == YAMLData.documents(text))
    #expect(YAMLFormatter.format(try YAMLReader.read(formatted)) == formatted)
  }

  /// Comments between a node's tag and its value are kept: after the tag, on lines before the
  /// text, and after the value, in that order.
  @Test func commentsAroundTagsAreKept() throws {
    let text = "k: !t # one\n  # two\n  v # three\nm: &a !map # four\n  x: 1\n"
    let formatted = YAMLFormatter.format(try YAMLReader.read(text + "---\n" + "!t\n# six\nT\n"))
    #expect(
      formatted
        == "k: !t v # one # two # three\nm: &a !map # four\n  x: 1\n---\n!t T # six\n")
  }

  /// A comment after a flow collection that `fmt` writes as a block moves to the line above it.
  @Test func commentsAfterFlowCollectionsAreKept() throws {
    let formatted = YAMLFormatter.format(try YAMLReader.read("- {a: 1} # c\n---\n{b: 2} # e\n"))
    #expect(formatted == "# c\n- a: 1\n---\n# e\nb: 2\n")
  }

  /// For libyaml a `#` right after a token starts a comment, blank or not (`"q"#c`, `[#c`):
  /// such comments are kept, and the `]` in `[#]` is part of a comment, not the closing one.
  @Test func commentsRightAfterATokenAreKept() throws {
    let formatted = YAMLFormatter.format(try YAMLReader.read("n: \"q\"#f\no: [a]#g\np: [#]\n  ]\n"))
    #expect(formatted == "n: q #f\no: #g\n  - a\n#]\np: []\n")
  }

  @Test func lineEndingsAndAMissingFinalNewlineAreKept() throws {
    let crlf =
      "apiVersion: codefresh.io/v1beta1\r\nkind: PromotionFlow\r\nmetadata:\r\n  name: x\r\nspec:\r\n  triggerEnvironment: dev\r\n  steps:\r\n    - environment: qa\r\n      dependsOn: [dev]\r\n"
    var document = FlowDocument(file: try YAMLReader.read(crlf), newFlowName: "")
    #expect(document.text == crlf)
    document.flow.steps[0].action = .commit
    document.flow.steps.append(FlowStep(environment: "prod", dependsOn: ["qa"]))
    let edited = document.text
    #expect(
      !edited.replacingOccurrences(of: "\r\n", with: "").contains("\n"), "every new line uses CRLF")
    #expect(YAMLFormatter.format(try YAMLReader.read(crlf)).contains("\r\n"))

    let unterminated =
      "apiVersion: codefresh.io/v1beta1\nkind: PromotionFlow\nmetadata: {name: x}\nspec:\n  triggerEnvironment: dev\n  steps:\n    - environment: qa\n      dependsOn: [dev]"
    var open = FlowDocument(file: try YAMLReader.read(unterminated), newFlowName: "")
    #expect(open.text == unterminated)
    open.flow.hooks.onFail = "page"
    #expect(open.text == unterminated + "\n  hooks:\n    onFail: page")
  }
}

/// Exact diffs of edits on hand-written files: a reviewer sees only the change that was made.
@Suite struct MinimalDiffTests {
  func edit(_ name: String, _ change: (inout PromotionFlow) -> Void) throws -> LineDiff {
    try edit(text: Fixtures.text(name), change)
  }

  func edit(text: String, _ change: (inout PromotionFlow) -> Void) throws -> LineDiff {
    var document = FlowDocument(file: try YAMLReader.read(text), newFlowName: "")
    change(&document.flow)
    let result = document.text
    #expect(
      try FlowDocument(file: YAMLReader.read(result), newFlowName: "").flow.withoutOrigins
        == document.flow.withoutOrigins)
    return LineDiff(text, result)
  }

  @Test func changingOneActionIsAOneLineDiff() throws {
    let diff = try edit("block-style.yaml") { $0.steps[0].action = .pullRequest }
    #expect(diff.removed.map(\.line) == ["        action: commit"])
    #expect(diff.added.map(\.line) == ["        action: pr"])
  }

  @Test func editsInFlowStyleStayOnTheirLine() throws {
    let diff = try edit("flow-style.yaml") { $0.steps[1].action = .noAction }
    #expect(diff.changedLineCount == 2)
    #expect(
      diff.added.first?.line
        == "    {environment: prod, dependsOn: [qa], policy: {action: none, preAction: gate}}], promotionTimeoutLimit: 30}"
    )
  }

  @Test func anItemThatIsNotAStepStaysWhenAnotherStepIsEdited() throws {
    let text = """
      apiVersion: codefresh.io/v1beta1
      kind: PromotionFlow
      metadata:
        name: shop
      spec:
        triggerEnvironment: dev
        steps:
          - qa
          - environment: prod
            dependsOn: [dev]

      """
    let diff = try edit(text: text) { $0.steps[1].action = .pullRequest }
    #expect(diff.removed.isEmpty)
    #expect(diff.added.map(\.line) == ["      policy:", "        action: pr"])
  }

  /// `{c:` with its value missing: a new entry goes after the `:`, with a space before the
  /// comma, since libyaml refuses `c:,`.
  @Test func anEntryAddedAfterAMissingFlowValueGoesAfterItsColon() throws {
    let text =
      "apiVersion: codefresh.io/v1beta1\nkind: PromotionFlow\nmetadata: {name: shop}\n"
      + "spec: {steps: [m, {environment: prod, c:\n  }]}\n"
    let diff = try edit(text: text) { $0.steps[1].action = .pullRequest }
    #expect(
      diff.added.map(\.line) == [
        "spec: {steps: [m, {environment: prod, c: , policy: {action: pr}"
      ])
  }

  @Test func addingAPolicyToAStepInsertsOnlyItsLines() throws {
    let diff = try edit("indentless.yaml") { $0.steps[1].action = .pullRequest }
    #expect(diff.removed.isEmpty)
    #expect(diff.added.map(\.line) == ["        policy:", "            action: pr"])
  }

  @Test func removingAStepTakesItsCommentAndNothingElse() throws {
    let diff = try edit("block-style.yaml") {
      $0 = try! $0.removing("staging", mode: .reconnect).get()
    }
    #expect(
      diff.removed.map(\.line) == [
        "    # staging waits for qa only", "    - environment: staging", "      dependsOn: [qa]",
        "        - staging", "        - staging",
      ])
    #expect(diff.added.map(\.line) == ["        - qa", "        - qa"])
  }

  @Test func editingTheFlowLeavesOtherDocumentsByteIdentical() throws {
    let text = try Fixtures.text("multi-document.yaml")
    var document = FlowDocument(file: try YAMLReader.read(text), newFlowName: "")
    document.flow.steps.append(
      FlowStep(environment: "prod", dependsOn: ["qa"], action: .pullRequest))
    let result = document.text
    let diff = LineDiff(text, result)
    #expect(diff.removed.isEmpty)
    #expect(
      diff.added.map(\.line) == [
        "    - environment: prod", "      dependsOn:", "        - qa", "      policy:",
        "        action: pr",
      ])
    #expect(result.hasPrefix(text.components(separatedBy: "# the flow")[0]))
    #expect(
      result.hasSuffix(
        "...\n---\napiVersion: v1\nkind: ConfigMap\nmetadata: {name: other}\ndata:\n  key: value\n")
    )
  }

  @Test func anAliasedValueIsReplacedOnlyWhenEdited() throws {
    let diff = try edit("anchors.yaml") { $0.steps[1].action = .pullRequest }
    #expect(diff.removed.map(\.line) == ["      policy: *commit"])
    #expect(
      diff.added.map(\.line) == [
        "      policy:", "        action: pr", "        preAction: smoke-tests",
      ])
    let untouched = try edit("anchors.yaml") { $0.steps[2].action = .noAction }
    #expect(untouched.removed.isEmpty)
  }

  @Test func editingAnAnchoredValueKeepsWhatItsAliasesMean() throws {
    let diff = try edit("anchors.yaml") { $0.steps[0].action = .pullRequest }
    #expect(diff.removed.map(\.line) == ["        action: commit", "      policy: *commit"])
    #expect(
      diff.added.map(\.line) == [
        "        action: pr", "      policy: &commit", "        action: commit",
        "        preAction: smoke-tests",
      ])
  }

  @Test func removingAnAnchoredValueWritesItOutWhereItIsStillUsed() throws {
    let diff = try edit("anchors.yaml") { flow in
      flow = try! flow.removing("qa", mode: .reconnect).get()
    }
    #expect(diff.added.map(\.line).contains("      dependsOn: &from-dev"))
    #expect(
      diff.removed.map(\.line).contains("      policy: *commit"), "qa's policy now stands here")
  }

  @Test func multiLineDescriptionsBecomeLiteralBlocks() throws {
    let diff = try edit("literal-blocks.yaml") { $0.description = "Two\nlines" }
    #expect(
      diff.removed.map(\.line) == [
        "    description: |", "      A flow whose description", "      spans lines.",
      ])
    #expect(diff.added.map(\.line) == ["    description: |-", "      Two", "      lines"])
  }

  @Test func quotingStaysSafeForValuesThatLookLikeOtherTypes() throws {
    for value in [
      "1.0", "yes", "null", "0755", "true", "~", "1e3", "0x1F", "12:30", "2001-12-14", "- x",
      "a: b", "#c", "@x", "",
    ] {
      let diff = try edit("block-style.yaml") { $0.version = value }
      let line = try #require(diff.added.first?.line)
      let reread = try YAMLData.documents("v:" + line.dropFirst("    version:".count))
      #expect(reread.first?["v"] == .string(value), "\(value) written as \(line)")
    }
  }
}
