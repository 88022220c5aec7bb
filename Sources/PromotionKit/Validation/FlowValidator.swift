/// Validates promotion flows: every problem of a file in one run, each with a stable code, a
/// message that says how to fix it, and — for a file — its exact line and column.
public enum FlowValidator {
  /// What a flow is checked against: the catalog's environments and the promotion workflows.
  public struct Context: Sendable {
    public var catalog: EnvironmentCatalog?
    public var workflows: Set<String>

    public init(catalog: EnvironmentCatalog? = nil, workflows: Set<String> = []) {
      self.catalog = catalog
      self.workflows = workflows
    }
  }

  /// Checks document `documentIndex` of `file` (which must be a PromotionFlow); `flow` is that
  /// document decoded, when the caller has it already.
  public static func validate(
    file: YAMLFile, documentIndex: Int, context: Context = Context(),
    flow decoded: PromotionFlow? = nil
  ) -> [Diagnostic] {
    let locator = FlowLocator(file: file, documentIndex: documentIndex)
    guard let root = NodeView(root: file.documents[documentIndex]) else { return [] }
    var document = DocumentRules(
      locator: locator, resource: "PromotionFlow", checksRequired: false,
      ownedPaths: ["spec.promotionTimeoutLimit"])
    document.check(root)
    let flow = decoded ?? FlowDecoder.decode(file.documents[documentIndex])
    var graph = GraphRules(
      flow: flow, locator: locator, catalog: context.catalog, workflows: context.workflows)
    graph.check()
    return (document.diagnostics + graph.diagnostics).sortedByLocation()
  }

  /// Checks a flow held in memory (an edit not yet saved): the same rules, without positions.
  public static func validate(_ flow: PromotionFlow, context: Context = Context()) -> [Diagnostic] {
    var graph = GraphRules(
      flow: flow, locator: nil, catalog: context.catalog, workflows: context.workflows)
    graph.check()
    return graph.diagnostics
  }
}
