/// Finds the comments and blank lines of a YAML text and hangs them on the nodes they belong to, so
/// `fmt` can write them again: a full-line comment or blank line goes with the entry or item below
/// it — unless it stands after a block's last entry at that block's column (or deeper), where it
/// belongs to the block (its footer): the column says whose it is. An end-of-line comment goes
/// with the token it follows (in brackets, the item before its comma). Trivia outside every
/// document root (the comment block at the top of a file, comments around `---`) stays in the gaps
/// between roots, which the emitter copies as they are. No comment line is left without a node.
struct TriviaAttacher {
  let text: SourceText
  /// Trivia that stands on its own line, in text order.
  let lines: [(offset: Int, line: TriviaLine)]
  /// End-of-line comments keyed by the end of the token they follow.
  let trailing: [Int: String]
  let headerComments: [Int: SourceSpan]
  /// Where each node's properties end, keyed by the node's start.
  let propertyEnds: [Int: Int]

  init(
    text: SourceText, opaque: [SourceSpan], headerComments: [Int: SourceSpan], nodeEnds: Set<Int>,
    propertyEnds: [Int: Int] = [:]
  ) {
    self.text = text
    self.headerComments = headerComments
    self.propertyEnds = propertyEnds
    let regions = opaque.sorted { $0.start < $1.start }
    var lines: [(Int, TriviaLine)] = []
    var trailing: [Int: String] = [:]
    var region = 0
    for lineIndex in 0..<text.lineCount {
      let start = text.lineStarts[lineIndex]
      let end = text.lineContentEnd(from: start)
      var index = start
      while region < regions.count && regions[region].end <= start { region += 1 }
      while index < end {
        while region < regions.count && regions[region].end <= index { region += 1 }
        if region < regions.count && regions[region].start <= index {
          index = min(regions[region].end, max(end, index + 1))
          continue
        }
        let byte = text.bytes[index]
        // Outside scalars (the opaque regions) every `#` starts a comment: libyaml allows none
        // in tags, anchors or directives.
        if byte == UInt8(ascii: "#") {
          let comment = text.slice(index, end)
          if let tokenEnd = Self.tokenEnds(before: index, lineStart: start, text: text).first(
            where: nodeEnds.contains)
          {
            trailing[tokenEnd] = comment
          } else {
            lines.append((index, .comment(comment)))
          }
          break
        }
        index += 1
      }
      let insideRegion =
        region < regions.count && regions[region].start < start && regions[region].end > start
      if !insideRegion && text.skipSpaces(from: start) == end && start < text.count {
        lines.append((start, .blank))
      }
    }
    self.lines = lines.sorted { $0.0 < $1.0 }
    self.trailing = trailing
  }

  /// Where the token an end-of-line comment at `hash` follows may end: right before the comment,
  /// or (for `key: # c`) before the colon when the colon is an indicator rather than the end of a
  /// tag like `!:`. Empty when only indentation precedes the comment.
  static func tokenEnds(before hash: Int, lineStart: Int, text: SourceText) -> [Int] {
    func skipBack(_ from: Int) -> Int {
      var index = from
      while index > lineStart && (text.bytes[index - 1] == 0x20 || text.bytes[index - 1] == 0x09) {
        index -= 1
      }
      return index
    }
    let end = skipBack(hash)
    guard end > lineStart else { return [] }
    if text.bytes[end - 1] == UInt8(ascii: ",") {
      // `[dev,   # first`: in brackets the comment is the item's before the comma.
      let beforeComma = skipBack(end - 1)
      return beforeComma > lineStart ? [end, beforeComma] : [end]
    }
    guard text.bytes[end - 1] == UInt8(ascii: ":") else { return [end] }
    let beforeColon = skipBack(end - 1)
    return beforeColon > lineStart ? [beforeColon, end] : [end]
  }

  func attach(_ document: YAMLDocument) -> YAMLDocument {
    guard var root = document.root, let span = root.span else { return document }
    // The comment lines after the root, up to a `---`, `...`, directive or the end, may still
    // be its blocks' own (by their column).
    let bound = endOfTrivia(after: span.end)
    var walk = Walk(
      attacher: self, next: lines.firstIndex { $0.offset >= span.start } ?? lines.count,
      limit: bound)
    walk.visit(&root, bound: bound)
    // Whatever no node took (none should be left): at the end of the document, never dropped.
    root.footer += walk.takeLines(before: span.end).filter { $0 != .blank }
    var result = document
    result.root = root
    if let last = walk.lastTaken, last >= span.end {
      result.ownedTriviaEnd = text.lineContentEnd(from: last)
    }
    return result
  }

  /// The start of the first line after `offset`'s line that holds more than blanks and a comment.
  func endOfTrivia(after offset: Int) -> Int {
    var lineStart = text.nextLineStart(after: max(offset - 1, 0))
    while lineStart < text.count {
      let first = text.skipSpaces(from: lineStart)
      let end = text.lineContentEnd(from: lineStart)
      if first < end && text.bytes[first] != UInt8(ascii: "#") { return lineStart }
      let next = text.nextLineStart(after: lineStart)
      if next <= lineStart { break }
      lineStart = next
    }
    return text.count
  }

  /// One pass over a document's nodes in text order (see `Walk.visit`).
  struct Walk {
    let attacher: TriviaAttacher
    var next: Int
    let limit: Int
    var claimed: Set<Int> = []
    /// The offset of the last trivia line taken.
    var lastTaken: Int?

    mutating func takeLines(before offset: Int) -> [TriviaLine] {
      var taken: [TriviaLine] = []
      while next < attacher.lines.count, attacher.lines[next].offset < offset,
        attacher.lines[next].offset < limit
      {
        taken.append(attacher.lines[next].line)
        lastTaken = attacher.lines[next].offset
        next += 1
      }
      return taken
    }

    func column(of offset: Int) -> Int { offset - attacher.text.lineStart(of: offset) }

    /// The comment lines (and blank lines between them) from here on, before `bound`, that stand
    /// at `column` or deeper: a block's own after its last entry.
    mutating func takeIndented(atLeast column: Int, before bound: Int) -> [TriviaLine] {
      var taken: [TriviaLine] = []
      var blanks = 0
      var index = next
      scan: while index < attacher.lines.count, attacher.lines[index].offset < bound,
        attacher.lines[index].offset < limit
      {
        switch attacher.lines[index].line {
        case .blank:
          blanks += 1
        case .comment:
          guard self.column(of: attacher.lines[index].offset) >= column else { break scan }
          taken += Array(repeating: .blank, count: min(blanks, 1)) + [attacher.lines[index].line]
          blanks = 0
          lastTaken = attacher.lines[index].offset
          next = index + 1
        }
        index += 1
      }
      return taken
    }

    /// Comment lines between a key and its value on a later line: above the entry, the nearest
    /// place a block layout has for them (a block collection's first entry takes its own).
    mutating func takeBetween(_ value: YAMLNode) -> [TriviaLine] {
      guard let start = value.visibleStart,
        value.isFlow || value.entries == nil && value.items == nil
      else { return [] }
      return takeLines(before: start).filter { $0 != .blank }
    }

    /// Visits `node` and what it holds; `bound` is where the next node after it starts, and
    /// `parentColumn` the column of the key or `-` it stands under (a block owns only comments
    /// deeper than that: a flush list's comment at its key's column is the next key's).
    mutating func visit(_ node: inout YAMLNode, bound: Int, parentColumn: Int = -1) {
      var childColumn: Int?
      switch node.content {
      case .mapping(var entries):
        for index in entries.indices {
          let next = index + 1 < entries.count ? entries[index + 1].key.visibleStart : nil
          if let start = entries[index].key.visibleStart {
            entries[index].key.leading = takeLines(before: start)
            if index == 0 {
              childColumn = column(
                of: attacher.text.explicitKeyIndicator(before: entries[index].key) ?? start)
            }
          }
          visit(&entries[index].key, bound: entries[index].value.visibleStart ?? next ?? bound)
          entries[index].key.leading += takeBetween(entries[index].value)
          // An explicit key's value stands under its `?`, not under the key after it.
          let key = entries[index].key
          let keyColumn =
            key.visibleStart.map {
              column(of: attacher.text.explicitKeyIndicator(before: key) ?? $0)
            }
            ?? parentColumn
          visit(&entries[index].value, bound: next ?? bound, parentColumn: keyColumn)
        }
        node.content = .mapping(entries)
      case .sequence(var items):
        for index in items.indices {
          let next = index + 1 < items.count ? items[index + 1].visibleStart : nil
          if let start = items[index].visibleStart {
            items[index].leading = takeLines(before: start)
            if index == 0 { childColumn = column(of: start) }
          }
          let dashColumn = items[index].visibleStart.map(column(of:)) ?? parentColumn
          visit(&items[index], bound: next ?? bound, parentColumn: dashColumn)
        }
        node.content = .sequence(items)
      case .scalar, .alias:
        break
      }
      if node.isFlow, let end = node.span?.end {
        node.footer = takeLines(before: end).filter { $0 != .blank }
        givingTrailingCommentToLastItem(&node)
      } else if let childColumn {
        node.footer = takeIndented(atLeast: max(childColumn, parentColumn + 1), before: bound)
      }
      guard let span = node.span else { return }
      // A node's comments in text order: after its properties, on lines before a scalar's text,
      // after the node.
      var comments: [String] = []
      if let end = attacher.propertyEnds[span.start] {
        if let comment = attacher.trailing[end], !claimed.contains(end) {
          comments.append(comment)
          claimed.insert(end)
        }
        if node.scalar != nil {
          for case .comment(let comment) in takeLines(before: span.end) { comments.append(comment) }
        }
      }
      if let header = attacher.headerComments[span.start] {
        comments.append(attacher.text.slice(header.start, header.end))
      } else if let comment = attacher.trailing[span.end], !claimed.contains(span.end) {
        comments.append(comment)
        claimed.insert(span.end)
      }
      if !comments.isEmpty { node.trailingComment = comments.joined(separator: " ") }
    }

    /// `qa] # second` in a bracketed list over several lines: the comment is the last item's,
    /// as a reader takes it (and where it stays when the list is written as a block).
    mutating func givingTrailingCommentToLastItem(_ node: inout YAMLNode) {
      guard let span = node.span, let comment = attacher.trailing[span.end],
        !claimed.contains(span.end),
        attacher.text.lineIndex(of: span.start) != attacher.text.lineIndex(of: span.end)
      else { return }
      func lastOnSameLine(_ last: YAMLNode?) -> Bool {
        guard let last, last.trailingComment == nil, let end = last.span?.end else { return false }
        return attacher.text.lineIndex(of: end) == attacher.text.lineIndex(of: span.end)
      }
      switch node.content {
      case .sequence(var items) where lastOnSameLine(items.last):
        items[items.count - 1].trailingComment = comment
        node.content = .sequence(items)
      case .mapping(var entries) where lastOnSameLine(entries.last?.value):
        entries[entries.count - 1].value.trailingComment = comment
        node.content = .mapping(entries)
      default:
        return
      }
      claimed.insert(span.end)
    }
  }
}
