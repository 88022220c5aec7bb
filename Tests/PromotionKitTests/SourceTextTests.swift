import FlowLayout
import PromotionKit
import TestSupport
import Testing

/// Marks become byte offsets and offsets become positions exactly as a walk from the line's start
/// would give them — on lines of any length (a minified JSON file is one line), in any script,
/// with every line break libyaml knows and bytes that are not UTF-8.
@Suite struct SourceTextTests {
  static let pieces: [[UInt8]] = [
    Array("a".utf8), Array(" ".utf8), Array("é".utf8), Array("日".utf8), Array("😀".utf8),
    Array("\n".utf8), Array("\r\n".utf8), Array("\r".utf8), Array("\u{85}".utf8),
    Array("\u{2028}".utf8), [0xFF], [0xC3], Array("{\"k\":[1,2],".utf8),
  ]

  /// The reference: a walk from the line's start, one Unicode scalar at a time.
  static func naiveOffset(_ text: SourceText, line: Int, column: Int) -> Int {
    guard line >= 1 else { return 0 }
    guard line <= text.lineStarts.count else { return text.bytes.count }
    var index = text.lineStarts[line - 1]
    for _ in 1..<max(column, 1) where index < text.bytes.count {
      index += scalarLength(text.bytes[index])
    }
    return min(index, text.bytes.count)
  }

  static func scalarLength(_ byte: UInt8) -> Int {
    switch byte {
    case 0xC0..<0xE0: return 2
    case 0xE0..<0xF0: return 3
    case 0xF0...0xFF: return 4
    default: return 1
    }
  }

  @Test(arguments: 0..<4)
  func offsetsAndLocationsMatchAWalk(shard: Int) {
    var random = SeededRandom(seed: 77 + UInt64(shard))
    for _ in 0..<40 {
      var bytes: [UInt8] = []
      // Long lines (past several checkpoints) as often as short ones.
      let count = random.pick([5, 70, 300, 1_500])
      for _ in 0..<count {
        let piece =
          random.chance(0.02)
          ? random.pick(Self.pieces) : random.pick(Self.pieces.prefix(5).map { $0 })
        bytes += piece
      }
      let text = SourceText(bytes: bytes)
      for line in 1...text.lineCount {
        let lineStart = text.lineStarts[line - 1]
        let next = line < text.lineCount ? text.lineStarts[line] : bytes.count
        for column in stride(from: 1, through: next - lineStart + 70, by: random.pick([1, 7, 63])) {
          let expected = Self.naiveOffset(text, line: line, column: column)
          #expect(
            text.offset(line: line, column: column) == expected, "line \(line) column \(column)")
        }
      }
      for offset in stride(from: 0, through: bytes.count, by: 1) {
        let location = text.location(of: offset)
        let lineStart = text.lineStarts[location.line - 1]
        var column = 1
        var index = lineStart
        while index < offset && index < bytes.count {
          index += Self.scalarLength(bytes[index])
          column += 1
        }
        #expect(location.column == column, "offset \(offset)")
      }
    }
  }
}
