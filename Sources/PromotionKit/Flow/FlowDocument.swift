/// A promotion flow being edited inside its file. It keeps the file as read and the flow as read,
/// so its text is always "the file, with exactly the flow's changes patched in": unchanged means
/// byte-identical, a one-field edit is a one-line diff, other documents are untouched.
public struct FlowDocument: Sendable {
  public private(set) var file: YAMLFile
  /// The document holding the flow; nil when the file has none yet (a new flow).
  public private(set) var documentIndex: Int?
  /// The flow as read; nil for a new flow.
  public private(set) var original: PromotionFlow?
  public var flow: PromotionFlow

  private init(file: YAMLFile, documentIndex: Int?, original: PromotionFlow?, flow: PromotionFlow) {
    self.file = file
    self.documentIndex = documentIndex
    self.original = original
    self.flow = flow
  }

  /// The flow in document `documentIndex` of `file`.
  public init(file: YAMLFile, documentIndex: Int) {
    let flow = FlowDecoder.decode(file.documents[documentIndex])
    self.init(file: file, documentIndex: documentIndex, original: flow, flow: flow)
  }

  /// The first `PromotionFlow` of `file`, or a new flow named `name` added to it.
  public init(file: YAMLFile, newFlowName name: String) {
    if let index = file.documents.firstIndex(where: { ResourceKind(of: $0) == .promotionFlow }) {
      self.init(file: file, documentIndex: index)
    } else {
      self.init(file: file, documentIndex: nil, original: nil, flow: PromotionFlow(name: name))
    }
  }

  /// A new, empty file holding a new flow.
  public init(newFlowNamed name: String) {
    self.init(file: YAMLFile(text: SourceText(""), documents: []), newFlowName: name)
  }

  public var isNew: Bool { documentIndex == nil }

  /// The document's root as it would be written now.
  public var root: YAMLNode {
    let document = documentIndex.map { file.documents[$0] }
    let root = FlowEncoder.root(
      for: flow, original: original, root: document?.root, document: document)
    return document?.keepingAliasMeanings(in: root) ?? root
  }

  /// The whole file's text as a save would write it now.
  public var text: String {
    guard let documentIndex else {
      var emitter = BlockEmitter(style: EmitStyle(lineBreak: file.text.preferredLineBreak))
      emitter.root(root)
      let existing = file.text.string
      if existing.isEmpty { return emitter.text }
      let separator = existing.hasSuffix("\n") ? "" : "\n"
      return existing + separator + (file.documents.isEmpty ? "" : "---\n") + emitter.text
    }
    if flow == original { return file.text.string }
    return file.replacingRoots([documentIndex: root])
  }
}
