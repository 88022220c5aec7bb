/// Read access to a node inside its document, following aliases — the small vocabulary decoders
/// and validation rules read resources with.
public struct NodeView: Sendable {
  public let node: YAMLNode
  public let document: YAMLDocument

  public init(_ node: YAMLNode, in document: YAMLDocument) {
    self.node = document.resolve(node)
    self.document = document
  }

  public init?(root document: YAMLDocument) {
    guard let root = document.root else { return nil }
    self.init(root, in: document)
  }

  public subscript(key: String) -> NodeView? {
    guard let entry = entry(key) else { return nil }
    return NodeView(entry.value, in: document)
  }

  public func entry(_ key: String) -> YAMLEntry? {
    node.entries?.first { NodeView($0.key, in: document).scalar?.value == key }
  }

  public var entries: [(key: NodeView, value: NodeView)]? {
    node.entries?.map { (NodeView($0.key, in: document), NodeView($0.value, in: document)) }
  }

  public var items: [NodeView]? { node.items?.map { NodeView($0, in: document) } }

  public var scalar: YAMLScalar? { node.scalar }

  /// The scalar's text, whatever type it reads as (nil for null and collections).
  public var text: String? {
    guard let scalar = node.scalar, scalar.kind != .null else { return nil }
    return scalar.value
  }

  /// The values of a sequence of scalars; nil when this is not a sequence.
  public var texts: [String]? { items?.map { $0.text ?? "" } }

  public var isNull: Bool { node.scalar?.kind == .null }

  public var isMapping: Bool { node.entries != nil }

  /// Where the node starts (its span's start), for diagnostics.
  public var start: Int? { node.span?.start }

  public func path(_ keys: String...) -> NodeView? {
    var current: NodeView? = self
    for key in keys { current = current?[key] }
    return current
  }
}
