import PromotionKit
import Testing

/// Hostile input fails fast with a coded diagnostic; input just inside each limit still works.
@Suite struct InputLimitsTests {
  func readError(_ text: String) -> YAMLReadError? {
    do {
      _ = try YAMLReader.read(text)
      return nil
    } catch {
      return error
    }
  }

  /// `levels` anchors, each a list of ten aliases of the one before: 10^levels nodes expanded.
  func laughs(levels: Int) -> String {
    var text = "l0: &l0 [x, x, x, x, x, x, x, x, x, x]\n"
    for level in 1...levels {
      let alias = "*l\(level - 1)"
      text +=
        "l\(level): &l\(level) [" + Array(repeating: alias, count: 10).joined(separator: ", ")
        + "]\n"
    }
    return text
  }

  @Test func aliasBombsAreRefusedBeforeAnyTreeIsBuilt() throws {
    let values = try #require(readError(laughs(levels: 9)))
    #expect(values.code == "alias-bomb")
    #expect(values.location.line == 6, "it stops at the alias that passes the budget")
    let keys = laughs(levels: 8) + "? *l8\n: 1\n? [*l8, *l8]\n: 2\n"
    #expect(readError(keys)?.code == "alias-bomb", "aliased keys that Yams would hash in full")
  }

  @Test func ordinaryAliasesAndStarsInTextStillRead() throws {
    let file = try YAMLReader.read(laughs(levels: 4) + "cron: '*/5 * * * *'\nglob: a*b\n")
    #expect(file.documents.count == 1)
    #expect(readError("base: &b {x: 1}\nmerged:\n  <<: *b\n  y: 2\n") == nil)
  }

  /// Anchors belong to their document: Yams would resolve `*x` from an earlier one, and a tree
  /// built that way points into the other document's text.
  @Test func anAliasToAnotherDocumentsAnchorIsRefused() throws {
    let error = try #require(readError("a: &x {k: []}\n---\nb: *x\n"))
    #expect(error.code == "undefined-alias")
    #expect(error.location == SourceLocation(line: 3, column: 4))
    #expect(readError("a: &x 1\nb: *x\n---\nc: &x 2\nd: *x\n") == nil)
  }

  /// Yams drops a key's leading U+FEFF where libyaml keeps it; a file with one would read as a
  /// different mapping to each, and an edit that adds `policy` next to `\u{FEFF}policy` would
  /// write a file that no longer reads.
  @Test func aKeyStartingWithAByteOrderMarkIsRefused() throws {
    let step = "steps:\n  - environment: a\n    \u{FEFF}policy:\n"
    let error = try #require(readError(step))
    #expect(error.code == "byte-order-mark-in-key")
    #expect(error.location == SourceLocation(line: 3, column: 5))
    #expect(readError("{\"\\uFEFFa\": 1}\n")?.code == "byte-order-mark-in-key")
    #expect(readError("\u{FEFF}steps: []\nvalue: \u{FEFF}kept\nkey\u{FEFF}: 1\n") == nil)
  }

  func nested(_ depth: Int) -> String {
    "a: " + String(repeating: "[", count: depth) + String(repeating: "]", count: depth) + "\n"
  }

  @Test func nestingDeeperThanTheLimitIsRefused() throws {
    let error = try #require(readError(nested(InputLimits.maximumNestingDepth)))
    #expect(error.code == "too-deep")
    #expect(error.message.contains("more than \(InputLimits.maximumNestingDepth) levels"))
    var block = ""
    for level in 0...InputLimits.maximumNestingDepth {
      block += String(repeating: " ", count: level) + "k:\n"
    }
    #expect(readError(block)?.code == "too-deep", "block nesting counts too")
  }

  @Test func deepButAllowedNestingFormatsAndReadsBack() throws {
    let file = try YAMLReader.read(nested(InputLimits.maximumNestingDepth - 1))
    let formatted = YAMLFormatter.format(file)
    let again = try YAMLReader.read(formatted)
    #expect(YAMLFormatter.format(again) == formatted)
  }

  func flowText(environments: Int) -> String {
    var lines = [
      "apiVersion: codefresh.io/v1beta1", "kind: PromotionFlow", "metadata: {name: big}", "spec:",
      "  triggerEnvironment: e0", "  steps:",
    ]
    for index in 1..<environments {
      lines.append("    - {environment: e\(index), dependsOn: [e\(index - 1)]}")
    }
    return lines.joined(separator: "\n") + "\n"
  }

  @Test func tooManyEnvironmentsIsOneErrorAtTheSteps() throws {
    let file = try YAMLReader.read(flowText(environments: InputLimits.maximumEnvironments + 1))
    let diagnostics = FlowValidator.validate(file: file, documentIndex: 0)
    #expect(diagnostics.map(\.code) == ["too-many-environments"])
    #expect(diagnostics.first?.location == SourceLocation(line: 7, column: 5))
    let document = FlowDocument(file: file, newFlowName: "")
    #expect(InputLimits.environmentCountError(document)?.location?.line == 7)
  }

  @Test func tenThousandEnvironmentsValidateCleanly() throws {
    let file = try YAMLReader.read(flowText(environments: 10_000))
    #expect(FlowValidator.validate(file: file, documentIndex: 0).isEmpty)
  }

  @Test func addingPastTheLimitIsRefused() throws {
    var flow = PromotionFlow(name: "big", triggerEnvironment: "e0")
    flow.steps = (1..<InputLimits.maximumEnvironments).map {
      FlowStep(environment: "e\($0)", dependsOn: ["e0"])
    }
    guard case .failure(let error) = flow.addingTarget("one-more", dependingOn: "e0") else {
      Issue.record("a flow grew past the limit")
      return
    }
    #expect(error == .tooManyEnvironments(limit: InputLimits.maximumEnvironments))
  }

  @Test func aByteOrderMarkIsKeptAndPositionsStayRight() throws {
    let text =
      "\u{FEFF}# flow\napiVersion: codefresh.io/v1beta1\nkind: PromotionFlow\nmetadata: {name: x}\nspec:\n  triggerEnvironment: dev\n  steps: [{environment: qa, dependsOn: [dve]}]\n"
    let file = try YAMLReader.read(text)
    let formatted = YAMLFormatter.format(file)
    #expect(formatted.hasPrefix("\u{FEFF}# flow\napiVersion"))
    #expect(YAMLFormatter.format(try YAMLReader.read(formatted)) == formatted)
    let diagnostics = FlowValidator.validate(file: file, documentIndex: 0)
    #expect(diagnostics.map(\.code) == ["unknown-dependency"])
    #expect(diagnostics.first?.location == SourceLocation(line: 7, column: 41))
  }
}
