/// One node of a CRD's structural OpenAPI v3 schema — the part the API server enforces: the type,
/// the known properties, `required`, `enum`, `minItems`, `items` and `additionalProperties`.
/// promoflow checks every resource it knows against the CRD itself, so a field the CRD gains is
/// checked without a code change.
struct SchemaNode: Sendable {
  /// The OpenAPI `type`; `any` when the schema does not say.
  enum Kind: String, Sendable {
    case string, integer, number, boolean, object, array, any
  }

  var kind: Kind
  var properties: [String: SchemaNode] = [:]
  var required: [String] = []
  var allowed: [String] = []
  var minItems = 0
  /// `items` of an array, or `additionalProperties` of a map (at most one element).
  var element: [SchemaNode] = []

  /// An object that says nothing about its fields (`metadata`, `status`): anything goes.
  var isOpenObject: Bool { kind == .object && properties.isEmpty && element.isEmpty }

  init(kind: Kind) {
    self.kind = kind
  }

  /// Reads a schema from its YAML (a node under `openAPIV3Schema`).
  init(_ view: NodeView) {
    kind = view["type"]?.text.flatMap(Kind.init(rawValue:)) ?? .any
    for entry in view["properties"]?.entries ?? [] {
      guard let name = entry.key.text else { continue }
      properties[name] = SchemaNode(entry.value)
    }
    required = view["required"]?.texts ?? []
    allowed = view["enum"]?.texts ?? []
    minItems = view["minItems"]?.text.flatMap { Int($0) } ?? 0
    if let items = view["items"] {
      element = [SchemaNode(items)]
    } else if let additional = view["additionalProperties"], additional.isMapping {
      element = [SchemaNode(additional)]
    }
  }

  /// The type in words, for messages: "a list of strings", "a mapping of strings".
  var name: String {
    switch kind {
    case .string: return "a string"
    case .integer: return "a whole number"
    case .number: return "a number"
    case .boolean: return "true or false"
    case .any: return "a value"
    case .array:
      return element.first?.kind == .string ? "a list of strings" : "a list"
    case .object:
      return properties.isEmpty && element.first?.kind == .string
        ? "a mapping of strings" : "a mapping"
    }
  }
}
