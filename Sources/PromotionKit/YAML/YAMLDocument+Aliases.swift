/// Keeping what aliases mean when their anchored node is edited or removed.
///
/// An edit changes a node in one place, but every `*name` that refers to that node's `&name`
/// would silently change with it — or, if the node went away, no longer read at all. So before a
/// desired tree is written, each alias whose anchored value is no longer what it was gets that
/// old value written out in its place, carrying the anchor on for any later aliases.
extension YAMLDocument {
  /// `desired` with every alias still meaning what it meant when the document was read.
  public func keepingAliasMeanings(in desired: YAMLNode) -> YAMLNode {
    guard !aliasTargets.isEmpty else { return desired }
    var defined: [String: YAMLNode] = [:]
    var node = desired
    keepAliasMeanings(in: &node, defined: &defined)
    return node
  }

  func keepAliasMeanings(in node: inout YAMLNode, defined: inout [String: YAMLNode]) {
    if case .alias(let name) = node.content, let start = node.span?.start,
      let original = aliasTargets[start]
    {
      if let current = defined[name], current.hasSameValue(as: original, in: self) { return }
      var written = original.detached()
      written.anchor = name
      written.leading = node.leading
      written.trailingComment = node.trailingComment
      node = written
    }
    switch node.content {
    case .mapping(var entries):
      for index in entries.indices {
        keepAliasMeanings(in: &entries[index].key, defined: &defined)
        keepAliasMeanings(in: &entries[index].value, defined: &defined)
      }
      node.content = .mapping(entries)
    case .sequence(var items):
      for index in items.indices { keepAliasMeanings(in: &items[index], defined: &defined) }
      node.content = .sequence(items)
    case .scalar, .alias:
      break
    }
    if let anchor = node.anchor { defined[anchor] = node }
  }
}

extension YAMLNode {
  /// True when both nodes hold the same data (scalars by value, type and tag; collections item
  /// by item; aliases by what they refer to in `document`), however they are written.
  func hasSameValue(as other: YAMLNode, in document: YAMLDocument) -> Bool {
    let left = document.resolve(self)
    let right = document.resolve(other)
    guard left.tag == right.tag else { return false }
    switch (left.content, right.content) {
    case (.scalar(let a), .scalar(let b)):
      return a.value == b.value && a.kind == b.kind
    case (.mapping(let a), .mapping(let b)):
      return a.count == b.count
        && zip(a, b).allSatisfy {
          $0.key.hasSameValue(as: $1.key, in: document)
            && $0.value.hasSameValue(as: $1.value, in: document)
        }
    case (.sequence(let a), .sequence(let b)):
      return a.count == b.count && zip(a, b).allSatisfy { $0.hasSameValue(as: $1, in: document) }
    case (.alias(let a), .alias(let b)):
      return a == b
    default:
      return false
    }
  }
}
