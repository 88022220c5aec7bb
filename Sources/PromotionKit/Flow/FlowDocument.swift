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

  /// Why `file` cannot be opened as a flow, or nil when it can: it holds documents with content
  /// and none of them is a PromotionFlow (a Deployment, say), so the editor would otherwise add a
  /// new flow to someone else's file. A file without content (empty, or only comments) can
  /// start a new flow.
  public static func refusal(for file: YAMLFile, path: String) -> Diagnostic? {
    let contents = file.documents.filter { !$0.isEmpty }
    guard !contents.isEmpty,
      !file.documents.contains(where: { ResourceKind(of: $0) == .promotionFlow })
    else { return nil }
    var kinds: [String] = []
    for document in contents where !kinds.contains(ResourceKind(of: document).label) {
      kinds.append(ResourceKind(of: document).label)
    }
    let found =
      kinds.count == 1
      ? kinds[0] : kinds.dropLast().joined(separator: ", ") + " and " + (kinds.last ?? "")
    let location = contents.first?.root?.span.map { file.text.location(of: $0.start) }
    return Diagnostic(
      .error, "not-a-flow",
      "this file holds no PromotionFlow, only \(found): promoflow edits PromotionFlow resources (apiVersion codefresh.io/v1beta1); open a flow file, or name a new file to start a flow",
      at: location, file: path)
  }

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
