import FlowLayout
import PromotionKit
import TestSupport
import Testing

/// Byte offsets become positions exactly as a walk from the line's start would give them — on
/// lines of any length (a minified JSON file is one line), in any script, with every line break
/// libyaml knows and bytes that are not UTF-8.
@Suite struct SourceTextTests {
  static let pieces: [[UInt8]] = [
    Array("a".utf8), Array(" ".utf8), Array("é".utf8), Array("日".utf8), Array("😀".utf8),
    Array("\n".utf8), Array("\r\n".utf8), Array("\r".utf8), Array("\u{85}".utf8),
    Array("\u{2028}".utf8), [0xFF], [0xC3], Array("{\"k\":[1,2],".utf8),
  ]

  static func scalarLength(_ byte: UInt8) -> Int {
    switch byte {
    case 0xC0..<0xE0: return 2
    case 0xE0..<0xF0: return 3
    case 0xF0...0xFF: return 4
    default: return 1
    }
  }

  @Test(arguments: 0..<4)
  func locationsMatchAWalk(shard: Int) {
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
