import FlowLayout
import PromotionKit
import TestSupport
import Testing
import Yams

/// promoflow quotes a string when a reader would take its plain text for something else, so its
/// resolver must call non-string at least everything Yams does: every short text made of the
/// characters numbers, booleans and nulls are written with, and random longer ones.
@Suite struct PlainScalarResolverTests {
  static let characters = ["0", "1", "6", "9", "_", ":", ".", "e", "+", "-", "o", "x", "b"]
  static let pieces = [
    "0", "5", "9", "12", "1_", "_", ":", ":5", ":59", ".", "e", "E", "+", "-", "0o", "0x", "0b",
    "a", "f", "inf", ".nan", "~", "y", "n", "on", "null", "true",
  ]

  /// A timestamp's parts, each with right and wrong choices.
  static let timestampParts: [[String]] = [
    ["2001", "201", "20011"], ["-"], ["1", "12", "123", "x"], ["-"], ["2", "14", ""],
    ["", "T", "t", " ", "\t", "  ", "Tt"], ["1", "21", "", "123"], [":"], ["00", "5", ""], [":"],
    ["59", "5"], ["", ".", ".10", ".1x"], ["", " ", "Z", "+5", "-05:00", "+5:0", " x", "Z "],
  ]

  static func readByYamsAsString(_ text: String) -> Bool {
    Resolver.default.resolveTag(of: Node(text)) == .str
  }

  @Test func everyShortNumberLikeTextYamsDoesNotReadAsAStringIsNotAString() {
    var texts = [""]
    var mismatches: [String] = []
    for _ in 1...4 {
      texts = texts.flatMap { text in Self.characters.map { text + $0 } }
      mismatches += texts.filter {
        !Self.readByYamsAsString($0) && PlainScalarResolver.kind(of: $0) == .string
      }
    }
    #expect(mismatches.isEmpty, "taken for strings: \(mismatches.prefix(20))")
  }

  @Test func longerRandomTextsToo() {
    var random = SeededRandom(seed: 60)
    for _ in 0..<20_000 {
      let text = (0..<(2 + random.below(6))).map { _ in random.pick(Self.pieces) }.joined()
      if !Self.readByYamsAsString(text) {
        #expect(PlainScalarResolver.kind(of: text) != .string, "\(text) is taken for a string")
      }
    }
  }

  @Test func randomTimestampLikeTexts() {
    var random = SeededRandom(seed: 2001)
    for _ in 0..<20_000 {
      let length = random.below(Self.timestampParts.count + 1)
      let text = Self.timestampParts.prefix(length).map { random.pick($0) }.joined()
      if !Self.readByYamsAsString(text) {
        #expect(PlainScalarResolver.kind(of: text) != .string, "\(text) is taken for a string")
      }
    }
  }

  @Test(arguments: ["09:0.1", "1:00.1_", "0o1_2", "-0:59.", "190:20:30.15"])
  func baseSixtyFloatsAndOctalsWithSeparators(text: String) {
    #expect(!Self.readByYamsAsString(text))
    #expect(PlainScalarResolver.kind(of: text) != .string)
  }
}
