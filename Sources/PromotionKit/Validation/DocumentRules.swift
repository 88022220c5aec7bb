/// Checks on the document tree against the kind's CRD schema: wrong types, values outside an
/// `enum`, fields the API server would prune, required fields that are missing — and, for flows,
/// the timeout and the deprecated `postTrigger`.
struct DocumentRules {
  let locator: FlowLocator
  /// The kind in words, for messages ("a PromotionPolicy needs it").
  let resource: String
  /// False where a kind's own rules say what is missing with more to say (a flow's graph rules).
  let checksRequired: Bool
  /// Fields a kind's own rules check (the schema check leaves them alone, so nothing is said twice).
  let ownedPaths: Set<String>
  var diagnostics: [Diagnostic] = []

  init(
    locator: FlowLocator, resource: String, checksRequired: Bool = true,
    ownedPaths: Set<String> = []
  ) {
    self.locator = locator
    self.resource = resource
    self.checksRequired = checksRequired
    self.ownedPaths = ownedPaths
  }

  /// Checks a document against `schema` and that it has a valid name.
  mutating func checkResource(_ root: NodeView, schema: SchemaNode) {
    visit(root, as: schema, path: "", key: nil)
    guard root.isMapping else { return }
    if let name = root.path("metadata", "name") {
      if let text = name.text, let error = Names.resourceError(text), name.scalar?.kind == .string {
        report(
          .error, "invalid-name", "resource name \"\(text)\" is not valid: \(error)", name.node)
      }
    } else {
      report(
        .error, "missing-field", "metadata.name is missing: every resource needs a name", root.node)
    }
  }

  /// Checks a PromotionFlow document (its graph is checked by `GraphRules`).
  mutating func check(_ root: NodeView) {
    if let schema = CRDSchemas.promotionFlow["v1beta1"] {
      visit(root, as: schema, path: "", key: nil)
    }
    let spec = root["spec"]
    if root.path("metadata", "name")?.text == nil {
      report(
        .error, "missing-field", "metadata.name is missing: every resource needs a name", root.node)
    }
    if let spec, spec.isMapping {
      for (index, step) in (spec["steps"]?.items ?? []).enumerated() where step.isMapping {
        if step["environment"] == nil {
          report(
            .error, "missing-field",
            "step \(index + 1) has no environment: add `environment: <name>`", step.node)
        }
      }
      if let timeout = spec["promotionTimeoutLimit"], !timeout.isNull {
        let scalar = timeout.scalar
        if scalar?.kind != .integer || (Int(scalar?.value ?? "") ?? 0) <= 0 {
          report(
            .error, "invalid-timeout",
            "promotionTimeoutLimit must be a positive whole number of minutes, not \(timeout.node.shapeDescription)",
            timeout.node)
        }
      }
      if let postTrigger = spec["postTrigger"], !postTrigger.isNull {
        report(
          .warning, "deprecated-post-trigger",
          "postTrigger is deprecated: use hooks.onStart (changing the trigger workflow in promoflow migrates it)",
          postTrigger.node)
      }
    }
  }

  /// Checks `view` (at `path`, written under `key` when it is a field's value) against `schema`.
  mutating func visit(_ view: NodeView, as schema: SchemaNode, path: String, key: YAMLNode?) {
    if view.isNull, !path.isEmpty { return }
    if ownedPaths.contains(path) { return }
    switch schema.kind {
    case .any:
      return
    case .string, .integer, .number, .boolean:
      guard Self.scalar(view.scalar, fits: schema.kind) else {
        let quote = schema.kind == .string ? hint(view) : ""
        return report(
          .error, "invalid-type",
          "\(path) must be \(schema.name), not \(view.node.shapeDescription)\(quote)", view.node)
      }
      if !schema.allowed.isEmpty, let text = view.text, !schema.allowed.contains(text) {
        report(
          .error, "invalid-value",
          "\(path) is \"\(text)\": it must be one of \(schema.allowed.joined(separator: ", "))\(suggestion(text, among: schema.allowed))",
          view.node)
      }
    case .array:
      guard let items = view.items else {
        return report(
          .error, "invalid-type",
          "\(path) must be \(schema.name), not \(view.node.shapeDescription)", view.node)
      }
      if checksRequired, items.count < schema.minItems {
        report(
          .error, "too-few-items",
          "\(path) needs at least \(schema.minItems) item\(schema.minItems == 1 ? "" : "s")",
          view.node)
      }
      guard let element = schema.element.first else { return }
      for (index, item) in items.enumerated() {
        visit(item, as: element, path: "\(path)[\(index)]", key: nil)
      }
    case .object:
      visitObject(view, as: schema, path: path, key: key)
    }
  }

  mutating func visitObject(_ view: NodeView, as schema: SchemaNode, path: String, key: YAMLNode?) {
    guard let entries = view.entries else {
      return report(
        .error, path.isEmpty ? "invalid-document" : "invalid-type",
        path.isEmpty
          ? "the document must be a mapping"
          : "\(path) must be \(schema.name), not \(view.node.shapeDescription)",
        view.node)
    }
    if schema.isOpenObject { return }
    for entry in entries {
      guard let name = entry.key.text else {
        report(
          .warning, "unknown-field",
          "a key that is not a string at \(path.isEmpty ? "the top" : path) will be dropped",
          entry.key.node)
        continue
      }
      let childPath = path.isEmpty ? name : path + "." + name
      if let field = schema.properties[name] ?? schema.element.first {
        visit(entry.value, as: field, path: childPath, key: entry.key.node)
      } else {
        let place = path.isEmpty ? "at the top level" : "in \(path)"
        report(
          .warning, "unknown-field",
          "unknown field \"\(name)\" \(place): the API server will drop it\(suggestion(name, among: Array(schema.properties.keys)))",
          entry.key.node)
      }
    }
    guard checksRequired else { return }
    for name in schema.required where view[name] == nil {
      let field = path.isEmpty ? name : path + "." + name
      report(
        .error, "missing-field", "\(field) is missing: a \(resource) needs it", key ?? view.node)
    }
  }

  static func scalar(_ scalar: YAMLScalar?, fits kind: SchemaNode.Kind) -> Bool {
    switch kind {
    case .string: return scalar?.kind == .string
    case .integer: return scalar?.kind == .integer
    case .number: return scalar?.kind == .integer || scalar?.kind == .float
    case .boolean: return scalar?.kind == .boolean
    case .any, .object, .array: return true
    }
  }

  func hint(_ view: NodeView) -> String {
    view.scalar.map { $0.kind != .string && $0.kind != .null ? " (quote it: \"\($0.value)\")" : "" }
      ?? ""
  }

  func suggestion(_ key: String, among keys: [String]) -> String {
    Suggestions.closest(to: key, in: keys).map { " (did you mean \($0)?)" } ?? ""
  }

  mutating func report(
    _ severity: Diagnostic.Severity, _ code: String, _ message: String, _ node: YAMLNode
  ) {
    diagnostics.append(Diagnostic(severity, code, message, at: locator.location(of: node)))
  }
}
