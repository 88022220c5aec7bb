/// Writes the changes between a document's original tree and a desired tree as text patches that
/// touch only the lines of the nodes that changed: every other byte of the file stays as it was,
/// whatever its style. New nodes are written in the style the file already uses.
///
/// The desired tree is the original with edits applied: nodes that were kept carry their original
/// spans, so entries are matched by key and sequence items by span.
struct DocumentPatcher {
  let text: SourceText
  let style: EmitStyle
  var patches: [TextPatch] = []

  init(text: SourceText, style: EmitStyle) {
    self.text = text
    self.style = style
  }

  /// Where a node sits, which decides how a replacement for it is written.
  enum Slot {
    case root
    /// The value of `key` in a block mapping whose keys stand at `indent`.
    case mappingValue(key: YAMLNode, indent: Int)
    /// An item of a block sequence whose `-` is at `dash`, in column `indent`.
    case item(dash: Int, indent: Int)
    /// Inside a flow collection: only flow style will do.
    case flow
  }

  mutating func patch(_ original: YAMLNode, _ desired: YAMLNode, slot: Slot) {
    guard let span = original.span else { return }
    if desired.span == span && desired.sameData(as: original) { return }
    let sameProperties = original.anchor == desired.anchor && original.tag == desired.tag
    if case .flow = slot, !original.isFlow, original.entries != nil {
      // A single pair in a flow sequence (`[a: b]`): a second key would make a second item, so
      // the mapping is written again with braces.
      replace(original, with: desired, slot: slot)
      return
    }
    switch (original.content, desired.content) {
    case (.scalar(let old), .scalar(let new)) where sameProperties:
      replaceScalar(original, old, with: desired, new, slot: slot)
    case (.mapping(let old), .mapping(let new))
    where sameProperties && !original.isFlow && !old.isEmpty && !new.isEmpty:
      patchBlockMapping(original, old, new, slot: slot)
    case (.sequence(let old), .sequence(let new))
    where sameProperties && !original.isFlow && !old.isEmpty && !new.isEmpty:
      patchBlockSequence(original, old, new, slot: slot)
    case (.mapping(let old), .mapping(let new))
    where sameProperties && original.isFlow && !old.isEmpty && !new.isEmpty:
      let oldElements = old.map {
        FlowElement(
          key: Self.keyText($0.key), original: $0.value, start: $0.key.span?.start,
          end: flowEntryEnd($0))
      }
      let oldKeys = Set(oldElements.map(\.key))
      let newElements = new.map { entry in
        FlowElement(
          key: Self.keyText(entry.key), original: entry.value, start: nil, end: nil,
          text: oldKeys.contains(Self.keyText(entry.key))
            ? nil : FlowWriter.write(YAMLNode(.mapping([entry]))).droppingFirst(1).droppingLast(1)
        )
      }
      if !patchFlowElements(oldElements, newElements) {
        replace(original, with: desired, slot: slot)
      }
    case (.sequence(let old), .sequence(let new))
    where sameProperties && original.isFlow && !old.isEmpty && !new.isEmpty:
      let oldElements = old.map {
        FlowElement(
          key: $0.span.map { String($0.start) } ?? "", original: $0, start: $0.span?.start,
          end: $0.span?.end)
      }
      let newElements = new.map { item in
        FlowElement(
          key: item.span.map { String($0.start) } ?? "", original: item, start: nil, end: nil,
          text: item.span == nil ? FlowWriter.write(item) : nil)
      }
      if !patchFlowElements(oldElements, newElements) {
        replace(original, with: desired, slot: slot)
      }
    default:
      replace(original, with: desired, slot: slot)
    }
  }

  // MARK: Scalars

  mutating func replaceScalar(
    _ original: YAMLNode, _ old: YAMLScalar, with desired: YAMLNode, _ new: YAMLScalar, slot: Slot
  ) {
    let isBlockSlot: Bool
    if case .flow = slot { isBlockSlot = false } else { isBlockSlot = true }
    if isBlockSlot && new.kind == .string
      && ScalarWriter.literalBlock(new.value, allowKeep: false) != nil
    {
      replace(original, with: desired, slot: slot)
      return
    }
    guard let span = original.span else { return }
    var rendered = ScalarWriter.inline(new, flow: !isBlockSlot, preferring: old.style)
    if !desired.propertiesText.isEmpty { rendered = desired.propertiesText + " " + rendered }
    if old.style == .literal || old.style == .folded, let comment = original.trailingComment {
      rendered += " " + comment
    }
    if let indicator = missingValueIndicator(original, slot: slot) {
      patches.append(
        TextPatch(start: span.start, end: span.end, replacement: indicator + " " + rendered))
      return
    }
    replaceInline(SourceSpan(span.start, span.end), with: rendered)
  }

  /// For a value missing with its `:` (`{k}`, or `? k` with no `:` line), the indicator a new
  /// value needs before it: `:` in a flow mapping, a `:` line at the key's column in a block one.
  func missingValueIndicator(_ original: YAMLNode, slot: Slot) -> String? {
    guard let span = original.span, span.start == span.end else { return nil }
    if text.followsColon(span.start, acrossLines: true)
      || text.byte(text.skipTrivia(from: span.end)) == UInt8(ascii: ":")
    {
      return nil
    }
    switch slot {
    case .flow: return ":"
    case .mappingValue(_, let indent):
      return style.lineBreak + String(repeating: " ", count: indent) + ":"
    case .root, .item: return nil
    }
  }

  /// Replaces a range on one line with `rendered`, keeping one space after an indicator.
  mutating func replaceInline(_ range: SourceSpan, with rendered: String) {
    var start = range.start
    var replacement = rendered
    if rendered.isEmpty {
      while start > 0 && text.bytes[start - 1] == 0x20 { start -= 1 }
    } else if start > 0, !text.isBlank(start - 1),
      [UInt8(ascii: ":"), UInt8(ascii: "-")].contains(text.bytes[start - 1])
    {
      replacement = " " + rendered
    }
    patches.append(TextPatch(start: start, end: range.end, replacement: replacement))
  }

  // MARK: Whole values

  /// Replaces a node with `desired` written anew: inline when it fits on the line (or must, in a
  /// flow collection), otherwise as a block below its key or dash.
  mutating func replace(_ original: YAMLNode, with desired: YAMLNode, slot: Slot) {
    guard let span = original.span else { return }
    let inlineText = inline(desired, replacing: original, slot: slot)
    let indicator = missingValueIndicator(original, slot: slot)
    switch slot {
    case .flow:
      let written = FlowWriter.write(desired)
      patches.append(
        TextPatch(
          start: span.start, end: span.end,
          replacement: indicator.map { $0 + " " + written } ?? written))
    case .root:
      if let inlineText {
        replaceInline(span, with: inlineText)
      } else {
        var emitter = BlockEmitter(style: style)
        emitter.root(desired)
        let body = emitter.lines.joined(separator: style.lineBreak)
        patches.append(TextPatch(start: span.start, end: span.end, replacement: body))
      }
    case .mappingValue(let key, let indent):
      var start =
        indicator == nil
        ? afterIndicator(following: key.span?.end ?? span.start, indicator: ":") ?? span.start
        : span.start
      var (end, comment) = endIncludingComment(of: original)
      // After an empty value (`key: # note`) the comment is the key's, already among its own.
      let isEmpty = original.span.map { $0.start == $0.end } ?? false
      var comments = [key.trailingComment, isEmpty ? nil : comment].compactMap { $0 }
      if indicator != nil {
        // A value where none was goes on a `:` line below `? key`; that line, comment and all,
        // stays as it is.
        start = text.lineContentEnd(from: span.start)
        end = start
        comments = []
      }
      if let inlineText {
        patches.append(
          TextPatch(
            start: start, end: end,
            replacement: (indicator ?? "") + joined(" " + inlineText, comments)))
      } else {
        if let comment, Self.carries(desired, comment) { comments.removeAll { $0 == comment } }
        var emitter = BlockEmitter(style: style)
        let childIndent = emitter.childIndent(of: desired, at: indent)
        emitter.value(
          desired, head: "~", childIndent: childIndent, parentIndent: indent, comments: comments)
        var lines = emitter.lines
        lines[0] = (indicator ?? "") + lines[0].droppingFirst(1)
        patches.append(
          TextPatch(start: start, end: end, replacement: lines.joined(separator: style.lineBreak)))
      }
    case .item(let dash, let indent):
      let (end, comment) = endIncludingComment(of: original)
      let comments = [comment].compactMap { $0 }
      if let inlineText {
        patches.append(
          TextPatch(start: dash + 1, end: end, replacement: joined(" " + inlineText, comments)))
      } else {
        var emitter = BlockEmitter(style: style)
        var item = desired
        item.leading = []
        if let comment, !Self.carries(item, comment) {
          item.trailingComment = [item.trailingComment, comment].compactMap { $0 }.joined(
            separator: " ")
        }
        emitter.item(item, indent: indent)
        var lines = emitter.lines
        lines[0] = lines[0].droppingFirst(indent + 1)
        patches.append(
          TextPatch(
            start: dash + 1, end: end, replacement: lines.joined(separator: style.lineBreak)))
      }
    }
  }

  /// The node on one line, or nil when it needs block lines.
  func inline(_ node: YAMLNode, replacing original: YAMLNode, slot: Slot) -> String? {
    switch node.content {
    case .alias:
      return FlowWriter.write(node)
    case .scalar(let scalar):
      if scalar.kind == .string && ScalarWriter.literalBlock(scalar.value, allowKeep: false) != nil
      {
        return nil
      }
      var text = ScalarWriter.inline(
        scalar, flow: false, preferring: original.scalar?.style ?? .plain)
      if !node.propertiesText.isEmpty {
        text = node.propertiesText + (text.isEmpty ? "" : " " + text)
      }
      return text
    case .mapping(let entries) where entries.isEmpty:
      return FlowWriter.write(node)
    case .sequence(let items) where items.isEmpty:
      return FlowWriter.write(node)
    default:
      guard original.isFlow, let span = original.span,
        text.lineIndex(of: span.start) == text.lineIndex(of: max(span.start, span.end - 1))
      else { return nil }
      return FlowWriter.write(node)
    }
  }

  func joined(_ text: String, _ comments: [String]) -> String {
    comments.isEmpty ? text : text + " " + comments.joined(separator: " ")
  }

  /// The offset just past `indicator` after `offset` (skipping spaces), if it is there.
  func afterIndicator(following offset: Int, indicator: Character) -> Int? {
    let index = text.skipSpaces(from: offset)
    guard let byte = text.byte(index), byte == indicator.asciiValue else { return nil }
    return index + 1
  }

  /// A node's end, extended over a comment that follows it on its last line (returned apart).
  /// True when `desired` already holds `comment` (an edit that replaced a value of another type
  /// keeps the value's comments), so it is not written a second time.
  static func carries(_ desired: YAMLNode, _ comment: String) -> Bool {
    desired.trailingComment?.hasSuffix(comment) ?? false
  }

  func endIncludingComment(of node: YAMLNode) -> (Int, String?) {
    guard let end = node.span?.end else { return (0, nil) }
    let after = text.skipSpaces(from: end)
    let lineEnd = text.lineContentEnd(from: end)
    if after < lineEnd, text.bytes[after] == UInt8(ascii: "#") {
      return (lineEnd, text.slice(after, lineEnd))
    }
    return (end, nil)
  }
}
