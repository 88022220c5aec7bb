/// The line strokes a cell carries toward its neighbours. Lines are drawn by adding strokes to
/// cells; one total mapping turns any combination into a glyph, so lines that cross, join or
/// branch always compose into the right junction.
public struct Strokes: OptionSet, Hashable, Sendable {
  public let rawValue: UInt8

  public init(rawValue: UInt8) { self.rawValue = rawValue }

  public static let north = Strokes(rawValue: 1)
  public static let east = Strokes(rawValue: 2)
  public static let south = Strokes(rawValue: 4)
  public static let west = Strokes(rawValue: 8)

  public static let horizontal: Strokes = [.east, .west]
  public static let vertical: Strokes = [.north, .south]
}

/// The characters a canvas is drawn with: Unicode box drawing, or plain ASCII for terminals
/// without Unicode.
public struct GlyphSet: Sendable, Equatable {
  /// Glyphs for each of the 16 stroke combinations, indexed by `Strokes.rawValue`.
  public let strokes: [String]
  public let arrowRight: String
  public let ellipsis: String
  /// The UTF-8 bytes of each stroke glyph in one flat table, four bytes per glyph: up to three
  /// bytes of UTF-8, then the count — for fast text output.
  let flatStrokeBytes: [UInt8]

  init(strokes: [String], arrowRight: String, ellipsis: String) {
    self.strokes = strokes
    self.arrowRight = arrowRight
    self.ellipsis = ellipsis
    flatStrokeBytes = strokes.flatMap { glyph -> [UInt8] in
      let utf8 = Array(glyph.utf8.prefix(3))
      return utf8 + Array(repeating: 0, count: 3 - utf8.count) + [UInt8(utf8.count)]
    }
  }

  public static let unicode = GlyphSet(
    strokes: [
      " ", "╵", "╶", "└", "╷", "│", "┌", "├",
      "╴", "┘", "─", "┴", "┐", "┤", "┬", "┼",
    ],
    arrowRight: "▶", ellipsis: "…")

  public static let ascii = GlyphSet(
    strokes: [
      " ", "|", "-", "+", "|", "|", "+", "+",
      "-", "+", "-", "+", "+", "+", "+", "+",
    ],
    arrowRight: ">", ellipsis: "~")

  public func glyph(for strokes: Strokes) -> String { self.strokes[Int(strokes.rawValue & 0x0F)] }

  /// The strokes a box-drawing glyph stands for (the inverse of `glyph(for:)` on Unicode).
  public static func strokes(of glyph: Character) -> Strokes? {
    guard let index = unicode.strokes.firstIndex(of: String(glyph)), index > 0 else { return nil }
    return Strokes(rawValue: UInt8(index))
  }
}
