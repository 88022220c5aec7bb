/// Block scalars stay block scalars: a `|` or `>` from the source keeps its style, chomping and
/// line breaks, re-indented to where the emitter writes it; other multi-line text becomes a `|`.
/// Every candidate is read back before it is used, so a value is never changed — when no block
/// form reads back the same, the caller quotes the value instead.
extension BlockEmitter {
  /// The header (`|`, `>-`, `|2+`…) and the content lines (already indented) for `node`, or nil
  /// when it is best written on one line.
  func blockScalar(_ node: YAMLNode, _ scalar: YAMLScalar, childIndent: Int, parentIndent: Int)
    -> (header: String, lines: [String])?
  {
    if let written = asWritten(node, scalar, childIndent: childIndent, parentIndent: parentIndent),
      readsBack(written, as: scalar.value, parentIndent: parentIndent)
    {
      return written
    }
    guard scalar.kind == .string, let block = ScalarWriter.literalBlock(scalar.value) else {
      return nil
    }
    let indicator = block.needsIndentIndicator ? String(childIndent - max(parentIndent, 0)) : ""
    let indentation = String(repeating: " ", count: childIndent)
    let literal = (
      header: "|" + indicator + block.chomping,
      lines: block.lines.map { $0.isEmpty ? "" : indentation + $0 }
    )
    return readsBack(literal, as: scalar.value, parentIndent: parentIndent) ? literal : nil
  }

  /// The source's own block scalar, moved to `childIndent`: its lines as the user broke them.
  func asWritten(_ node: YAMLNode, _ scalar: YAMLScalar, childIndent: Int, parentIndent: Int)
    -> (header: String, lines: [String])?
  {
    guard scalar.style == .literal || scalar.style == .folded, let source, let span = node.span,
      scalar.value.unicodeScalars.allSatisfy(ScalarWriter.isLiteralSafe),
      let header = Self.header(in: source, from: span.start)
    else { return nil }
    // By Unicode scalars: indentation is spaces, and a combining mark after it is text.
    var content: [String.UnicodeScalarView.SubSequence] = []
    var lineStart = source.nextLineStart(after: header.end)
    while lineStart < span.end && lineStart < source.count {
      let end = source.lineContentEnd(from: lineStart)
      content.append(source.slice(lineStart, end).unicodeScalars[...])
      let next = source.nextLineStart(after: lineStart)
      if next <= lineStart { break }
      lineStart = next
    }
    func isBlank(_ line: String.UnicodeScalarView.SubSequence) -> Bool {
      line.allSatisfy { $0 == " " }
    }
    // The source's indentation: from the first line with text or, when every line is spaces,
    // the first whose value is not empty. Up to there source lines and value lines correspond one
    // to one (in both styles), and a line of spaces deeper than the indentation is text too.
    let valueLines = scalar.value.unicodeScalars.split(
      separator: "\n", omittingEmptySubsequences: false)
    var base = Int.max
    if let reference = content.firstIndex(where: { !isBlank($0) })
      ?? content.indices.first(where: { $0 < valueLines.count && !valueLines[$0].isEmpty })
    {
      guard reference < valueLines.count else { return nil }
      base =
        content[reference].prefix { $0 == " " }.count
        - valueLines[reference].prefix { $0 == " " }.count
      guard base >= 0 else { return nil }
    }
    while let last = content.last, isBlank(last), last.count <= base { content.removeLast() }
    let indentation = String(repeating: " ", count: childIndent)
    var lines = content.map { line -> String in
      isBlank(line) && line.count <= base
        ? "" : indentation + String(String.UnicodeScalarView(line.dropFirst(base)))
    }
    // The chomping the value needs (a last line without a break, at the end of a file, reads
    // as kept only with `-`); the user's `+` stays while there is a break to keep.
    let breaks = scalar.value.unicodeScalars.reversed().prefix { $0 == "\n" }.count
    let chomping: String
    switch breaks {
    case 0: chomping = lines.isEmpty ? header.chomping : "-"
    case 1: chomping = header.chomping == "+" ? "+" : ""
    default: chomping = "+"
    }
    if chomping == "+" {
      lines += Array(repeating: "", count: max(breaks - (lines.isEmpty ? 0 : 1), 0))
    }
    let indicator =
      ScalarWriter.needsIndentIndicator(scalar.value)
      ? String(childIndent - max(parentIndent, 0)) : ""
    return (header.style + indicator + chomping, lines)
  }

  /// The block scalar header at or after `start` (after any tag or anchor, which may end their
  /// line): `|` or `>`, its chomping indicator, and where the header's text ends.
  static func header(in source: SourceText, from start: Int)
    -> (style: String, chomping: String, end: Int)?
  {
    var lineStart = start
    while lineStart < source.count {
      let end = source.lineContentEnd(from: lineStart)
      let textStart = source.skipByteOrderMark(at: lineStart)
      var index = textStart
      while index < end {
        let byte = source.bytes[index]
        // A tag or anchor before the header may hold a `>` or `|` of its own (`!<x>`, `!a|b`).
        if byte == UInt8(ascii: "!") || byte == UInt8(ascii: "&"),
          index == textStart || source.isBlank(index - 1)
        {
          index = source.propertyEnd(from: index)
          continue
        }
        if byte == UInt8(ascii: "|") || byte == UInt8(ascii: ">") {
          var after = index + 1
          var chomping = ""
          while after < end,
            [UInt8(ascii: "+"), UInt8(ascii: "-")].contains(source.bytes[after])
              || (0x31...0x39).contains(source.bytes[after])
          {
            if !(0x31...0x39).contains(source.bytes[after]) {
              chomping = String(UnicodeScalar(source.bytes[after]))
            }
            after += 1
          }
          // libyaml lets a comment follow the indicators directly (`>#2`).
          if after == end || [0x20, 0x09, UInt8(ascii: "#")].contains(source.bytes[after]) {
            return (String(UnicodeScalar(byte)), chomping, end)
          }
        }
        // Properties may stand on lines of their own before the header, with comment lines
        // between them (the rest of a comment line is passed over).
        if byte == UInt8(ascii: "#") && (index == textStart || source.isBlank(index - 1)) {
          break
        }
        index += 1
      }
      let next = source.nextLineStart(after: lineStart)
      if next <= lineStart { break }
      lineStart = next
    }
    return nil
  }

  /// True when the block scalar, written under a key at `parentIndent`, reads back as `value`.
  func readsBack(
    _ block: (header: String, lines: [String]), as value: String, parentIndent: Int
  ) -> Bool {
    let pad = String(repeating: " ", count: max(parentIndent, 0))
    let snippet = ([pad + "k: " + block.header] + block.lines).joined(separator: "\n") + "\n"
    guard let file = try? YAMLReader.read(snippet), let root = file.documents.first?.root,
      let read = root.entries?.first?.value.scalar
    else { return false }
    return read.value == value
  }
}
