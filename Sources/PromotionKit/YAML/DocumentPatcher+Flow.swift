/// Flow collections (`[a, b]`, `{k: v}`), patched inside their line like block ones: kept
/// elements are patched in place, removed ones are cut out with their comma, new ones are written
/// after the element they follow.
extension DocumentPatcher {
  /// An entry or item of a flow collection: matched by `key` (a mapping key, or an item's original
  /// start); `text` is the new element as written, for added ones.
  struct FlowElement {
    var key: String
    var original: YAMLNode
    var start: Int?
    var end: Int?
    var text: String?
  }

  /// Where a flow mapping's entry ends: after its value, or for a missing value (`{c:}`), after
  /// the `:` that follows the key, which may stand on a later line.
  func flowEntryEnd(_ entry: YAMLEntry) -> Int? {
    guard let end = entry.value.span?.end ?? entry.key.span?.end else { return nil }
    guard entry.value.span.map({ $0.start == $0.end }) ?? true else { return end }
    let indicator = text.skipTrivia(from: end)
    return text.byte(indicator) == UInt8(ascii: ":") ? indicator + 1 : end
  }

  /// Patches the elements of a flow collection; false when it cannot be done in place (elements
  /// reordered, or no positions), so the caller rewrites the collection.
  mutating func patchFlowElements(_ old: [FlowElement], _ new: [FlowElement]) -> Bool {
    let oldIndex = Dictionary(
      old.enumerated().map { ($0.element.key, $0.offset) }, uniquingKeysWith: { a, _ in a })
    let kept = new.compactMap { $0.text == nil ? oldIndex[$0.key] : nil }
    let starts = old.compactMap(\.start)
    let ends = old.compactMap(\.end)
    guard kept == kept.sorted(), !kept.isEmpty, starts.count == old.count, ends.count == old.count
    else {
      return false
    }
    let keptSet = Set(kept)
    var index = 0
    while index < old.count {
      guard !keptSet.contains(index) else {
        index += 1
        continue
      }
      var last = index
      while last + 1 < old.count && !keptSet.contains(last + 1) { last += 1 }
      if last + 1 < old.count {
        patches.append(
          TextPatch(start: starts[index], end: starts[last + 1], replacement: ""))
      } else {
        patches.append(TextPatch(start: ends[index - 1], end: ends[last], replacement: ""))
      }
      index = last + 1
    }
    var previous: Int?
    var pending: [String] = []
    func flush(into patcher: inout DocumentPatcher, before next: Int?) {
      guard !pending.isEmpty else { return }
      if let previous {
        let position = ends[previous]
        // After a missing value's `:` a space must come first: libyaml refuses `c:,`.
        let space = patcher.text.bytes[position - 1] == UInt8(ascii: ":") ? " " : ""
        patcher.patches.append(
          TextPatch(
            start: position, end: position,
            replacement: space + pending.map { ", " + $0 }.joined()))
      } else if let next {
        let position = starts[next]
        patcher.patches.append(
          TextPatch(start: position, end: position, replacement: pending.map { $0 + ", " }.joined())
        )
      }
      pending = []
    }
    for element in new {
      if element.text == nil, let position = oldIndex[element.key] {
        flush(into: &self, before: position)
        patch(old[position].original, element.original, slot: .flow)
        previous = position
      } else if let text = element.text {
        pending.append(text)
      }
    }
    flush(into: &self, before: nil)
    return true
  }
}
