/// Block mappings and sequences: entries and items are deleted and inserted as whole lines, kept
/// ones are patched in place.
extension DocumentPatcher {
  /// What tells a key from the others in its mapping: its text, with its tag and anchor when it
  /// has them (`!a ""` and `!b ""` are two keys).
  static func keyText(_ key: YAMLNode) -> String {
    if let scalar = key.scalar, !key.hasProperties { return scalar.value }
    return FlowWriter.write(key)
  }

  mutating func patchBlockMapping(
    _ original: YAMLNode, _ old: [YAMLEntry], _ new: [YAMLEntry], slot: Slot
  ) {
    guard
      let firstKeyStart = text.explicitKeyIndicator(before: old[0].key) ?? old[0].key.visibleStart
    else { return }
    let indent = text.location(of: firstKeyStart).column - 1
    let newKeys = Set(new.map { Self.keyText($0.key) })
    let oldIndex = Dictionary(
      old.enumerated().map { (Self.keyText($0.element.key), $0.offset) },
      uniquingKeysWith: { a, _ in a })
    var handled = Set<Int>()
    func entryStart(_ entry: YAMLEntry) -> Int? {
      text.explicitKeyIndicator(before: entry.key) ?? entry.key.span?.start
    }
    for (index, entry) in old.enumerated() where !newKeys.contains(Self.keyText(entry.key)) {
      guard !handled.contains(index), let keyStart = entryStart(entry) else { continue }
      if text.isFirstTokenOnLine(keyStart) {
        let previousEnd = index > 0 ? entryLinesEnd(old[index - 1]) : 0
        deleteLines(
          from: leadingCommentsStart(above: keyStart, notAbove: previousEnd),
          to: entryLinesEnd(entry))
        continue
      }
      // The first entry of a compact item (`- a: 1`): the `-` line stays, so the removal ends
      // where the next kept entry starts, or at the end of the last removed entry's lines.
      var next = index + 1
      while next < old.count && !newKeys.contains(Self.keyText(old[next].key)) {
        handled.insert(next)
        next += 1
      }
      let end =
        next < old.count
        ? entryStart(old[next])
        : text.lineContentEnd(from: text.lineStart(of: entryLinesEnd(old[next - 1]) - 1))
      if let end { patches.append(TextPatch(start: keyStart, end: end, replacement: "")) }
    }
    var pending: [YAMLEntry] = []
    var anchor: YAMLEntry?
    func flush(into patcher: inout DocumentPatcher) {
      guard !pending.isEmpty else { return }
      var emitter = BlockEmitter(style: patcher.style)
      for entry in pending { emitter.entry(entry, indent: indent) }
      if let anchor {
        patcher.insertLines(emitter.lines, at: patcher.entryLinesEnd(anchor))
      } else if patcher.text.isFirstTokenOnLine(firstKeyStart) {
        patcher.insertLines(emitter.lines, at: patcher.leadingCommentsStart(above: firstKeyStart))
      } else {
        patcher.insertLines(emitter.lines, at: patcher.entryLinesEnd(old[0]))
      }
      pending = []
    }
    for entry in new {
      if let index = oldIndex[Self.keyText(entry.key)] {
        flush(into: &self)
        patch(
          old[index].value, entry.value, slot: .mappingValue(key: old[index].key, indent: indent))
        anchor = old[index]
      } else {
        pending.append(entry)
      }
    }
    flush(into: &self)
  }

  mutating func patchBlockSequence(
    _ original: YAMLNode, _ old: [YAMLNode], _ new: [YAMLNode], slot: Slot
  ) {
    let oldIndex = Dictionary(
      old.enumerated().compactMap { pair in pair.element.span.map { ($0.start, pair.offset) } },
      uniquingKeysWith: { a, _ in a })
    let kept = new.compactMap { $0.span.flatMap { oldIndex[$0.start] } }
    let dashes = old.compactMap(\.indicator)
    guard kept == kept.sorted(), Set(kept).count == kept.count, dashes.count == old.count,
      dashes.allSatisfy(text.isFirstTokenOnLine), let firstDash = dashes.first
    else {
      replace(
        original,
        with: YAMLNode(
          .sequence(new), anchor: original.anchor, tag: original.tag, span: original.span),
        slot: slot)
      return
    }
    let indent = text.location(of: firstDash).column - 1
    let keptSet = Set(kept)
    for (index, item) in old.enumerated() where !keptSet.contains(index) {
      let previousEnd = index > 0 ? itemLinesEnd(old[index - 1]) : 0
      deleteLines(
        from: leadingCommentsStart(above: dashes[index], notAbove: previousEnd),
        to: itemLinesEnd(item))
    }
    var pending: [YAMLNode] = []
    var anchor: YAMLNode?
    let siblingsAreFlow = !old.isEmpty && old.allSatisfy { $0.isFlow }
    func flush(into patcher: inout DocumentPatcher) {
      guard !pending.isEmpty else { return }
      var emitter = BlockEmitter(style: patcher.style)
      for item in pending {
        if siblingsAreFlow && (item.entries != nil || item.items != nil) {
          emitter.line(String(repeating: " ", count: indent) + "- " + FlowWriter.write(item))
        } else {
          emitter.item(item, indent: indent)
        }
      }
      let position =
        anchor.map(patcher.itemLinesEnd) ?? patcher.leadingCommentsStart(above: firstDash)
      patcher.insertLines(emitter.lines, at: position)
      pending = []
    }
    for item in new {
      if let start = item.span?.start, let index = oldIndex[start] {
        flush(into: &self)
        patch(old[index], item, slot: .item(dash: dashes[index], indent: indent))
        anchor = old[index]
      } else {
        pending.append(item)
      }
    }
    flush(into: &self)
  }

  /// Deletes whole lines; at the end of a file without a final line break, the break before them
  /// goes too, so the file keeps its ending.
  mutating func deleteLines(from start: Int, to end: Int) {
    var start = start
    if end == text.count, end > 0, text.lineBreakLength(at: end - 1) == 0, start > 0 {
      let previousLine = text.lineStart(of: start - 1)
      start = text.lineContentEnd(from: previousLine)
    }
    patches.append(TextPatch(start: start, end: end, replacement: ""))
  }

  /// Inserts whole lines at a line start (or the end of the text).
  mutating func insertLines(_ lines: [String], at position: Int) {
    var replacement = lines.map { $0 + style.lineBreak }.joined()
    if position == text.count, position > 0, text.lineBreakLength(at: position - 1) == 0 {
      replacement = style.lineBreak + lines.joined(separator: style.lineBreak)
    }
    patches.append(TextPatch(start: position, end: position, replacement: replacement))
  }

  /// The start of the line holding `offset`, moved up over the full-line comments right above it
  /// (not above `notAbove`, where the comments the sibling before owns end).
  func leadingCommentsStart(above offset: Int, notAbove: Int = 0) -> Int {
    var start = text.lineStart(of: offset)
    while start > notAbove {
      let previous = text.lineStart(of: start - 1)
      let first = text.skipSpaces(from: previous)
      guard text.byte(first) == UInt8(ascii: "#") else { break }
      start = previous
    }
    return start
  }

  /// The start of the line after an entry's last line and the comment lines it owns.
  func entryLinesEnd(_ entry: YAMLEntry) -> Int {
    let end = max(entry.key.span?.end ?? 0, entry.value.span?.end ?? 0)
    let linesEnd = text.nextLineStart(after: max(end - 1, entry.key.span?.start ?? 0))
    guard let keyStart = text.explicitKeyIndicator(before: entry.key) ?? entry.key.visibleStart
    else {
      return linesEnd
    }
    return ownedCommentsEnd(
      after: linesEnd, of: entry.value, under: keyStart - text.lineStart(of: keyStart))
  }

  /// The start of the line after an item's last line and the comment lines it owns.
  func itemLinesEnd(_ item: YAMLNode) -> Int {
    guard let span = item.span else { return 0 }
    let dash = item.visibleStart ?? span.start
    return ownedCommentsEnd(
      after: text.nextLineStart(after: max(span.end - 1, span.start)), of: item,
      under: dash - text.lineStart(of: dash))
  }

  /// Past the comment lines after a block collection that stand at its entries' column or deeper
  /// — and deeper than the key or `-` at `parentColumn` it stands under — (commented-out fields
  /// of a step): they are the block's, as `fmt` keeps them, and go with it.
  func ownedCommentsEnd(after linesEnd: Int, of node: YAMLNode, under parentColumn: Int) -> Int {
    guard !node.isFlow,
      let first = node.entries?.first.flatMap({
        text.explicitKeyIndicator(before: $0.key) ?? $0.key.visibleStart
      })
        ?? node.items?.first?.visibleStart
    else { return linesEnd }
    let column = max(first - text.lineStart(of: first), parentColumn + 1)
    var position = linesEnd
    var end = linesEnd
    while position < text.count {
      let content = text.skipSpaces(from: position)
      let lineEnd = text.lineContentEnd(from: position)
      if content < lineEnd {
        guard text.byte(content) == UInt8(ascii: "#"), content - position >= column else {
          break
        }
        end = text.nextLineStart(after: position)
      }
      let next = text.nextLineStart(after: position)
      if next <= position { break }
      position = next
    }
    return end
  }
}
