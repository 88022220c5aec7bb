/// A YAML file as read: its exact text and each document's tree of spans, so it can be written back
/// byte for byte, patched line by line, or restyled by `fmt`.
public struct YAMLFile: Sendable {
  public let text: SourceText
  public let documents: [YAMLDocument]

  public init(text: SourceText, documents: [YAMLDocument]) {
    self.text = text
    self.documents = documents
  }
}

/// One document of a YAML stream.
public struct YAMLDocument: Sendable {
  /// The root node; nil for a document without content.
  public var root: YAMLNode?
  /// Targets of the aliases in this document, keyed by the alias's start offset.
  public var aliasTargets: [Int: YAMLNode]
  /// Where the comment lines after the root that its blocks own (by their column) end; nil when
  /// they own none. What follows is the gap to the next document.
  public var ownedTriviaEnd: Int?

  public init(root: YAMLNode?, aliasTargets: [Int: YAMLNode] = [:]) {
    self.root = root
    self.aliasTargets = aliasTargets
  }

  /// True for a document with no content: nothing at all, or an explicit `---` with nothing after
  /// it but comments (libyaml gives it an empty null scalar).
  public var isEmpty: Bool {
    guard let root else { return true }
    return root.scalar?.kind == .null && root.tag == nil && root.anchor == nil
      && root.span.map { $0.start == $0.end } ?? true
  }

  /// The node itself, or the node an alias refers to.
  public func resolve(_ node: YAMLNode) -> YAMLNode {
    guard case .alias = node.content, let start = node.span?.start, let target = aliasTargets[start]
    else { return node }
    return target
  }
}

/// A YAML text that could not be read, with where and why.
public struct YAMLReadError: Error, Sendable, Equatable, CustomStringConvertible {
  public var message: String
  public var location: SourceLocation
  /// A stable diagnostic code (`yaml-syntax`, `invalid-utf8`, `too-deep`, …).
  public var code: String

  public init(_ message: String, at location: SourceLocation, code: String = "yaml-syntax") {
    self.message = message
    self.location = location
    self.code = code
  }

  public var description: String { "\(location): \(message)" }

  /// The error as a diagnostic of the file at `path`.
  public func diagnostic(file path: String? = nil) -> Diagnostic {
    Diagnostic(.error, code, message, at: location, file: path)
  }
}
