/// The shape the CRD gives a field, for the type and unknown-field checks.
indirect enum FieldType: Sendable {
  case string
  case integer
  case stringList
  case stringMap
  case anything
  case object([String: FieldType], open: Bool = false)
  case list(FieldType)

  static let hooks = FieldType.object(["onStart": .string, "onSuccess": .string, "onFail": .string])
  static let policy = FieldType.object([
    "action": .string, "preAction": .string, "postAction": .string,
  ])
  static let step = FieldType.object([
    "environment": .string, "dependsOn": .stringList, "policy": policy, "hooks": hooks,
  ])
  static let metadata = FieldType.object(
    Dictionary(uniqueKeysWithValues: FlowSchema.metadataFields.map { ($0, FieldType.anything) })
      .merging(
        ["name": .string, "namespace": .string, "labels": .stringMap, "annotations": .stringMap],
        uniquingKeysWith: { $1 }))
  static let promotionFlow = FieldType.object([
    "apiVersion": .string, "kind": .string, "metadata": metadata,
    "spec": .object([
      "triggerEnvironment": .string, "steps": .list(step), "hooks": hooks,
      "promotionTimeoutLimit": .integer, "postTrigger": .string,
    ]),
  ])

  static let selector = FieldType.object(["names": .stringList, "tags": .stringList])
  static let promotionPolicy = FieldType.object([
    "apiVersion": .string, "kind": .string, "metadata": metadata, "status": .anything,
    "spec": .object([
      "priority": .integer, "policy": policy,
      "selector": .object([
        "product": selector,
        "targetEnvironment": .object([
          "names": .stringList, "tags": .stringList, "types": .stringList,
        ]),
      ]),
    ]),
  ])

  var name: String {
    switch self {
    case .string: return "a string"
    case .integer: return "an integer"
    case .stringList: return "a list of strings"
    case .stringMap: return "a mapping of strings"
    case .anything: return "a value"
    case .object: return "a mapping"
    case .list: return "a list"
    }
  }
}

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
