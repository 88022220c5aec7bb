import CYaml

/// Builds each document's `YAMLNode` tree from libyaml's events in one pass, with exact spans:
/// every event carries its start and end, so a node's extent, its style and whether it is an
/// alias are read off the event, never guessed from neighbouring bytes. Only the gaps between
/// tokens are looked at (to find a block item's `-` and the end of an anchor or tag).
///
/// It also enforces the input limits as it goes (`LimitCheck`) and refuses duplicate keys, and
/// it records for `TriviaAttacher` where scalar text stands (no comment there) and where nodes
/// and properties end (what an end-of-line comment follows).
struct TreeBuilder {
  let text: SourceText
  /// Regions where `#` does not start a comment: scalar text.
  var opaque: [SourceSpan] = []
  /// Comments on block scalar header lines, keyed by the scalar's start.
  var headerComments: [Int: SourceSpan] = [:]
  /// Where every node ends, so end-of-line comments can find the node they follow.
  var nodeEnds: Set<Int> = []
  /// Where the properties (`&a !t`) of a node end, keyed by the node's start: a comment after
  /// them (`key: !t # note`, the value below) belongs to the node.
  var propertyEnds: [Int: Int] = [:]

  private var finished: [YAMLDocument] = []
  private var open: [OpenCollection] = []
  private var anchors: [String: YAMLNode] = [:]
  private var aliasTargets: [Int: YAMLNode] = [:]
  private var root: YAMLNode?
  private var limits = LimitCheck()

  /// A collection whose end event has not come yet.
  struct OpenCollection {
    var node: YAMLNode
    let isMapping: Bool
    /// libyaml's indentation inside it (for the block scalars it holds): the column of a block
    /// collection's first key or `-`; an indentless sequence keeps its parent's.
    let indent: Int
    /// Where the last child (or the opening bracket, or the start) ends.
    var previousEnd: Int
    var items: [YAMLNode] = []
    var entries: [YAMLEntry] = []
    var pendingKey: YAMLNode?
    var keys = DuplicateKeys()
  }

  init(text: SourceText) {
    self.text = text
  }

  /// Reads the whole stream.
  mutating func documents() throws(YAMLReadError) -> [YAMLDocument] {
    let outcome = text.bytes.withUnsafeBufferPointer { buffer -> YAMLReadError? in
      do throws(YAMLReadError) {
        var events = try YAMLEvents(text: text, buffer: buffer)
        while let event = try events.next() {
          if let violation = limits.take(event.raw) {
            throw violation.error(at: location(of: event.raw.start_mark))
          }
          try take(event)
        }
        return nil
      } catch {
        return error
      }
    }
    if let outcome { throw outcome }
    return finished
  }

  private func location(of mark: yaml_mark_t) -> SourceLocation {
    SourceLocation(line: Int(mark.line) + 1, column: Int(mark.column) + 1)
  }

  private mutating func take(_ event: YAMLEvents.Event) throws(YAMLReadError) {
    switch event.type {
    case YAML_DOCUMENT_START_EVENT:
      anchors = [:]
      aliasTargets = [:]
      root = nil
    case YAML_DOCUMENT_END_EVENT:
      finished.append(YAMLDocument(root: root, aliasTargets: aliasTargets))
    case YAML_SCALAR_EVENT:
      try add(scalar(event))
    case YAML_ALIAS_EVENT:
      let name = event.raw.data.alias.anchor.map { String(cString: $0) } ?? ""
      var alias = YAMLNode(.alias(name), span: SourceSpan(event.start, event.end))
      alias.indicator = blockItemIndicator()
      aliasTargets[event.start] = anchors[name]
      try add(alias)
    case YAML_SEQUENCE_START_EVENT:
      let start = event.raw.data.sequence_start
      begin(event, isMapping: false, anchor: start.anchor, hasTag: start.tag != nil)
    case YAML_MAPPING_START_EVENT:
      let start = event.raw.data.mapping_start
      begin(event, isMapping: true, anchor: start.anchor, hasTag: start.tag != nil)
    case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
      guard var collection = open.popLast() else { return }
      if collection.isMapping {
        if let duplicate = collection.keys.error(in: text) { throw duplicate }
        collection.node.content = .mapping(collection.entries)
      } else {
        collection.node.content = .sequence(collection.items)
      }
      let start = collection.node.span?.start ?? event.start
      let end = collection.node.isFlow ? event.end : collection.previousEnd
      collection.node.span = SourceSpan(start, max(start, end))
      try add(collection.node)
    default:
      break
    }
  }

  /// Puts a finished node where it belongs: the document's root, or its collection's next child.
  private mutating func add(_ node: YAMLNode) throws(YAMLReadError) {
    let end = node.span?.end ?? 0
    nodeEnds.insert(end)
    if let anchor = node.anchor { anchors[anchor] = node }
    guard var parent = open.popLast() else {
      root = node
      return
    }
    if parent.isMapping {
      if let key = parent.pendingKey {
        parent.entries.append(YAMLEntry(key: key, value: node))
        parent.pendingKey = nil
      } else {
        parent.keys.add(node, targets: aliasTargets)
        parent.pendingKey = node
      }
    } else {
      parent.items.append(node)
    }
    parent.previousEnd = max(parent.previousEnd, end)
    open.append(parent)
  }

  /// For an item of a block sequence, the `-` before it: the gap after the previous item holds
  /// only trivia and that indicator.
  private func blockItemIndicator() -> Int? {
    guard let parent = open.last, !parent.isMapping, !parent.node.isFlow else { return nil }
    let candidate = text.skipTrivia(from: parent.previousEnd)
    return text.byte(candidate) == UInt8(ascii: "-") ? candidate : nil
  }

  /// Where the anchor and tag at `start` end, and the tag as written.
  private mutating func properties(at start: Int, count: Int) -> (end: Int, tag: String?) {
    var index = start
    var end = start
    var tag: String?
    for _ in 0..<count {
      index = text.skipTrivia(from: index)
      end = text.propertyEnd(from: index)
      if text.byte(index) == UInt8(ascii: "!") { tag = text.slice(index, end) }
      index = end
    }
    if end > start {
      propertyEnds[start] = end
      nodeEnds.insert(end)
    }
    return (end, tag)
  }

  private mutating func begin(
    _ event: YAMLEvents.Event, isMapping: Bool, anchor: UnsafeMutablePointer<yaml_char_t>?,
    hasTag: Bool
  ) {
    let anchorName = anchor.map { String(cString: $0) }
    let indicator = blockItemIndicator()
    let properties = properties(
      at: event.start, count: (anchorName == nil ? 0 : 1) + (hasTag ? 1 : 0))
    let contentStart =
      properties.end > event.start ? text.skipTrivia(from: properties.end) : event.start
    let flowStyle =
      isMapping
      ? event.raw.data.mapping_start.style == YAML_FLOW_MAPPING_STYLE
      : event.raw.data.sequence_start.style == YAML_FLOW_SEQUENCE_STYLE
    // A flow collection's start event ends after its bracket; the one-pair mapping of `[k: v]`
    // (flow style too, but without braces) ends where its key starts.
    let bracket = UInt8(ascii: isMapping ? "{" : "[")
    let isFlow = flowStyle && event.end > contentStart && text.byte(event.end - 1) == bracket
    // A block collection's start event stands at its first key or `-`; an indentless sequence's
    // (`key:` then `- a` at the key's column) ends after its first `-` and changes no indent.
    let isIndentless = !isMapping && !flowStyle && text.byte(event.end) != UInt8(ascii: "-")
    let parentIndent = open.last?.indent ?? -1
    var node = YAMLNode(
      isMapping ? .mapping([]) : .sequence([]), anchor: anchorName, tag: properties.tag,
      isFlow: isFlow, span: SourceSpan(event.start, event.start))
    node.indicator = indicator
    open.append(
      OpenCollection(
        node: node, isMapping: isMapping,
        indent: node.isFlow || isIndentless ? parentIndent : event.endColumn,
        previousEnd: node.isFlow ? contentStart + 1 : contentStart))
  }

  private mutating func scalar(_ event: YAMLEvents.Event) -> YAMLNode {
    let raw = event.raw.data.scalar
    let anchor = raw.anchor.map { String(cString: $0) }
    let value = String(
      decoding: UnsafeBufferPointer(start: raw.value, count: raw.length), as: UTF8.self)
    let style = ScalarStyle(raw.style)
    let indicator = blockItemIndicator()
    let properties = properties(
      at: event.start, count: (anchor == nil ? 0 : 1) + (raw.tag == nil ? 0 : 1))
    var span = SourceSpan(event.start, event.end)
    if value.isEmpty && style == .plain && properties.end == event.start,
      let parent = open.last, parent.isMapping, parent.pendingKey != nil,
      isMissingValue(at: event.start, after: parent.previousEnd)
    {
      span = SourceSpan(parent.previousEnd, parent.previousEnd)
    }
    let contentStart =
      properties.end > event.start ? text.skipTrivia(from: properties.end) : event.start
    if style == .literal || style == .folded {
      span.end = blockScalarEnd(of: event.start, header: contentStart, before: event.end)
    }
    if span.end > contentStart && !(value.isEmpty && style == .plain) {
      opaque.append(SourceSpan(contentStart, span.end))
    }
    let kind: ScalarKind
    if let tag = properties.tag {
      kind = PlainScalarResolver.kind(forTag: tag) ?? .other
    } else if style == .plain {
      kind = PlainScalarResolver.kind(of: value)
    } else {
      kind = .string
    }
    var node = YAMLNode(
      .scalar(YAMLScalar(value, style: style, kind: kind)), anchor: anchor, tag: properties.tag,
      span: span)
    node.indicator = indicator
    return node
  }

  /// Whether the empty value at `start` stands for a missing one (`? key` with no `:`): libyaml
  /// marks it where the next token starts, on a later line; it is placed right after its key.
  private func isMissingValue(at start: Int, after keyEnd: Int) -> Bool {
    text.lineStart(of: start) > keyEnd && !text.followsColon(start, acrossLines: false)
  }

  /// The end of the block scalar at `start` whose `|` or `>` is at `header`; `next` is libyaml's
  /// end of it, the start of the first line that is not its own. The span ends with the last content line
  /// (a line of spaces deeper than the scalar's indentation is content), or with the last line
  /// of all when the scalar keeps its trailing breaks (`+`).
  private mutating func blockScalarEnd(of start: Int, header: Int, before next: Int) -> Int {
    var index = header + 1
    var explicitIndent: Int?
    var keep = false
    while let byte = text.byte(index), !text.isBlank(index), byte != UInt8(ascii: "#") {
      if PlainScalarResolver.isDigit(byte) { explicitIndent = Int(byte - 0x30) }
      if byte == UInt8(ascii: "+") { keep = true }
      index += 1
    }
    let headerEnd = index
    let headerLineEnd = text.lineContentEnd(from: headerEnd)
    let hash = text.skipSpaces(from: headerEnd)
    if hash < headerLineEnd, text.byte(hash) == UInt8(ascii: "#") {
      let comment = SourceSpan(hash, headerLineEnd)
      headerComments[start] = comment
      opaque.append(comment)
    }
    let parentIndent = open.last?.indent ?? -1
    var lines: [(start: Int, spaces: Int, end: Int)] = []
    var lineStart = headerLineEnd + text.lineBreakLength(at: headerLineEnd)
    while lineStart < next {
      let end = text.lineContentEnd(from: lineStart)
      lines.append((lineStart, text.indentation(ofLineAt: lineStart), end))
      let following = end + text.lineBreakLength(at: end)
      if following <= lineStart { break }
      lineStart = following
    }
    // libyaml's indentation: from the indicator, or the deepest of the leading empty lines and
    // the first line with text, at least one past the parent's.
    var indent = explicitIndent.map { parentIndent >= 0 ? parentIndent + $0 : $0 }
    if indent == nil {
      var deepest = max(parentIndent + 1, 1)
      for line in lines {
        deepest = max(deepest, line.spaces)
        if line.start + line.spaces < line.end { break }
      }
      indent = deepest
    }
    let contentIndent = indent ?? 1
    var end = headerEnd
    for line in lines {
      let isOnlySpaces = line.start + line.spaces == line.end
      if !isOnlySpaces || line.spaces > contentIndent || keep { end = max(end, line.end) }
    }
    return end
  }
}
