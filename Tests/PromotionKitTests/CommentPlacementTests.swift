import Foundation
import PromotionKit
import TestSupport
import Testing

/// A comment belongs to the block its column says: `fmt` keeps it there, at that block's new
/// column, and an edit that removes the block removes it. No comment is ever dropped, and block
/// scalars stay block scalars.
@Suite struct CommentPlacementTests {
  func format(_ text: String) throws -> String {
    YAMLFormatter.format(try YAMLReader.read(text))
  }

  /// Every nesting depth and source indentation, with the comment after the innermost entry at
  /// each enclosing block's column, followed by an outer entry or the end of the file.
  @Test(arguments: [2, 3, 4], [1, 2, 3, 4])
  func aCommentStaysInTheBlockItsColumnNames(step: Int, depth: Int) throws {
    for owner in 0...depth {
      for followed in [false, true] {
        var lines: [String] = []
        for level in 0..<depth {
          lines.append(String(repeating: " ", count: level * step) + "level\(level):")
        }
        lines.append(String(repeating: " ", count: depth * step) + "leaf: 1")
        lines.append(String(repeating: " ", count: owner * step) + "# owned by \(owner)")
        if followed { lines.append("next: 1") }
        let text = lines.joined(separator: "\n") + "\n"
        let formatted = try format(text)
        let out = formatted.split(separator: "\n").map(String.init)
        let comment = try #require(out.firstIndex { $0.contains("# owned by") }, "\(formatted)")
        #expect(comment == depth + 1, "right after the leaf\n\(text)→\n\(formatted)")
        #expect(
          out[comment].prefix { $0 == " " }.count == owner * 2,
          "at the new column of block \(owner)\n\(text)→\n\(formatted)")
        #expect(try format(formatted) == formatted)
      }
    }
  }

  @Test func aCommentAtAFlushListsKeyColumnIsTheNextKeys() throws {
    let text =
      "spec:\n  steps:\n  - environment: qa\n    dependsOn: [dev]\n  # about the trigger\n  triggerEnvironment: dev\n"
    let formatted = try format(text)
    #expect(
      formatted.hasSuffix("        - dev\n  # about the trigger\n  triggerEnvironment: dev\n"),
      "\(formatted)")
  }

  @Test func commentedOutFieldsStayWithTheirStep() throws {
    let text = """
      apiVersion: codefresh.io/v1beta1
      kind: PromotionFlow
      metadata:
          name: shop
      spec:
          triggerEnvironment: dev
          steps:
          -   environment: qa
              dependsOn: [dev]
              # policy:
              #   action: pr
          -   environment: prod
              dependsOn: [qa]

      """
    let formatted = try format(text)
    #expect(
      formatted.contains(
        "    - environment: qa\n      dependsOn:\n        - dev\n      # policy:\n      #   action: pr\n    - environment: prod\n"
      ), "\(formatted)")
  }

  @Test func removingAStepRemovesTheCommentsIndentedUnderIt() throws {
    let text = """
      apiVersion: codefresh.io/v1beta1
      kind: PromotionFlow
      metadata: {name: shop}
      spec:
        triggerEnvironment: dev
        steps:
          # qa comes first
          - environment: qa
            dependsOn: [dev]
            # policy:
            #   action: pr
          # staging waits for qa
          - environment: staging
            dependsOn: [qa]
            # staging's own note
          - environment: prod
            dependsOn: [staging]
            # prod's own note

      """
    var middle = FlowDocument(file: try YAMLReader.read(text), newFlowName: "")
    middle.flow = try middle.flow.removing("staging", mode: .reconnect).get()
    let withoutStaging = middle.text
    #expect(!withoutStaging.contains("staging"), "\(withoutStaging)")
    #expect(
      withoutStaging.contains("      # policy:\n      #   action: pr\n"),
      "qa keeps its own: \(withoutStaging)")
    var first = FlowDocument(file: try YAMLReader.read(text), newFlowName: "")
    first.flow = try first.flow.removing("qa", mode: .reconnect).get()
    let withoutQA = first.text
    #expect(
      !withoutQA.contains("# policy:") && !withoutQA.contains("qa comes first"), "\(withoutQA)")
    #expect(withoutQA.contains("    # staging waits for qa\n    - environment: staging"))
    var last = FlowDocument(file: try YAMLReader.read(text), newFlowName: "")
    last.flow = try last.flow.removing("prod", mode: .reconnect).get()
    #expect(!last.text.contains("prod"), "\(last.text)")
    #expect(last.text.contains("      # staging's own note\n"))
  }

  @Test func commentsInBracketsStayWithTheirItems() throws {
    let formatted = try format("a: [dev,   # first\n  qa] # second\nb: {x: 1, # one\n  y: 2}\n")
    #expect(formatted == "a:\n  - dev # first\n  - qa # second\nb:\n  x: 1 # one\n  y: 2\n")
  }

  @Test func commentsBetweenKeyAndValueAreKept() throws {
    let formatted = try format(
      "key:\n  # between key and value\n  value\n? complex\n# between\n: v\n")
    #expect(formatted.contains("# between key and value\nkey: value\n"), "\(formatted)")
    #expect(formatted.contains("# between\ncomplex: v\n"), "\(formatted)")
  }

  /// Literal and folded, every chomping, tabs, leading blank lines, explicit indentation: fmt
  /// keeps each a block scalar with the same value.
  @Test(arguments: [
    "|\n  echo a\n  \tindented with tab\n  done\n", ">-\n  {\"a\": 1,\n   \"b\": 2}\n  end\n",
    ">\n  one\n  two\n\n  three\n", "|\n\n  after a blank line\n", "|+\n  keep\n\n\n",
    "|2\n    two more\n  base\n", ">+\n  folded\n   more\n\n", "|-\n  strip", "|\n", ">-\n",
    "|\n    deeper\n", "!!str |\n  tagged\n", "| # header comment\n  text\n",
  ])
  func blockScalarsStayBlockScalars(scalar: String) throws {
    for (prefix, shift) in [("key: ", 0), ("list:\n    - ", 4), ("a:\n      b: ", 6)] {
      let lines = scalar.split(separator: "\n", omittingEmptySubsequences: false)
      let shifted = lines.enumerated().map { index, line in
        index == 0 || line.isEmpty ? String(line) : String(repeating: " ", count: shift) + line
      }
      let text = prefix + shifted.joined(separator: "\n")
      let formatted = try format(text)
      let before = try #require(YAMLTokens(text))
      let after = try #require(YAMLTokens(formatted))
      #expect(after.blockScalars == before.blockScalars, "\(text)→\n\(formatted)")
      #expect(try YAMLData.documents(formatted) == YAMLData.documents(text), "\(formatted)")
      #expect(after.comments == before.comments)
      #expect(try format(formatted) == formatted)
      let style = scalar.contains(">") ? ">" : "|"
      #expect(formatted.contains(style), "the style stays \(style): \(formatted)")
    }
  }

  @Test func argosCompactNestedSequencesStayCompact() throws {
    let text = """
      steps:
      - - name: build
          template: build
        - name: test
          template: test
      - - name: deploy
          template: deploy

      """
    let formatted = try format(text)
    #expect(
      formatted
        == "steps:\n  - - name: build\n      template: build\n    - name: test\n      template: test\n  - - name: deploy\n      template: deploy\n"
    )
  }
}
