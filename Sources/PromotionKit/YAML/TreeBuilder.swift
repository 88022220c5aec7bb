import Yams

/// Turns one Yams node tree into `YAMLNode`s with exact spans, walking the document in order.
///
/// Yams hands back an alias as the very node it refers to (with that node's mark), so an anchored
/// node met a second time at the same mark is an alias: it is recorded, not walked again, which
/// keeps the conversion linear even for alias bombs.
struct TreeBuilder {
  let text: SourceText
  let scanner: SpanScanner
  /// Anchored nodes by where they start (their mark): Yams gives an alias as its anchored node
  /// again, so a node met a second time at the same mark is an alias. By mark, not by name: a
  /// name can be defined again, even inside the node that first had it (`&x {n: &x 1}`).
  var anchoredNodes: [Int: YAMLNode] = [:]
  var aliasTargets: [Int: YAMLNode] = [:]
  /// Regions where `#` does not start a comment: scalar text.
  var opaque: [SourceSpan] = []
  /// Comments on block scalar header lines, keyed by the scalar's start.
  var headerComments: [Int: SourceSpan] = [:]
  /// Where every node ends, so end-of-line comments can find the node they follow.
  var nodeEnds: Set<Int> = []
  /// Where the properties (`&a !t`) of a node end, keyed by the node's start: a comment after
  /// them (`key: !t # note`, the value below) belongs to the node.
  var propertyEnds: [Int: Int] = [:]
  /// How many flow collections enclose the node being converted. Inside one, indentation means
  /// nothing, so a mapping of one pair in brackets (`[k:` then `!t v]`) has no indent either.
  var flowDepth = 0
  var cursor = 0

  init(text: SourceText) {
    self.text = text
    self.scanner = SpanScanner(text: text)
  }

  mutating func startDocument() {
    anchoredNodes = [:]
    aliasTargets = [:]
  }

  /// Converts `node`; `after` is the end of the previous token, where an alias search starts.
  mutating func convert(
    _ node: Yams.Node, parentIndent: Int, after: Int, isMappingValue: Bool = false
  ) -> YAMLNode {
    let mark = node.mark.map { text.offset(line: $0.line, column: $0.column) } ?? after
    let anchorName = node.anchor?.rawValue
    if let anchorName, let target = anchoredNodes[mark], target.anchor == anchorName {
      let start = scanner.skipToNode(from: after)
      let end = scanner.aliasEnd(from: start)
      var alias = YAMLNode(.alias(anchorName), span: SourceSpan(start, end))
      alias.isFlow = false
      aliasTargets[start] = target
      nodeEnds.insert(end)
      return alias
    }
    let isCollection = node.mapping != nil || node.sequence != nil
    // A missing value (`? key` with no `:` line) is marked where the next token starts, on a later
    // line: it is placed right after its key, and a tag there (`? y` then `!t :`) is the next
    // key's. Only a tag indented past the parent (`k:` then `  !t`) is the value's own.
    let markLineStart = text.lineStart(of: mark)
    let ownsPropertiesBelow =
      mark - markLineStart > parentIndent
      && (scanner.byte(mark) == UInt8(ascii: "!") || scanner.byte(mark) == UInt8(ascii: "&"))
    let isMissingValue =
      isMappingValue && anchorName == nil
      && node.scalar.map { $0.string.isEmpty && $0.style == .plain } == true
      && markLineStart > after && !ownsPropertiesBelow
      && !scanner.followsColon(mark, acrossLines: false)
      && !(mark < text.count && scanner.writesByteOrderMark(at: mark, escaped: false))
    let markOffset = isMissingValue ? after : mark
    // A block mapping starts where its first key does, and what stands there is the key's.
    let firstChild = (node.mapping?.first?.key ?? node.sequence?.first)?.mark.map {
      text.offset(line: $0.line, column: $0.column)
    }
    let startsWithItsFirstKey = node.mapping != nil && firstChild == markOffset
    let properties =
      isMissingValue || startsWithItsFirstKey
      ? (end: markOffset, tag: nil)
      : scanner.skipProperties(
        at: markOffset, ofCollection: isCollection, parentIndent: parentIndent, before: firstChild)
    let hasProperties = properties.end > markOffset
    if hasProperties {
      propertyEnds[markOffset] = properties.end
      nodeEnds.insert(properties.end)
    }
    var converted: YAMLNode
    switch node {
    case .scalar(let scalar):
      converted = convertScalar(
        scalar, start: markOffset, properties: properties, parentIndent: parentIndent)
    case .mapping(let mapping):
      let contentStart = hasProperties ? scanner.skipTrivia(from: properties.end) : markOffset
      converted = convertMapping(mapping, start: markOffset, contentStart: contentStart)
    case .sequence(let sequence):
      let contentStart = hasProperties ? scanner.skipTrivia(from: properties.end) : markOffset
      converted = convertSequence(sequence, start: markOffset, contentStart: contentStart)
    case .alias(let alias):
      let end = scanner.aliasEnd(from: markOffset)
      converted = YAMLNode(.alias(alias.anchor.rawValue), span: SourceSpan(markOffset, end))
    }
    converted.anchor = anchorName
    converted.tag = properties.tag
    if let end = converted.span?.end { nodeEnds.insert(end) }
    if anchorName != nil { anchoredNodes[mark] = converted }
    return converted
  }

  mutating func convertScalar(
    _ scalar: Yams.Node.Scalar, start: Int, properties: (end: Int, tag: String?), parentIndent: Int
  ) -> YAMLNode {
    let style = ScalarStyle(scalar.style)
    var value = scalar.string
    // Yams drops one leading U+FEFF from values; the source tells when there was one.
    func restoreByteOrderMark(at index: Int) {
      if index < text.count, scanner.writesByteOrderMark(at: index, escaped: style == .doubleQuoted)
      {
        value = "\u{FEFF}" + value
      }
    }
    let written = properties.end > start ? scanner.skipTrivia(from: properties.end) : start
    if style != .literal && style != .folded {
      restoreByteOrderMark(at: style == .plain ? written : written + 1)
    }
    let isEmpty = value.isEmpty && style == .plain
    let contentStart = isEmpty ? properties.end : written
    var end: Int
    switch style {
    case .plain:
      end = isEmpty ? properties.end : scanner.plainEnd(from: contentStart, value: value)
    case .singleQuoted:
      end = scanner.singleQuotedEnd(from: contentStart)
    case .doubleQuoted:
      end = scanner.doubleQuotedEnd(from: contentStart)
    case .literal, .folded:
      let layout = scanner.blockScalar(from: contentStart, parentIndent: parentIndent)
      end = max(layout.end, layout.headerEnd)
      if let comment = layout.comment {
        headerComments[start] = comment
        opaque.append(comment)
      }
      if let first = value.first, !" \t\n".contains(first) {
        restoreByteOrderMark(at: scanner.skipSpaces(from: layout.contentStart))
      }
    }
    if end > contentStart { opaque.append(SourceSpan(contentStart, end)) }
    let kind: ScalarKind
    if let tag = properties.tag {
      kind = PlainScalarResolver.kind(forTag: tag) ?? .other
    } else if style == .plain {
      kind = PlainScalarResolver.kind(of: value)
    } else {
      kind = .string
    }
    return YAMLNode(
      .scalar(YAMLScalar(value, style: style, kind: kind)), span: SourceSpan(start, end))
  }

  mutating func convertMapping(_ mapping: Yams.Node.Mapping, start: Int, contentStart: Int)
    -> YAMLNode
  {
    // In `{}: x` a block mapping starts with a flow mapping, its first key. (Yams reports the
    // style of the closing event, so it cannot tell.)
    let firstKeyStart = mapping.first?.key.mark.map {
      text.offset(line: $0.line, column: $0.column)
    }
    let isFlow = scanner.byte(contentStart) == UInt8(ascii: "{") && firstKeyStart != contentStart
    let indent = isFlow || flowDepth > 0 ? -1 : text.location(of: contentStart).column - 1
    if isFlow { flowDepth += 1 }
    defer { if isFlow { flowDepth -= 1 } }
    var entries: [YAMLEntry] = []
    var previousEnd = isFlow ? contentStart + 1 : contentStart
    for (key, value) in mapping {
      let keyNode = convert(key, parentIndent: indent, after: previousEnd)
      let keyEnd = keyNode.span?.end ?? previousEnd
      let valueNode = convert(value, parentIndent: indent, after: keyEnd, isMappingValue: true)
      previousEnd = max(keyEnd, valueNode.span?.end ?? keyEnd)
      entries.append(YAMLEntry(key: keyNode, value: valueNode))
    }
    let end =
      isFlow
      ? scanner.flowCollectionEnd(after: previousEnd, closing: UInt8(ascii: "}")) : previousEnd
    return YAMLNode(.mapping(entries), isFlow: isFlow, span: SourceSpan(start, end))
  }

  mutating func convertSequence(_ sequence: Yams.Node.Sequence, start: Int, contentStart: Int)
    -> YAMLNode
  {
    let isFlow = scanner.byte(contentStart) == UInt8(ascii: "[")
    let indent = isFlow || flowDepth > 0 ? -1 : text.location(of: contentStart).column - 1
    if isFlow { flowDepth += 1 }
    defer { if isFlow { flowDepth -= 1 } }
    var items: [YAMLNode] = []
    var previousEnd = isFlow ? contentStart + 1 : contentStart
    for item in sequence {
      var dash: Int?
      var itemStart = previousEnd
      if !isFlow {
        let candidate = scanner.skipTrivia(from: previousEnd)
        if scanner.byte(candidate) == UInt8(ascii: "-") {
          dash = candidate
          itemStart = candidate + 1
        }
      }
      var node = convert(item, parentIndent: indent, after: itemStart)
      node.indicator = dash
      previousEnd = max(node.span?.end ?? itemStart, itemStart)
      items.append(node)
    }
    let end =
      isFlow
      ? scanner.flowCollectionEnd(after: previousEnd, closing: UInt8(ascii: "]")) : previousEnd
    return YAMLNode(.sequence(items), isFlow: isFlow, span: SourceSpan(start, end))
  }
}

extension ScalarStyle {
  init(_ style: Yams.Node.Scalar.Style) {
    switch style {
    case .singleQuoted: self = .singleQuoted
    case .doubleQuoted: self = .doubleQuoted
    case .literal: self = .literal
    case .folded: self = .folded
    default: self = .plain
    }
  }
}
