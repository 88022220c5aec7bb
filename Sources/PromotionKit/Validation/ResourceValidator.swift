/// Validates every document of a file by its kind: promotion flows fully; policies, products and
/// templates against their CRD's schema (and policies' workflows and selectors); promotion
/// workflows for a valid name; any other kind is reported, since promoflow cannot check it.
public enum ResourceValidator {
  public static func validate(_ file: YAMLFile, context: FlowValidator.Context = .init())
    -> [Diagnostic]
  {
    if file.documents.allSatisfy(\.isEmpty) {
      return [
        .warning(
          "empty-file",
          "the file holds no YAML document (nothing, or only comments): nothing to check",
          at: nil)
      ]
    }
    var diagnostics: [Diagnostic] = []
    for (index, document) in file.documents.enumerated() where !document.isEmpty {
      guard let root = NodeView(root: document) else { continue }
      let locator = FlowLocator(file: file, documentIndex: index)
      let location = root.start.map { file.text.location(of: $0) }
      let kind = ResourceKind(of: document)
      switch kind {
      case .promotionFlow:
        diagnostics += FlowValidator.validate(file: file, documentIndex: index, context: context)
      case .promotionPolicy, .product, .promotionTemplate:
        diagnostics += checkAgainstCRD(root, kind: kind, locator: locator)
        if kind == .promotionPolicy {
          diagnostics += policyRules(root, locator: locator, context: context)
        }
      case .promotionWorkflow:
        var rules = DocumentRules(locator: locator, resource: "WorkflowTemplate")
        rules.checkResource(root, schema: SchemaNode(kind: .object))
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

  /// Checks a Codefresh resource against the schema of its `apiVersion` in its CRD.
  static func checkAgainstCRD(_ root: NodeView, kind: ResourceKind, locator: FlowLocator)
    -> [Diagnostic]
  {
    let apiVersion = root["apiVersion"]?.text ?? ""
    var rules = DocumentRules(locator: locator, resource: kind.label)
    // ResourceKind names these kinds only at a version their CRD serves.
    guard let schema = CRDSchemas.schema(for: kind, apiVersion: apiVersion) else { return [] }
    rules.checkResource(root, schema: schema)
    return rules.diagnostics
  }

  static func policyRules(_ root: NodeView, locator: FlowLocator, context: FlowValidator.Context)
    -> [Diagnostic]
  {
    var diagnostics: [Diagnostic] = []
    let spec = root["spec"]
    if let tags = spec?.path("selector", "product", "tags"), !(tags.items ?? []).isEmpty {
      diagnostics.append(
        .warning(
          "product-tags",
          "promoflow cannot see products' tags: plan shows what this policy would give as \"unknown (product tags)\"",
          at: locator.location(of: tags.node)))
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
