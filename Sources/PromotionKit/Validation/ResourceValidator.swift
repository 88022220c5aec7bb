/// Validates every document of a file by its kind: promotion flows fully, promotion policies
/// against their CRD, the other promotion resources for a valid name; any other kind is reported,
/// since promoflow cannot check it.
public enum ResourceValidator {
  public static func validate(_ file: YAMLFile, context: FlowValidator.Context = .init())
    -> [Diagnostic]
  {
    var diagnostics: [Diagnostic] = []
    for (index, document) in file.documents.enumerated() {
      guard let root = NodeView(root: document) else { continue }
      let locator = FlowLocator(file: file, documentIndex: index)
      let location = root.start.map { file.text.location(of: $0) }
      switch ResourceKind(of: document) {
      case .promotionFlow:
        diagnostics += FlowValidator.validate(file: file, documentIndex: index, context: context)
      case .promotionPolicy:
        var rules = DocumentRules(locator: locator)
        rules.checkResource(root, schema: .promotionPolicy)
        diagnostics += rules.diagnostics + policyRules(root, locator: locator, context: context)
      case .product, .promotionTemplate, .promotionWorkflow:
        var rules = DocumentRules(locator: locator)
        rules.checkResource(root, schema: .object([:], open: true))
        diagnostics += rules.diagnostics
      case .other(let apiVersion, let kind):
        let version = apiVersion.isEmpty ? "" : " (\(apiVersion))"
        diagnostics.append(
          .error(
            "unknown-kind",
            "promoflow does not know kind \(kind)\(version): expected PromotionFlow, PromotionPolicy, Product, PromotionTemplate or a promotion WorkflowTemplate",
            at: location))
      case .invalid:
        let message =
          root.isMapping
          ? "this document has no kind: add `apiVersion: codefresh.io/v1beta1` and `kind: PromotionFlow`"
          : "this document is not a mapping: a resource starts with apiVersion, kind, metadata and spec"
        diagnostics.append(.error("invalid-document", message, at: location))
      }
    }
    return diagnostics.sortedByLocation()
  }

  static func policyRules(_ root: NodeView, locator: FlowLocator, context: FlowValidator.Context)
    -> [Diagnostic]
  {
    var diagnostics: [Diagnostic] = []
    let spec = root["spec"]
    if spec?["priority"]?.scalar?.kind != .integer {
      let node = spec?["priority"]?.node ?? spec?.node ?? root.node
      diagnostics.append(
        .error(
          "invalid-type", "spec.priority must be a whole number", at: locator.location(of: node)))
    }
    if let action = spec?.path("policy", "action"), let value = action.text,
      case .unknown = PromotionAction(rawValue: value)
    {
      diagnostics.append(
        .error(
          "invalid-action", "action \"\(value)\" is not one of commit, pr, none",
          at: locator.location(of: action.node)))
    }
    for field in ["preAction", "postAction"] {
      guard let node = spec?.path("policy", field), let name = node.text else { continue }
      if !context.workflows.isEmpty && !context.workflows.contains(name) {
        diagnostics.append(
          .warning(
            "unknown-workflow",
            "workflow \(name) is not one of the workspace's promotion workflows",
            at: locator.location(of: node.node)))
      }
    }
    return diagnostics
  }
}
