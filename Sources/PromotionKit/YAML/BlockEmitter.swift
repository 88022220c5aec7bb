/// Writes nodes as block YAML in promoflow's canonical layout: block mappings and sequences, one
/// entry per line, minimal quoting, block scalars kept and literal blocks for other multi-line
/// text, comments where they were attached. Used by `fmt` for whole documents and by edits for the nodes they add.
struct BlockEmitter {
  let style: EmitStyle
  /// The text the nodes were read from, when there is one: block scalars are copied from it.
  let source: SourceText?
  private(set) var lines: [String] = []

  init(style: EmitStyle, source: SourceText? = nil) {
    self.style = style
    self.source = source
  }

  var text: String { lines.map { $0 + style.lineBreak }.joined() }

  /// A whole document body, starting at column 0.
  mutating func root(_ node: YAMLNode) {
    var node = node
    movingCommentAbove(&node, indent: 0)
    movingEmptyFooterAbove(&node, indent: 0)
    if !node.isAlias, node.anchor == nil, node.tag == nil, !node.isEmptyCollection {
      if let entries = node.entries {
        for entry in entries { self.entry(entry, indent: 0) }
        trivia(node.footer, indent: 0)
        return
      }
      if let items = node.items {
        for item in items { self.item(item, indent: 0) }
        trivia(node.footer, indent: 0)
        return
      }
    }
    value(node, head: "", childIndent: style.indentStep, parentIndent: -1, comments: [])
  }

  /// Adds a line as it is.
  mutating func line(_ text: String) { lines.append(text) }

  mutating func trivia(_ trivia: [TriviaLine], indent: Int) {
    for line in trivia {
      switch line {
      case .blank:
        if let last = lines.last, !last.isEmpty { lines.append("") }
      case .comment(let text):
        lines.append(String(repeating: " ", count: indent) + Self.trimmedTrailingSpace(text))
      }
    }
  }

  /// One mapping entry at `indent`, with the comments above it.
  mutating func entry(_ entry: YAMLEntry, indent: Int) {
    trivia(entry.key.leading, indent: indent)
    var entry = entry
    movingEmptyFooterAbove(&entry.value, indent: indent)
    let pad = String(repeating: " ", count: indent)
    let comments = [entry.key.trailingComment].compactMap { $0 }
    let blockKey = entry.key.scalar.flatMap { scalar in
      scalar.style == .literal || scalar.style == .folded
        ? blockScalar(
          entry.key, scalar, childIndent: indent + style.indentStep, parentIndent: indent) : nil
    }
    if blockKey == nil, let key = Self.simpleKey(entry.key) {
      value(
        entry.value, head: pad + key + ":", childIndent: childIndent(of: entry.value, at: indent),
        parentIndent: indent, comments: comments)
    } else {
      if let block = blockKey {
        // A block scalar key stays one, after its `?`.
        let properties = entry.key.propertiesText
        lines.append(
          pad + "? " + (properties.isEmpty ? "" : properties + " ") + block.header
            + Self.commentSuffix(comments))
        lines += block.lines
      } else {
        let key = FlowWriter.write(entry.key)
        trivia(Self.innerComments(entry.key), indent: indent)
        lines.append(pad + (key.isEmpty ? "?" : "? " + key) + Self.commentSuffix(comments))
      }
      Self.movingCommentIntoFirstChild(&entry.value)
      value(
        entry.value, head: pad + ":", childIndent: childIndent(of: entry.value, at: indent),
        parentIndent: indent, comments: [])
    }
  }

  /// One sequence item whose `-` stands at `indent`, with the comments above it.
  mutating func item(_ node: YAMLNode, indent: Int) {
    trivia(node.leading, indent: indent)
    var node = node
    movingCommentAbove(&node, indent: indent)
    movingEmptyFooterAbove(&node, indent: indent)
    let pad = String(repeating: " ", count: indent)
    let compactIndent = indent + 2
    if let entries = node.entries, !entries.isEmpty, !node.hasProperties,
      node.trailingComment == nil
    {
      trivia(entries[0].key.leading, indent: indent)
      var first = entries[0]
      first.key.leading = []
      var nested = BlockEmitter(style: style, source: source)
      nested.entry(first, indent: compactIndent)
      lines += Self.compact(nested.lines, pad: pad, indent: compactIndent)
      for entry in entries.dropFirst() { self.entry(entry, indent: compactIndent) }
      trivia(node.footer, indent: compactIndent)
      return
    }
    // Argo's `- - name: step`: a list in a list keeps the compact form.
    if let items = node.items, !items.isEmpty, !node.hasProperties, node.trailingComment == nil {
      var first = items[0]
      first.leading = []
      var nested = BlockEmitter(style: style, source: source)
      nested.item(first, indent: compactIndent)
      trivia(items[0].leading, indent: indent)
      lines += Self.compact(nested.lines, pad: pad, indent: compactIndent)
      for item in items.dropFirst() { self.item(item, indent: compactIndent) }
      trivia(node.footer, indent: compactIndent)
      return
    }
    value(
      node, head: pad + "-", childIndent: indent + 2, parentIndent: indent,
      comments: [])
  }

  /// A comment after a collection that is written as a block (`- {a: 1} # note`) has no line
  /// of its own to stay on: it goes on a line above, where a reader finds it again.
  mutating func movingCommentAbove(_ node: inout YAMLNode, indent: Int) {
    guard let comment = node.trailingComment, !node.isEmptyCollection,
      node.entries != nil || node.items != nil
    else { return }
    trivia([.comment(comment)], indent: indent)
    node.trailingComment = nil
  }

  /// A comment on an explicit key's `:` line above a block collection reads back as the comment
  /// above the collection's first entry or item: it is written there, so `fmt` is a fixed point.
  static func movingCommentIntoFirstChild(_ node: inout YAMLNode) {
    guard let comment = node.trailingComment, !node.isEmptyCollection else { return }
    switch node.content {
    case .mapping(var entries):
      entries[0].key.leading.insert(.comment(comment), at: 0)
      node.content = .mapping(entries)
    case .sequence(var items):
      items[0].leading.insert(.comment(comment), at: 0)
      node.content = .sequence(items)
    case .scalar, .alias:
      return
    }
    node.trailingComment = nil
  }

  /// The comments inside a node written on one line in brackets (a complex key), in order: they
  /// have no line of their own there, so they go above it.
  static func innerComments(_ node: YAMLNode) -> [TriviaLine] {
    var found: [TriviaLine] = []
    func add(_ child: YAMLNode) {
      found += child.leading.filter { $0 != .blank }
      found += innerComments(child)
      if let comment = child.trailingComment { found.append(.comment(comment)) }
    }
    switch node.content {
    case .mapping(let entries):
      for entry in entries {
        add(entry.key)
        add(entry.value)
      }
    case .sequence(let items):
      items.forEach(add)
    case .scalar, .alias:
      break
    }
    return found + node.footer
  }

  /// An empty collection is written `[]` or `{}` on its key's line, so comments from inside its
  /// brackets (its footer) go above the entry or item, where a reader finds them again.
  mutating func movingEmptyFooterAbove(_ node: inout YAMLNode, indent: Int) {
    guard node.isEmptyCollection else { return }
    trivia(node.footer, indent: indent)
    node.footer = []
  }

  /// The lines of a nested entry or item with its first line moved up beside the `-` at `pad`.
  /// Comment lines it starts with (those inside a complex key, or above a first nested item)
  /// cannot follow the `-`: they go above it.
  static func compact(_ nested: [String], pad: String, indent: Int) -> [String] {
    var above: [String] = []
    var rest = nested[...]
    while let line = rest.first, line.droppingFirst(indent).hasPrefix("#") {
      above.append(pad + line.droppingFirst(indent))
      rest = rest.dropFirst()
    }
    guard let first = rest.first else { return above }
    return above + [pad + "- " + first.droppingFirst(indent)] + rest.dropFirst()
  }

  func childIndent(of value: YAMLNode, at indent: Int) -> Int {
    if value.items != nil && !style.indentSequences { return indent }
    return indent + style.indentStep
  }

  /// A value after `head` (`key:`, `-`, or nothing at the root), inline when it fits on the line,
  /// else as a block whose lines start at `childIndent`.
  mutating func value(
    _ node: YAMLNode, head: String, childIndent: Int, parentIndent: Int, comments: [String]
  ) {
    let separator = head.isEmpty ? "" : " "
    let properties = node.propertiesText
    let lead = head + (properties.isEmpty ? "" : separator + properties)
    let allComments = comments + [node.trailingComment].compactMap { $0 }
    let suffix = Self.commentSuffix(allComments)
    switch node.content {
    case .alias(let name):
      lines.append(head + separator + "*" + name + suffix)
    case .scalar(let scalar):
      if let block = blockScalar(
        node, scalar, childIndent: childIndent, parentIndent: parentIndent)
      {
        lines.append(lead + (lead.isEmpty ? "" : " ") + block.header + suffix)
        lines += block.lines
      } else {
        let text = ScalarWriter.inline(scalar, flow: false)
        let spaced = lead.isEmpty ? text : lead + (text.isEmpty ? "" : " " + text)
        lines.append(spaced + suffix)
      }
    case .mapping(let entries) where entries.isEmpty:
      lines.append(lead + (lead.isEmpty ? "" : " ") + "{}" + suffix)
    case .sequence(let items) where items.isEmpty:
      lines.append(lead + (lead.isEmpty ? "" : " ") + "[]" + suffix)
    case .mapping(let entries):
      lines.append(lead + suffix)
      for entry in entries { self.entry(entry, indent: childIndent) }
      trivia(node.footer, indent: childIndent)
    case .sequence(let items):
      lines.append(lead + suffix)
      for item in items { self.item(item, indent: childIndent) }
      trivia(node.footer, indent: childIndent)
    }
  }

  static func commentSuffix(_ comments: [String]) -> String {
    comments.isEmpty ? "" : " " + comments.map(trimmedTrailingSpace).joined(separator: " ")
  }

  static func trimmedTrailingSpace(_ text: String) -> String {
    var result = Substring(text)
    while let last = result.last, last == " " || last == "\t" { result = result.dropLast() }
    return String(result)
  }

  /// The key as written on a `key:` line, or nil when it needs the explicit `? ` form.
  static func simpleKey(_ key: YAMLNode) -> String? {
    switch key.content {
    case .alias(let name):
      return "*" + name + " "
    case .scalar(let scalar):
      guard !scalar.value.contains("\n"), scalar.value.utf8.count < 1000 else { return nil }
      let text = ScalarWriter.inline(scalar, flow: false)
      let properties = key.propertiesText
      if properties.isEmpty { return text.isEmpty ? nil : text }
      return properties + " " + text
    default:
      return nil
    }
  }
}

extension YAMLNode {
  var isAlias: Bool {
    if case .alias = content { return true }
    return false
  }

  var isEmptyCollection: Bool {
    switch content {
    case .mapping(let entries): return entries.isEmpty
    case .sequence(let items): return items.isEmpty
    default: return false
    }
  }

  var hasProperties: Bool { anchor != nil || tag != nil }

  /// `&anchor !tag` as written before the node's content.
  var propertiesText: String {
    [anchor.map { "&" + $0 }, tag].compactMap { $0 }.joined(separator: " ")
  }
}
