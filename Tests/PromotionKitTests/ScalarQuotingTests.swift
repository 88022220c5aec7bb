import FlowLayout
import PromotionKit
import TestSupport
import Testing

/// Whatever text a user types, promoflow writes it so that it reads back as the same string, in
/// block and in flow context.
@Suite struct ScalarQuotingTests {
  static let alphabet: [String] = [
    "a", "Z", "0", "9", " ", "  ", "-", "?", ":", ",", "[", "]", "{", "}", "#", "&", "*", "!", "|",
    ">", "'", "\"",
    "%", "@", "`", "\\", "\n", "\t", "\r", "\u{0}", "\u{7}", "\u{1B}", "\u{85}", "\u{A0}",
    "\u{2028}", "\u{FEFF}", "\u{FFFE}", "\u{FFFF}", "\u{80}",
    "é", "東", "😀", "---", "...", "yes", "null", "1.5", "0x", "~", ": ", " #",
  ]

  /// A random string. Foundation drops a byte order mark at the very start of any string it
  /// decodes (Yams reads through it), so such a value gets a letter in front.
  static func randomString(_ random: inout SeededRandom) -> String {
    let value = (0..<Int.random(in: 0...6, using: &random)).map { _ in random.pick(alphabet) }
      .joined()
    return value.hasPrefix("\u{FEFF}") ? "x" + value : value
  }

  static let base = """
    apiVersion: codefresh.io/v1beta1
    kind: PromotionFlow
    metadata:
      name: q
      labels: {team: x}
      annotations:
        description: plain
    spec:
      triggerEnvironment: dev
      steps: [{environment: qa, dependsOn: [dev]}]

    """

  @Test func randomStringsReadBackTheSameInBlockAndFlowContext() throws {
    let file = try YAMLReader.read(Self.base)
    var random = SeededRandom(seed: 42)
    for _ in 0..<3_000 {
      let value = Self.randomString(&random)
      var document = FlowDocument(file: file, newFlowName: "")
      document.flow.description = value
      document.flow.labels = [KeyValue("team", value)]
      let text = document.text
      guard let data = try? YAMLData.documents(text)[0] else {
        Issue.record("unreadable for \(value.debugDescription):\n\(text)")
        continue
      }
      #expect(
        data["metadata", "annotations", "description"] == .string(value),
        "block: \(value.debugDescription) → \(text)")
      #expect(
        data["metadata", "labels", "team"] == .string(value),
        "flow: \(value.debugDescription) → \(text)")
      let formatted = YAMLFormatter.format(try YAMLReader.read(text))
      #expect(try YAMLData.documents(formatted)[0] == data, "fmt: \(value.debugDescription)")
    }
  }
}

/// Reading keeps aliases as aliases, and `fmt` writes them back as aliases (bombs are refused
/// before reading: see InputLimitsTests).
@Suite struct AliasTests {
  /// YAML 1.1 lets digit separators follow the dot: Yams reads a plain `._5` as a float, so
  /// `fmt` keeps the quotes of such a string.
  @Test(arguments: ["._014220", "._5", "-.5_"])
  func floatsWithSeparatorsAfterTheDotStayQuoted(text: String) throws {
    #expect(PlainScalarResolver.kind(of: text) == .float)
    let formatted = YAMLFormatter.format(try YAMLReader.read("v: \"\(text)\"\n"))
    #expect(try YAMLData.documents(formatted).first?["v"] == .string(text), "\(formatted)")
  }

  @Test func aliasesStayAliasesThroughFormatting() throws {
    var lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
    for level in 1...4 {
      let previous = "*a\(level - 1)"
      lines.append(
        "a\(level): &a\(level) [\(Array(repeating: previous, count: 10).joined(separator: ", "))]")
    }
    let file = try YAMLReader.read(lines.joined(separator: "\n") + "\n")
    let root = try #require(file.documents.first?.root)
    let last = try #require(root["a4"]?.items)
    #expect(last.count == 10)
    if case .alias(let name) = last[0].content {
      #expect(name == "a3")
    } else {
      Issue.record("expected an alias")
    }
    #expect(YAMLFormatter.format(file).contains("a4: &a4\n  - *a3\n"))
  }
}

/// Which plain scalars read as YAML 1.1 timestamps: only whole ones, so text that merely starts
/// with a date reads (and is formatted) as text.
@Suite struct TimestampResolutionTests {
  @Test(arguments: [
    "2001-12-14", "2001-1-2", "2001-12-14t21:59:43.10-05:00", "2001-12-14 21:59:43.10 -5",
    "2001-12-14 21:59:43Z", "2001-12-15T02:59:43.1Z", "2001-12-14\t1:02:03",
  ])
  func wholeTimestamps(text: String) {
    #expect(PlainScalarResolver.kind(of: text) == .other)
  }

  @Test(arguments: [
    "2001-12-14 notes", "2001-12-14\t3", "3332-3-3 3\n¥", "2001-12-14T21:59", "20011-12-14",
    "2001-12-14 21:59:43 +", "2001-12-14 21:59:43Zulu",
  ])
  func textThatStartsWithADate(text: String) {
    #expect(PlainScalarResolver.kind(of: text) == .string)
  }
}

/// A value that starts with U+FEFF keeps it in every style (Yams alone drops it), and `fmt`
/// writes it as an escape, so it can never turn into a byte order mark at the start of a file.
@Suite struct ByteOrderMarkValueTests {
  @Test(arguments: [
    "a: \u{FEFF}x\n", "a: '\u{FEFF}x'\n", "a: \"\\uFEFFx\"\n", "a: \"\\U0000FEFFx\"\n",
    "a: |\n  \u{FEFF}x\n",
  ])
  func aLeadingFEFFIsKept(text: String) throws {
    let file = try YAMLReader.read(text)
    let value = try #require(file.documents.first?.root?["a"]?.scalar?.value)
    #expect(value.hasPrefix("\u{FEFF}x"))
    #expect(YAMLFormatter.format(file).hasPrefix("a: \"\\uFEFFx"))
  }

  @Test func aDocumentOfOnlyFEFFIsNotMistakenForAMark() throws {
    let file = try YAMLReader.read(SourceText(bytes: [0x20, 0x20, 0xEF, 0xBB, 0xBF]))
    #expect(YAMLFormatter.format(file) == "\"\\uFEFF\"\n")
  }
}
