/// Edits on a desired tree. A value set over an existing entry keeps the entry's key (and so its
/// place in the file); a new key goes where `order` says, among the keys it knows; an emptied
/// optional mapping disappears rather than being left as `{}`.
extension YAMLNode {
  /// Sets `key` to `value`, or removes the entry when `value` is nil.
  public mutating func set(_ key: String, _ value: YAMLNode?, order: [String] = []) {
    var entries = self.entries ?? []
    if case .scalar(let scalar) = content, scalar.kind == .null { entries = [] }
    let index = entries.firstIndex { $0.key.scalar?.value == key }
    switch (index, value) {
    case (let index?, let value?):
      entries[index].value = value
    case (let index?, nil):
      entries.remove(at: index)
    case (nil, let value?):
      let rank = order.firstIndex(of: key) ?? order.count
      let position =
        entries.firstIndex { entry in
          guard let other = entry.key.scalar.flatMap({ order.firstIndex(of: $0.value) }) else {
            return false
          }
          return other > rank
        } ?? entries.count
      entries.insert(YAMLEntry(key: .string(key), value: value), at: position)
    case (nil, nil):
      return
    }
    if self.entries == nil { self = YAMLNode(.mapping([]), span: span) }
    content = .mapping(entries)
  }

  /// Edits the mapping under `key` (made when missing, copied out of an alias when needed); when
  /// `removeIfEmpty` and nothing is left in it, the key goes. When `body` changes nothing, what
  /// is there stays as written: an alias, or a value of the wrong type (validation reports it).
  public mutating func update(
    _ key: String, in document: YAMLDocument?, order: [String] = [], removeIfEmpty: Bool = true,
    _ body: (inout YAMLNode) -> Void
  ) {
    let existing = entry(key)?.value
    var child: YAMLNode
    if let existing, case .alias = existing.content {
      child = document.map { $0.resolve(existing).detached() } ?? YAMLNode(.mapping([]))
      child.anchor = nil
      if child.entries == nil { child = YAMLNode(.mapping([])) }
    } else if let existing, existing.entries != nil {
      child = existing
    } else {
      child = YAMLNode(.mapping([]))
      // A value of another type that an edit replaces keeps its comment, on the key's line.
      child.trailingComment = existing?.trailingComment
    }
    let before = child
    body(&child)
    // Nothing changed: nothing is written (not even an empty mapping where the key was absent).
    if child.sameData(as: before) { return }
    if removeIfEmpty && (child.entries?.isEmpty ?? true) {
      if existing != nil { set(key, nil) }
    } else {
      set(key, child, order: order)
    }
  }

  /// A copy with no source positions, for content that moves (an alias made concrete).
  public func detached() -> YAMLNode {
    var copy = self
    copy.span = nil
    copy.indicator = nil
    switch content {
    case .mapping(let entries):
      copy.content = .mapping(
        entries.map { YAMLEntry(key: $0.key.detached(), value: $0.value.detached()) })
    case .sequence(let items):
      copy.content = .sequence(items.map { $0.detached() })
    default:
      break
    }
    return copy
  }

  /// `existing` when it is a sequence (its style, comments and positions kept), else a new empty
  /// one: where an edit writes a list into a value that may be missing or of another type.
  public static func sequence(keeping existing: YAMLNode?) -> YAMLNode {
    existing.flatMap { $0.items != nil ? $0 : nil } ?? YAMLNode(.sequence([]))
  }

  /// A sequence of strings that keeps the items of `self` that stay (with their places and
  /// comments), rewrites left-over items in place for new values, and adds the rest, in the order of
  /// `values` — so renaming one entry of a list changes one line.
  public func replacingStrings(with values: [String]) -> YAMLNode {
    let oldItems = items ?? []
    var used = Array(repeating: false, count: oldItems.count)
    var result: [YAMLNode?] = values.map { value in
      guard
        let index = oldItems.indices.first(where: {
          !used[$0] && oldItems[$0].scalar?.value == value
        })
      else { return nil }
      used[index] = true
      return oldItems[index]
    }
    var leftovers = oldItems.indices.filter { !used[$0] && oldItems[$0].scalar != nil }
      .makeIterator()
    for position in result.indices where result[position] == nil {
      if let index = leftovers.next() {
        var item = oldItems[index]
        item.content = .scalar(
          YAMLScalar(values[position], style: item.scalar?.style ?? .plain, kind: .string))
        item.anchor = nil
        item.tag = nil
        result[position] = item
      } else {
        result[position] = .string(values[position])
      }
    }
    var copy = items != nil ? self : YAMLNode(.sequence([]))
    copy.content = .sequence(result.compactMap { $0 })
    return copy
  }
}
