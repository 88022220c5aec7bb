/// Rewrites a whole YAML file in promoflow's canonical style (what `promoflow fmt` does), keeping
/// every comment, every document and every value.
public enum YAMLFormatter {
  public static func format(_ file: YAMLFile) -> String {
    let text = file.text
    // Nothing but comments and blank lines is left exactly as written: there is no data to lay out.
    if file.documents.allSatisfy(\.isEmpty) { return text.string }
    var style = EmitStyle.canonical
    style.lineBreak = text.preferredLineBreak
    var lines: [String] = []
    // Lines between documents: at most one blank line in a row, and none at the top.
    func addGap(_ gap: [String]) {
      for line in gap where !(line.isEmpty && (lines.last?.isEmpty ?? true)) { lines.append(line) }
    }
    var gapStart = text.lineStarts[0]
    var contentEnd = 0
    for document in file.documents {
      guard let root = document.root, let span = root.span, !isEmptyRoot(root) else { continue }
      addGap(gapLines(text, from: gapStart, to: span.start))
      var emitter = BlockEmitter(style: style, source: text)
      emitter.root(root)
      // The emitter keeps blank lines single itself; block scalar lines are never touched.
      var body = emitter.lines
      if body.first?.isEmpty == true && (lines.last?.isEmpty ?? true) { body.removeFirst() }
      lines += body
      contentEnd = lines.count
      gapStart = text.nextLineStart(
        after: max((document.ownedTriviaEnd ?? span.end) - 1, span.start))
    }
    addGap(gapLines(text, from: min(gapStart, text.count), to: text.count))
    while lines.count > contentEnd && lines.last?.isEmpty == true { lines.removeLast() }
    let byteOrderMark = text.lineStarts[0] > 0 ? "\u{FEFF}" : ""
    return byteOrderMark + lines.map { $0 + style.lineBreak }.joined()
  }

  static func isEmptyRoot(_ root: YAMLNode) -> Bool {
    guard let scalar = root.scalar else { return false }
    return scalar.value.isEmpty && scalar.style == .plain && !root.hasProperties
  }

  /// The lines between two documents' contents: comments, `---`/`...` markers and directives, with
  /// indentation and trailing spaces trimmed and blank lines kept as empty strings.
  static func gapLines(_ text: SourceText, from start: Int, to end: Int) -> [String] {
    guard start < end else { return [] }
    var lines: [String] = []
    var lineStart = start
    while lineStart < end {
      let contentEnd = min(text.lineContentEnd(from: lineStart), end)
      // libyaml skips a byte order mark at the start of any line; fmt drops it.
      var line = text.slice(lineStart, contentEnd)
      if line.hasPrefix("\u{FEFF}") { line.removeFirst() }
      line = line.trimmingSpaces()
      lines.append(line)
      let next = contentEnd + text.lineBreakLength(at: contentEnd)
      if next <= lineStart || contentEnd >= end { break }
      lineStart = next
    }
    return lines
  }
}

extension String {
  /// The text without its first `count` Unicode scalars. (Dropping characters would take a
  /// combining mark along with the space before it.)
  func droppingFirst(_ count: Int) -> String { String(unicodeScalars.dropFirst(count)) }

  func droppingLast(_ count: Int) -> String { String(unicodeScalars.dropLast(count)) }

  func trimmingSpaces() -> String {
    var scalars = Substring(self).unicodeScalars
    while let first = scalars.first, first == " " || first == "\t" { scalars = scalars.dropFirst() }
    while let last = scalars.last, last == " " || last == "\t" { scalars = scalars.dropLast() }
    return String(scalars)
  }
}
