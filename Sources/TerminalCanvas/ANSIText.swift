/// The canvas as text with ANSI SGR colour codes, for `promoflow render` on a terminal.
extension Canvas {
  public func ansiText(glyphs: GlyphSet = .unicode, color: Bool = true) -> String {
    var output = ""
    for row in 0..<height {
      var current = Style.plain
      var line = ""
      for column in 0..<width {
        let cell = self[column, row]
        if cell.isContinuation { continue }
        let style = color ? cell.style : cell.style.withoutColor
        if style != current {
          line += Self.sgr(style)
          current = style
        }
        line += glyph(x: column, y: row, glyphs: glyphs)
      }
      if current != .plain { line += "\u{1B}[0m" }
      while line.hasSuffix(" ") { line.removeLast() }
      output += line + "\n"
    }
    return output
  }

  static func sgr(_ style: Style) -> String {
    var codes = ["0"]
    if style.bold { codes.append("1") }
    if style.dim { codes.append("2") }
    if style.underline { codes.append("4") }
    if style.reverse { codes.append("7") }
    if let foreground = style.foreground { codes.append(String(30 + foreground.rawValue)) }
    if let background = style.background { codes.append(String(40 + background.rawValue)) }
    return "\u{1B}[" + codes.joined(separator: ";") + "m"
  }
}
