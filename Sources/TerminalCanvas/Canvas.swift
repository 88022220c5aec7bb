/// A grid of terminal cells that views draw into and the driver blits: characters with their
/// display width, styles, and line strokes resolved into glyphs at the end. Drawing outside the
/// grid is clipped, so views never check bounds. Cells are plain values (a character is stored as
/// its scalar, or as an index into a side table for the rare multi-scalar grapheme), so big
/// canvases are cheap to fill, copy and dump.
public struct Canvas: Sendable {
  /// One cell: a character (none when strokes decide), its style, and line strokes.
  public struct Cell: Hashable, Sendable {
    /// The character's single scalar, or 0.
    var scalar: UInt32
    /// 1 + the index of a multi-scalar grapheme in `clusters`, or 0.
    var cluster: Int32
    public var style: Style
    public var strokes: Strokes
    /// True for the second column of a wide character.
    public var isContinuation: Bool

    public static let blank = Cell(
      scalar: 0, cluster: 0, style: .plain, strokes: [], isContinuation: false)

    public var hasCharacter: Bool { scalar != 0 || cluster != 0 }
  }

  public let width: Int
  public let height: Int
  public private(set) var cells: [Cell]
  private var clusters: [String] = []

  public init(width: Int, height: Int) {
    self.width = max(0, width)
    self.height = max(0, height)
    cells = Array(repeating: .blank, count: self.width * self.height)
  }

  public func contains(x: Int, y: Int) -> Bool { x >= 0 && y >= 0 && x < width && y < height }

  public subscript(x: Int, y: Int) -> Cell {
    get { contains(x: x, y: y) ? cells[y * width + x] : .blank }
    set { if contains(x: x, y: y) { cells[y * width + x] = newValue } }
  }

  /// The character a cell holds, if any.
  public func character(x: Int, y: Int) -> Character? {
    let cell = self[x, y]
    if cell.cluster > 0 { return Character(clusters[Int(cell.cluster) - 1]) }
    return cell.scalar == 0 ? nil : Unicode.Scalar(cell.scalar).map(Character.init)
  }

  mutating func setCharacter(_ character: Character, x: Int, y: Int, style: Style) {
    var cell = Cell.blank
    cell.style = style
    let scalars = character.unicodeScalars
    if scalars.count == 1, let scalar = scalars.first {
      cell.scalar = scalar.value
    } else {
      clusters.append(String(character))
      cell.cluster = Int32(clusters.count)
    }
    cells[y * width + x] = cell
  }

  /// Writes `text` from (x, y) in `style`, at most `maxWidth` columns (ending in `…` when cut).
  /// Returns the columns used.
  @discardableResult
  public mutating func put(
    _ text: String, x: Int, y: Int, style: Style = .plain, maxWidth: Int? = nil
  ) -> Int {
    guard y >= 0 && y < height else {
      return maxWidth.map { min($0, DisplayWidth.of(text)) } ?? DisplayWidth.of(text)
    }
    let fitted = maxWidth.map { DisplayWidth.truncate(text, to: $0) } ?? text
    var column = x
    for character in fitted {
      let size = DisplayWidth.of(character)
      guard size > 0 else { continue }
      if column >= width { break }
      if size == 2 && column + 1 >= width { break }
      if column >= 0 {
        setCharacter(character, x: column, y: y, style: style)
        if size == 2 {
          var continuation = Cell.blank
          continuation.style = style
          continuation.isContinuation = true
          cells[y * width + column + 1] = continuation
        }
      }
      column += size
    }
    return column - x
  }

  /// Sets the style of a run of cells without changing their content.
  public mutating func paint(x: Int, y: Int, width count: Int, style: Style) {
    for column in x..<(x + max(0, count)) where contains(x: column, y: y) {
      cells[y * width + column].style = style
    }
  }

  /// Fills a rectangle with blanks in `style`.
  public mutating func fill(
    x: Int, y: Int, width count: Int, height rows: Int, style: Style = .plain
  ) {
    var blank = Cell.blank
    blank.scalar = 0x20
    blank.style = style
    let rows = max(0, y)..<max(max(0, y), min(height, y + max(0, rows)))
    let columns = max(0, x)..<max(max(0, x), min(width, x + max(0, count)))
    for row in rows {
      for column in columns { cells[row * width + column] = blank }
    }
  }

  /// Adds strokes to a cell (keeping its style unless `style` is given).
  public mutating func stroke(x: Int, y: Int, _ strokes: Strokes, style: Style? = nil) {
    guard contains(x: x, y: y) else { return }
    let index = y * width + x
    cells[index].strokes.formUnion(strokes)
    cells[index].scalar = 0
    cells[index].cluster = 0
    if let style { cells[index].style = style }
  }

  /// A horizontal or vertical line between two cells, both included, joining what it meets.
  /// Only the part on the canvas is walked (a drawing made in strips draws long lines in each).
  public mutating func line(
    from start: (x: Int, y: Int), to end: (x: Int, y: Int), style: Style? = nil
  ) {
    if start.y == end.y {
      let (low, high) = (min(start.x, end.x), max(start.x, end.x))
      guard low < high, start.y >= 0, start.y < height, max(low, 0) <= min(high, width - 1) else {
        return
      }
      for x in max(low, 0)...min(high, width - 1) {
        var strokes: Strokes = []
        if x > low { strokes.insert(.west) }
        if x < high { strokes.insert(.east) }
        stroke(x: x, y: start.y, strokes, style: style)
      }
    } else if start.x == end.x {
      let (low, high) = (min(start.y, end.y), max(start.y, end.y))
      guard start.x >= 0, start.x < width, max(low, 0) <= min(high, height - 1) else { return }
      for y in max(low, 0)...min(high, height - 1) {
        var strokes: Strokes = []
        if y > low { strokes.insert(.north) }
        if y < high { strokes.insert(.south) }
        stroke(x: start.x, y: y, strokes, style: style)
      }
    }
  }

  /// A rectangle outline whose corners and sides join any lines already touching it.
  public mutating func box(
    x: Int, y: Int, width boxWidth: Int, height boxHeight: Int, style: Style? = nil
  ) {
    guard boxWidth >= 2, boxHeight >= 2 else { return }
    let right = x + boxWidth - 1
    let bottom = y + boxHeight - 1
    line(from: (x, y), to: (right, y), style: style)
    line(from: (x, bottom), to: (right, bottom), style: style)
    line(from: (x, y), to: (x, bottom), style: style)
    line(from: (right, y), to: (right, bottom), style: style)
  }

  /// The glyph a cell shows with `glyphs`.
  public func glyph(x: Int, y: Int, glyphs: GlyphSet = .unicode) -> String {
    let cell = self[x, y]
    if cell.isContinuation { return "" }
    if let character = character(x: x, y: y) { return String(character) }
    return cell.strokes.isEmpty ? " " : glyphs.glyph(for: cell.strokes)
  }

  /// The canvas as UTF-8 text, one line per row, trailing spaces trimmed.
  public func utf8Text(glyphs: GlyphSet = .unicode) -> [UInt8] {
    let strokeTable = glyphs.flatStrokeBytes
    let capacity = width * height * 4 + height + clusters.reduce(0) { $0 + $1.utf8.count }
    var used = 0
    var bytes = [UInt8](unsafeUninitializedCapacity: capacity) { buffer, count in
      cells.withUnsafeBufferPointer { cells in
        var position = 0
        for row in 0..<height {
          var lastVisible = position
          for column in 0..<width {
            let cell = cells[row * width + column]
            if cell.isContinuation { continue }
            if cell.cluster > 0 {
              for byte in clusters[Int(cell.cluster) - 1].utf8 {
                buffer[position] = byte
                position += 1
              }
            } else if cell.scalar > 0x20 {
              position = Self.writeUTF8(cell.scalar, into: buffer, at: position)
            } else if cell.scalar == 0 && !cell.strokes.isEmpty {
              let entry = Int(cell.strokes.rawValue & 0x0F) * 4
              for offset in 0..<Int(strokeTable[entry + 3]) {
                buffer[position] = strokeTable[entry + offset]
                position += 1
              }
            } else {
              buffer[position] = 0x20
              position += 1
              continue
            }
            lastVisible = position
          }
          position = lastVisible
          buffer[position] = 0x0A
          position += 1
        }
        count = position
        used = position
      }
    }
    bytes.removeSubrange(used...)
    return bytes
  }

  /// Writes the UTF-8 form of a scalar value at `position`; returns the position after it.
  static func writeUTF8(
    _ value: UInt32, into buffer: UnsafeMutableBufferPointer<UInt8>, at position: Int
  ) -> Int {
    var bytes: [UInt8] = []
    if value < 0x80 {
      buffer[position] = UInt8(value)
      return position + 1
    }
    appendUTF8(value, to: &bytes)
    for (offset, byte) in bytes.enumerated() { buffer[position + offset] = byte }
    return position + bytes.count
  }

  static func appendUTF8(_ value: UInt32, to bytes: inout [UInt8]) {
    switch value {
    case 0..<0x80:
      bytes.append(UInt8(value))
    case 0x80..<0x800:
      bytes.append(UInt8(0xC0 | (value >> 6)))
      bytes.append(UInt8(0x80 | (value & 0x3F)))
    case 0x800..<0x10000:
      bytes.append(UInt8(0xE0 | (value >> 12)))
      bytes.append(UInt8(0x80 | ((value >> 6) & 0x3F)))
      bytes.append(UInt8(0x80 | (value & 0x3F)))
    default:
      bytes.append(UInt8(0xF0 | (value >> 18)))
      bytes.append(UInt8(0x80 | ((value >> 12) & 0x3F)))
      bytes.append(UInt8(0x80 | ((value >> 6) & 0x3F)))
      bytes.append(UInt8(0x80 | (value & 0x3F)))
    }
  }

  /// The canvas as plain text, one line per row, trailing spaces trimmed — for tests and
  /// `promoflow render`.
  public func text(glyphs: GlyphSet = .unicode) -> String {
    String(decoding: utf8Text(glyphs: glyphs), as: UTF8.self)
  }

  /// The part of the canvas under a viewport (clipped at the edges), for panning.
  public func viewport(x: Int, y: Int, width viewWidth: Int, height viewHeight: Int) -> Canvas {
    var view = Canvas(width: viewWidth, height: viewHeight)
    view.clusters = clusters
    for row in 0..<view.height {
      for column in 0..<view.width {
        var cell = self[x + column, y + row]
        if column == 0 && cell.isContinuation { cell = .blank }
        if column == view.width - 1, cell.hasCharacter,
          let character = character(x: x + column, y: y + row),
          DisplayWidth.of(character) == 2
        {
          cell.scalar = 0x20
          cell.cluster = 0
        }
        view.cells[row * view.width + column] = cell
      }
    }
    return view
  }

  /// Copies `other` onto this canvas at (x, y).
  public mutating func draw(_ other: Canvas, x: Int, y: Int) {
    for row in 0..<other.height {
      for column in 0..<other.width where contains(x: x + column, y: y + row) {
        var cell = other.cells[row * other.width + column]
        if cell.cluster > 0 {
          clusters.append(other.clusters[Int(cell.cluster) - 1])
          cell.cluster = Int32(clusters.count)
        }
        cells[(y + row) * width + x + column] = cell
      }
    }
  }
}
