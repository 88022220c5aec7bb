import FlowBuilder
import FlowLayout
import TerminalCanvas

/// A diagram as printable text: the drawing (in bands of waves when it is wider than asked), then
/// notes for what the boxes could not say — shortened names, values from policies, connectors
/// that close a cycle.
enum DiagramText {
  /// Rows drawn at a time: the text of a big flow is produced strip by strip, so memory stays small.
  static let stripHeight = 256
  /// Cells drawn at a time: a very wide drawing (a long chain) is made in lower strips, so a
  /// strip never takes more than this many cells (16 MB) whatever the drawing's width.
  static let stripCells = 1 << 20

  /// Writes the drawing, strip by strip, then the notes, through `write`.
  static func render(
    _ diagram: FlowDiagram, glyphs: GlyphSet, color: Bool, width: Int?, write: ([UInt8]) -> Void
  ) {
    let layout = diagram.layout
    for (index, band) in bands(layout, width: width).enumerated() {
      if index > 0 { write([0x0A]) }
      if let label = band.label { write(Array((label + "\n").utf8)) }
      var top = 0
      repeat {
        let rows = min(
          stripHeight, layout.height - top, max(1, stripCells / max(1, band.end - band.start)))
        var strip = Canvas(width: band.end - band.start, height: rows)
        diagram.draw(on: &strip, originX: -band.start, originY: -top, glyphs: glyphs)
        write(color ? Array(strip.ansiText(glyphs: glyphs).utf8) : strip.utf8Text(glyphs: glyphs))
        top += rows
      } while top < layout.height
    }
    write(Array(notes(diagram, glyphs: glyphs).utf8))
  }

  /// What the boxes could not say.
  static func notes(_ diagram: FlowDiagram, glyphs: GlyphSet) -> String {
    let layout = diagram.layout
    var notes: [String] = []
    if diagram.compact {
      notes.append(
        glyphs == .ascii
          ? FlowDiagram.compactLegend.replacingOccurrences(of: "·", with: ".")
          : FlowDiagram.compactLegend)
    }
    if diagram.boxes.values.contains(where: { $0.lines.contains { $0.valueRole == .fromPolicy } }) {
      notes.append(
        "Values in yellow (or not set inline) come from promotion policies; run promoflow plan for their sources."
      )
    }
    let shortened = diagram.shortenedNames
    if !shortened.isEmpty { notes.append("Shortened names: " + shortened.joined(separator: ", ")) }
    for edge in layout.skippedEdges {
      let from = layout.nodes.indices.contains(edge.from) ? layout.nodes[edge.from].id : "?"
      let to = layout.nodes.indices.contains(edge.to) ? layout.nodes[edge.to].id : "?"
      notes.append("Not drawn (it closes a cycle): \(from) → \(to)")
    }
    return notes.isEmpty ? "" : "\n" + notes.joined(separator: "\n") + "\n"
  }

  /// Horizontal slices of the drawing that start at column boundaries and fit in `width`.
  static func bands(_ layout: Layout, width: Int?) -> [(start: Int, end: Int, label: String?)] {
    guard let width, layout.width > width else { return [(0, layout.width, nil)] }
    var leftmost: [Int: Int] = [:]
    for node in layout.nodes { leftmost[node.rank] = min(leftmost[node.rank] ?? node.x, node.x) }
    let ranks = leftmost.keys.sorted()
    let starts = ranks.map { leftmost[$0] ?? 0 }
    var result: [(Int, Int, String?)] = []
    var first = 0
    while first < ranks.count {
      var last = first
      while last + 1 < ranks.count
        && starts[last + 1] + columnWidth(layout, rank: ranks[last + 1]) - starts[first] <= width
      {
        last += 1
      }
      let start = starts[first]
      let end = last + 1 < ranks.count ? starts[last + 1] : layout.width
      result.append((start, min(end, start + width), "waves \(ranks[first])-\(ranks[last]):"))
      first = last + 1
    }
    return result
  }

  static func columnWidth(_ layout: Layout, rank: Int) -> Int {
    layout.nodes.filter { $0.rank == rank }.map(\.width).max() ?? 0
  }
}
