extension YAMLNode {
  /// What the node is, in words for a message ("the number 12", "a list").
  var shapeDescription: String {
    switch content {
    case .scalar(let scalar):
      switch scalar.kind {
      case .string: return "the text \"\(scalar.value)\""
      case .integer, .float: return "the number \(scalar.value)"
      case .boolean: return "the boolean \(scalar.value)"
      case .null: return "nothing (null)"
      case .other: return "\(scalar.value)"
      }
    case .mapping: return "a mapping"
    case .sequence: return "a list"
    case .alias(let name): return "the alias *\(name)"
    }
  }
}
