import TerminalCanvas
import Testing

/// The cell grid: strokes compose into junctions, wide characters take two cells, drawing clips.
@Suite struct CanvasTests {
  @Test func everyStrokeCombinationHasItsGlyph() {
    let expected = [" ", "╵", "╶", "└", "╷", "│", "┌", "├", "╴", "┘", "─", "┴", "┐", "┤", "┬", "┼"]
    for raw in 0..<16 {
      var canvas = Canvas(width: 1, height: 1)
      canvas.stroke(x: 0, y: 0, Strokes(rawValue: UInt8(raw)))
      #expect(canvas.glyph(x: 0, y: 0) == expected[raw])
      #expect(
        raw == 0 || GlyphSet.strokes(of: Character(expected[raw])) == Strokes(rawValue: UInt8(raw)))
    }
  }

  @Test func crossingAndJoiningLinesCompose() {
    var canvas = Canvas(width: 5, height: 5)
    canvas.line(from: (0, 2), to: (4, 2))
    canvas.line(from: (2, 0), to: (2, 4))
    canvas.box(x: 0, y: 0, width: 5, height: 5)
    #expect(canvas.text() == "┌─┬─┐\n│ │ │\n├─┼─┤\n│ │ │\n└─┴─┘\n")
    #expect(canvas.text(glyphs: .ascii) == "+-+-+\n| | |\n+-+-+\n| | |\n+-+-+\n")
  }

  @Test func wideCharactersTakeTwoColumnsAndClip() {
    var canvas = Canvas(width: 6, height: 1)
    #expect(canvas.put("東京x", x: 0, y: 0) == 5)
    #expect(canvas.text() == "東京x\n")
    var narrow = Canvas(width: 3, height: 1)
    narrow.put("東京", x: 0, y: 0)
    #expect(narrow.text() == "東\n", "a wide character that does not fit is not half-drawn")
    var clipped = Canvas(width: 4, height: 1)
    clipped.put("abcdef", x: 0, y: 0, maxWidth: 4)
    #expect(clipped.text() == "abc…\n")
    clipped.put("zz", x: -1, y: 0)
    clipped.put("q", x: 9, y: 5)
    #expect(clipped.text() == "zbc…\n")
  }

  @Test func displayWidthFollowsWcwidth() {
    #expect(DisplayWidth.of("abc") == 3)
    #expect(DisplayWidth.of("日本語") == 6)
    #expect(DisplayWidth.of("😀") == 2)
    #expect(DisplayWidth.of("e\u{301}") == 1)
    #expect(DisplayWidth.of("─│▶") == 3)
    #expect(DisplayWidth.truncate("東京都庁", to: 5) == "東京…")
    #expect(DisplayWidth.pad("ab", to: 4) == "ab  ")
  }

  @Test func viewportPansOverABiggerCanvas() {
    var canvas = Canvas(width: 10, height: 3)
    canvas.put("0123456789", x: 0, y: 1)
    let view = canvas.viewport(x: 3, y: 1, width: 4, height: 2)
    #expect(view.text() == "3456\n\n")
    var wide = Canvas(width: 4, height: 1)
    wide.put("東京", x: 0, y: 0)
    #expect(
      wide.viewport(x: 1, y: 0, width: 3, height: 1).text() == " 京\n",
      "half a wide character is blank")
  }

  @Test func drawingAnywhereNeverTrapsAndStaysInside() {
    var state: UInt64 = 42
    func next(_ range: ClosedRange<Int>) -> Int {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return range.lowerBound + Int((state >> 33) % UInt64(range.count))
    }
    for _ in 0..<20_000 {
      var canvas = Canvas(width: next(0...12), height: next(0...6))
      let (x, y, w, h) = (next(-30...30), next(-30...30), next(-5...40), next(-5...40))
      switch next(0...6) {
      case 0: canvas.fill(x: x, y: y, width: w, height: h)
      case 1: canvas.box(x: x, y: y, width: w, height: h)
      case 2: canvas.line(from: (x, y), to: (x + w, y))
      case 3: canvas.line(from: (x, y), to: (x, y + h))
      case 4: canvas.put("東京 abc…😀", x: x, y: y, maxWidth: w)
      case 5: canvas.paint(x: x, y: y, width: w, style: Style(bold: true))
      default: _ = canvas.viewport(x: x, y: y, width: max(0, w), height: max(0, h))
      }
      #expect(canvas.cells.count == canvas.width * canvas.height)
      let text = canvas.text()
      #expect(
        text.split(separator: "\n", omittingEmptySubsequences: false).count == canvas.height
          + (canvas.height > 0 ? 1 : 0) || canvas.height == 0)
    }
  }

  @Test func fastTextDumpMatchesGlyphByGlyph() {
    var state: UInt64 = 7
    func next(_ bound: Int) -> Int {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int((state >> 33) % UInt64(bound))
    }
    for _ in 0..<300 {
      var canvas = Canvas(width: 1 + next(30), height: 1 + next(12))
      for _ in 0..<next(12) {
        switch next(4) {
        case 0: canvas.box(x: next(30) - 5, y: next(12) - 3, width: next(20), height: next(8))
        case 1:
          canvas.put(["abc", "東京", "e\u{301}x", "▶", "👩‍👩‍👧"][next(5)], x: next(30) - 3, y: next(12))
        case 2: canvas.fill(x: next(30) - 5, y: next(12) - 3, width: next(10), height: next(5))
        default: canvas.line(from: (next(30), next(12)), to: (next(30), next(12)))
        }
      }
      var expected = ""
      for row in 0..<canvas.height {
        var line = ""
        for column in 0..<canvas.width { line += canvas.glyph(x: column, y: row) }
        while line.hasSuffix(" ") { line.removeLast() }
        expected += line + "\n"
      }
      #expect(canvas.text() == expected)
    }
  }

  @Test func ansiTextCarriesStylesUnlessColourIsOff() {
    var canvas = Canvas(width: 3, height: 1)
    canvas.put("ab", x: 0, y: 0, style: Style(foreground: .red, bold: true))
    #expect(canvas.ansiText() == "\u{1B}[0;1;31mab\u{1B}[0m\n")
    #expect(canvas.ansiText(color: false) == "\u{1B}[0;1mab\u{1B}[0m\n")
  }
}
