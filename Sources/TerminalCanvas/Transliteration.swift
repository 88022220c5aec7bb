/// Plain ASCII stand-ins for the symbols promoflow draws, for terminals without Unicode: nothing
/// is ever shown as a blank.
public enum Transliteration {
  static let table: [Character: String] = [
    "—": "-", "–": "-", "…": "~", "▶": ">", "▸": ">", "◂": "<", "✓": "v", "⚠": "!", "·": ".",
    "•": "*",
    "→": ">", "←": "<", "↑": "^", "↓": "v", "×": "x", "─": "-", "│": "|", "┌": "+", "┐": "+",
    "└": "+",
    "┘": "+", "├": "+", "┤": "+", "┬": "+", "┴": "+", "┼": "+",
  ]

  /// The text with every non-ASCII character replaced (by its stand-in, else `?`).
  public static func ascii(_ text: String) -> String {
    guard !text.unicodeScalars.allSatisfy(\.isASCII) else { return text }
    return text.map { character in
      character.isASCII ? String(character) : table[character] ?? "?"
    }.joined()
  }
}
