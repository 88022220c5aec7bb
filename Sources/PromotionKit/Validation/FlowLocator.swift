/// Finds where the parts of a flow stand in its file, so model-level problems (a cycle, an unknown
/// dependency) point at the exact line and column. Steps are found by their `origin` index.
public struct FlowLocator: Sendable {
  let text: SourceText
  let root: NodeView?
  /// The items of `spec.steps`, read once: a flow may have 10,000 of them.
  let stepNodes: [YAMLNode]

  public init(file: YAMLFile, documentIndex: Int) {
    text = file.text
    root = NodeView(root: file.documents[documentIndex])
    stepNodes = root?["spec"]?["steps"]?.node.items ?? []
  }

  /// A part of a flow document.
  public enum Part: Sendable {
    case name
    case namespace
    case trigger
    case steps
    case postTrigger
    case timeout
    case flowHook(Hooks.Field)
    case step(Int)
    case dependsOn(Int)
    case dependency(Int, Int)
    case policy(Int, String)
    case stepHook(Int, Hooks.Field)
  }

  public func location(of part: Part) -> SourceLocation? {
    guard let root else { return nil }
    let spec = root["spec"]
    func step(_ origin: Int) -> NodeView? {
      stepNodes.indices.contains(origin) ? NodeView(stepNodes[origin], in: root.document) : nil
    }
    let specKey = root.entry("spec").map { NodeView($0.key, in: root.document) }
    let candidates: [NodeView?]
    switch part {
    case .name: candidates = [root.path("metadata", "name"), root["metadata"], root]
    case .namespace: candidates = [root.path("metadata", "namespace")]
    case .trigger: candidates = [spec?["triggerEnvironment"], specKey, root]
    case .steps: candidates = [spec?["steps"], specKey, root]
    case .postTrigger: candidates = [spec?["postTrigger"]]
    case .timeout: candidates = [spec?["promotionTimeoutLimit"]]
    case .flowHook(let field): candidates = [spec?.path("hooks", field.rawValue), spec?["hooks"]]
    case .step(let origin): candidates = [step(origin)?["environment"], step(origin)]
    case .dependsOn(let origin): candidates = [step(origin)?["dependsOn"], step(origin)]
    case .dependency(let origin, let index):
      let items = step(origin)?["dependsOn"]?.items
      candidates = [
        items.flatMap { $0.indices.contains(index) ? $0[index] : nil }, step(origin)?["dependsOn"],
        step(origin),
      ]
    case .policy(let origin, let field):
      candidates = [step(origin)?.path("policy", field), step(origin)?["policy"], step(origin)]
    case .stepHook(let origin, let field):
      candidates = [step(origin)?.path("hooks", field.rawValue), step(origin)]
    }
    for case let node? in candidates {
      if let start = node.start { return text.location(of: start) }
    }
    return nil
  }

  public func location(of node: YAMLNode) -> SourceLocation? {
    node.span.map { text.location(of: $0.start) }
  }
}
