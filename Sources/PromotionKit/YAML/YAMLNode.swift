/// One node of a YAML document as promoflow keeps it: the value, how it was written (style, tag,
/// anchor), where it stands in the source, and the comments around it.
///
/// Unlike Yams' `Node`, aliases stay aliases (so nothing is expanded or duplicated), collection
/// style is known, every node has its exact byte span, and comments have a place to live — which is
/// what makes byte-exact saves, minimal diffs and comment-keeping `fmt` possible.
public struct YAMLNode: Sendable {
  /// What the node holds.
  public enum Content: Sendable {
    case scalar(YAMLScalar)
    case mapping([YAMLEntry])
    case sequence([YAMLNode])
    /// A reference to an anchored node (`*name`); resolved through `YAMLDocument.anchors`.
    case alias(String)
  }

  public var content: Content
  public var anchor: String?
  /// An explicit tag as written, such as `!!str` or `!custom`; nil when implicit.
  public var tag: String?
  /// True for `[…]` and `{…}` collections.
  public var isFlow: Bool
  /// Where the node stands in the source (properties included); nil for nodes built in code.
  public var span: SourceSpan?
  /// For an item of a block sequence: the offset of its `-` indicator.
  public var indicator: Int?
  /// Blank lines and comment lines directly above this entry or item, in order.
  public var leading: [TriviaLine]
  /// A comment at the end of this node's last line.
  public var trailingComment: String?
  /// Comment lines inside a flow collection after its last item.
  public var footer: [TriviaLine]

  public init(
    _ content: Content, anchor: String? = nil, tag: String? = nil, isFlow: Bool = false,
    span: SourceSpan? = nil
  ) {
    self.content = content
    self.anchor = anchor
    self.tag = tag
    self.isFlow = isFlow
    self.span = span
    self.indicator = nil
    self.leading = []
    self.trailingComment = nil
    self.footer = []
  }

  /// A plain or quoted string scalar built in code.
  public static func string(_ value: String) -> YAMLNode {
    YAMLNode(.scalar(YAMLScalar(value, kind: .string)))
  }

  /// An integer scalar built in code.
  public static func integer(_ value: Int) -> YAMLNode {
    YAMLNode(.scalar(YAMLScalar(String(value), kind: .integer)))
  }

  public static func mapping(_ entries: [(String, YAMLNode)]) -> YAMLNode {
    YAMLNode(.mapping(entries.map { YAMLEntry(key: .string($0.0), value: $0.1) }))
  }

  public static func sequence(_ items: [YAMLNode], flow: Bool = false) -> YAMLNode {
    YAMLNode(.sequence(items), isFlow: flow)
  }

  public var scalar: YAMLScalar? {
    if case .scalar(let scalar) = content { return scalar }
    return nil
  }

  public var entries: [YAMLEntry]? {
    if case .mapping(let entries) = content { return entries }
    return nil
  }

  public var items: [YAMLNode]? {
    if case .sequence(let items) = content { return items }
    return nil
  }

  /// The entry whose key is the string `key`.
  public func entry(_ key: String) -> YAMLEntry? {
    entries?.first { $0.key.scalar?.value == key }
  }

  /// The value under the string key `key`.
  public subscript(key: String) -> YAMLNode? { entry(key)?.value }

  /// Where the node's visible text starts: the `-` of a block item, otherwise its span.
  public var visibleStart: Int? { indicator ?? span?.start }

  /// True when the node and `other` hold the same data written the same way (comments ignored).
  public func sameData(as other: YAMLNode) -> Bool {
    guard anchor == other.anchor, tag == other.tag else { return false }
    switch (content, other.content) {
    case (.scalar(let left), .scalar(let right)):
      return left.value == right.value && left.kind == right.kind
    case (.alias(let left), .alias(let right)):
      return left == right
    case (.mapping(let left), .mapping(let right)):
      return left.count == right.count
        && zip(left, right).allSatisfy {
          $0.key.sameData(as: $1.key) && $0.value.sameData(as: $1.value)
        }
    case (.sequence(let left), .sequence(let right)):
      return left.count == right.count && zip(left, right).allSatisfy { $0.sameData(as: $1) }
    default:
      return false
    }
  }
}

/// A key and its value in a mapping.
public struct YAMLEntry: Sendable {
  public var key: YAMLNode
  public var value: YAMLNode
}

/// A line of trivia kept above a node: an empty line or a full-line comment (text from `#`).
public enum TriviaLine: Hashable, Sendable {
  case blank
  case comment(String)
}
