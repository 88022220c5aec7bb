/// Finds the comments and blank lines of a YAML text and hangs them on the nodes they belong to, so
/// `fmt` can write them again: a full-line comment or blank line goes with the entry or item below
/// it, an end-of-line comment with the token it follows. Trivia outside every document root (the
/// comment block at the top of a file, comments around `---`) stays in the gaps between roots,
/// which the emitter copies as they are.
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
    let scanner = SpanScanner(text: text)
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
      if !insideRegion && scanner.skipSpaces(from: start) == end && start < text.count {
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
    guard text.bytes[end - 1] == UInt8(ascii: ":") else { return [end] }
    let beforeColon = skipBack(end - 1)
    return beforeColon > lineStart ? [beforeColon, end] : [end]
  }

  func attach(_ document: YAMLDocument) -> YAMLDocument {
    guard var root = document.root, let span = root.span else { return document }
    var walk = Walk(
      attacher: self, next: lines.firstIndex { $0.offset >= span.start } ?? lines.count,
      limit: span.end)
    walk.visit(&root)
    var result = document
    result.root = root
    return result
  }

  /// One pass over a document's nodes in text order.
  struct Walk {
    let attacher: TriviaAttacher
    var next: Int
    let limit: Int
    var claimed: Set<Int> = []

    mutating func takeLines(before offset: Int) -> [TriviaLine] {
      var taken: [TriviaLine] = []
      while next < attacher.lines.count, attacher.lines[next].offset < offset,
        attacher.lines[next].offset < limit
      {
        taken.append(attacher.lines[next].line)
        next += 1
      }
      return taken
    }

    mutating func visit(_ node: inout YAMLNode) {
      switch node.content {
      case .mapping(var entries):
        for index in entries.indices {
          if let start = entries[index].key.visibleStart {
            entries[index].key.leading = takeLines(before: start)
          }
          visit(&entries[index].key)
          visit(&entries[index].value)
        }
        node.content = .mapping(entries)
      case .sequence(var items):
        for index in items.indices {
          if let start = items[index].visibleStart {
            items[index].leading = takeLines(before: start)
          }
          visit(&items[index])
        }
        node.content = .sequence(items)
      case .scalar, .alias:
        break
      }
      if node.isFlow, let end = node.span?.end {
        node.footer = takeLines(before: end).filter { $0 != .blank }
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
  }
}
