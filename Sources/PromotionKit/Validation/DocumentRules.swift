/// Checks on the document tree against the CRD's shapes: wrong types, fields the API server would
/// prune, required fields that are missing, and the timeout.
struct DocumentRules {
  let locator: FlowLocator
  var diagnostics: [Diagnostic] = []

  init(locator: FlowLocator) {
    self.locator = locator
  }

  /// Checks a document against `schema` and that it has a valid name.
  mutating func checkResource(_ root: NodeView, schema: FieldType) {
    visit(root, as: schema, path: "")
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

  mutating func check(_ root: NodeView) {
    visit(root, as: .promotionFlow, path: "")
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

  mutating func visit(_ view: NodeView, as type: FieldType, path: String) {
    if view.isNull, !path.isEmpty { return }
    switch type {
    case .anything:
      return
    case .string:
      guard view.scalar?.kind == .string else {
        return report(
          .error, "invalid-type",
          "\(path) must be \(type.name), not \(view.node.shapeDescription)\(hint(view))", view.node)
      }
    case .integer:
      return
    case .stringList:
      guard let items = view.items else {
        return report(
          .error, "invalid-type",
          "\(path) must be a list of strings, not \(view.node.shapeDescription)", view.node)
      }
      for (index, item) in items.enumerated() {
        visit(item, as: .string, path: "\(path)[\(index)]")
      }
    case .stringMap:
      guard let entries = view.entries else {
        return report(
          .error, "invalid-type", "\(path) must be a mapping, not \(view.node.shapeDescription)",
          view.node)
      }
      for entry in entries where entry.value.scalar?.kind != .string {
        report(
          .error, "invalid-type",
          "\(path).\(entry.key.text ?? "?") must be a string, not \(entry.value.node.shapeDescription)\(hint(entry.value))",
          entry.value.node)
      }
    case .list(let itemType):
      guard let items = view.items else {
        return report(
          .error, "invalid-type", "\(path) must be a list, not \(view.node.shapeDescription)",
          view.node)
      }
      for (index, item) in items.enumerated() {
        visit(item, as: itemType, path: "\(path)[\(index)]")
      }
    case .object(let fields, let open):
      guard let entries = view.entries else {
        return report(
          .error, path.isEmpty ? "invalid-document" : "invalid-type",
          path.isEmpty
            ? "the document must be a mapping"
            : "\(path) must be a mapping, not \(view.node.shapeDescription)",
          view.node)
      }
      for entry in entries {
        guard let key = entry.key.text else {
          report(
            .warning, "unknown-field",
            "a key that is not a string at \(path.isEmpty ? "the top" : path) will be dropped",
            entry.key.node)
          continue
        }
        let childPath = path.isEmpty ? key : path + "." + key
        if let fieldType = fields[key] {
          visit(entry.value, as: fieldType, path: childPath)
        } else if !open {
          let place = path.isEmpty ? "at the top level" : "in \(path)"
          report(
            .warning, "unknown-field",
            "unknown field \"\(key)\" \(place): the API server will drop it\(suggestion(key, among: Array(fields.keys)))",
            entry.key.node)
        }
      }
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

/// "Did you mean …?": the closest name by edit distance, when it is close enough to be a typo.
public enum Suggestions {
  public static func closest(to name: String, in candidates: [String]) -> String? {
    let limit = max(1, min(3, name.count / 3))
    let scored = candidates.filter { $0 != name }.map { ($0, distance(name, $0)) }
    guard let best = scored.min(by: { ($0.1, $0.0) < ($1.1, $1.0) }), best.1 <= limit else {
      return nil
    }
    return best.0
  }

  /// Edit distance over characters, counting a swap of two neighbours as one edit (so `dve` is
  /// one edit from `dev`).
  public static func distance(_ a: String, _ b: String) -> Int {
    let x = Array(a)
    let y = Array(b)
    if x.isEmpty { return y.count }
    if y.isEmpty { return x.count }
    var table = Array(repeating: Array(repeating: 0, count: y.count + 1), count: x.count + 1)
    for i in 0...x.count { table[i][0] = i }
    for j in 0...y.count { table[0][j] = j }
    for i in 1...x.count {
      for j in 1...y.count {
        let cost = x[i - 1] == y[j - 1] ? 0 : 1
        table[i][j] = min(table[i - 1][j] + 1, table[i][j - 1] + 1, table[i - 1][j - 1] + cost)
        if i > 1, j > 1, x[i - 1] == y[j - 2], x[i - 2] == y[j - 1] {
          table[i][j] = min(table[i][j], table[i - 2][j - 2] + 1)
        }
      }
    }
    return table[x.count][y.count]
  }
}
