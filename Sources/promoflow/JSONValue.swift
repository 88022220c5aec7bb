import PromotionKit

/// A JSON value with ordered object keys, so output reads in a stable, documented order.
indirect enum JSONValue {
  case string(String)
  case number(Int)
  case bool(Bool)
  case null
  case array([JSONValue])
  case object([(String, JSONValue)])

  static func optional(_ value: String?) -> JSONValue { value.map(JSONValue.string) ?? .null }

  var text: String {
    switch self {
    case .string(let value): return JSONValue.quote(value)
    case .number(let value): return String(value)
    case .bool(let value): return value ? "true" : "false"
    case .null: return "null"
    case .array(let items): return "[" + items.map(\.text).joined(separator: ", ") + "]"
    case .object(let pairs):
      return "{" + pairs.map { JSONValue.quote($0.0) + ": " + $0.1.text }.joined(separator: ", ")
        + "}"
    }
  }

  static func quote(_ value: String) -> String {
    var result = "\""
    for scalar in value.unicodeScalars {
      switch scalar {
      case "\"": result += "\\\""
      case "\\": result += "\\\\"
      case "\n": result += "\\n"
      case "\r": result += "\\r"
      case "\t": result += "\\t"
      default:
        if scalar.value < 0x20 || scalar.value == 0x2028 || scalar.value == 0x2029 {
          let hex = String(scalar.value, radix: 16)
          result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
        } else {
          result.unicodeScalars.append(scalar)
        }
      }
    }
    return result + "\""
  }
}

extension JSONValue {
  /// A flow's or step's hooks: `{"onStart": …, "onSuccess": …, "onFail": …}`, null when unset.
  static func hooks(_ hooks: Hooks) -> JSONValue {
    .object(Hooks.Field.allCases.map { ($0.rawValue, .optional(hooks[$0])) })
  }
}
