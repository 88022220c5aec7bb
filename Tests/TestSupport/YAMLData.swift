import Yams

/// A YAML document's data as Yams reads it — types resolved, styles and comments gone — to check
/// that promoflow's writes never change what a file means, independently of promoflow's reader.
public indirect enum YAMLData: Equatable, CustomStringConvertible {
  case string(String)
  case integer(Int)
  case float(Double)
  case boolean(Bool)
  case null
  case mapping([(YAMLData, YAMLData)])
  case sequence([YAMLData])

  public static func documents(_ text: String) throws -> [YAMLData] {
    var result: [YAMLData] = []
    let parser = try Parser(yaml: withoutByteOrderMark(text))
    while let root = try parser.nextRoot() { result.append(YAMLData(root)) }
    return result
  }

  public init(_ node: Node) {
    switch node {
    case .scalar(let scalar):
      switch Tag.Name(rawValue: node.tag.rawValue) {
      // Decimal integers by value; other forms (0x1F, 1_000, YAML 1.1's base-60 2:1:3, on which
      // Yams' own conversion traps when it overflows) by their text, which fmt keeps.
      case .int: self = Int(scalar.string).map(YAMLData.integer) ?? .string(scalar.string)
      case .float: self = node.float.map(YAMLData.float) ?? .string(scalar.string)
      case .bool: self = node.bool.map(YAMLData.boolean) ?? .string(scalar.string)
      case .null: self = .null
      default: self = .string(scalar.string)
      }
    case .mapping(let mapping):
      self = .mapping(mapping.map { (YAMLData($0.key), YAMLData($0.value)) })
    case .sequence(let sequence):
      self = .sequence(sequence.map(YAMLData.init))
    case .alias:
      self = .null
    }
  }

  public static func == (lhs: YAMLData, rhs: YAMLData) -> Bool {
    switch (lhs, rhs) {
    case (.string(let a), .string(let b)): return a == b
    case (.integer(let a), .integer(let b)): return a == b
    case (.float(let a), .float(let b)): return a == b || (a.isNaN && b.isNaN)
    case (.boolean(let a), .boolean(let b)): return a == b
    case (.null, .null): return true
    case (.sequence(let a), .sequence(let b)): return a == b
    case (.mapping(let a), .mapping(let b)):
      return a.count == b.count && zip(a, b).allSatisfy { $0.0 == $1.0 && $0.1 == $1.1 }
    default: return false
    }
  }

  public var description: String {
    switch self {
    case .string(let value): return value.debugDescription
    case .integer(let value): return String(value)
    case .float(let value): return String(value)
    case .boolean(let value): return String(value)
    case .null: return "null"
    case .sequence(let items): return "[" + items.map(\.description).joined(separator: ", ") + "]"
    case .mapping(let pairs):
      return "{" + pairs.map { "\($0.0): \($0.1)" }.joined(separator: ", ") + "}"
    }
  }
}

extension YAMLData {
  /// The text without its byte order mark: Yams names the encoding to libyaml, which then reads
  /// the mark as a character of line 1 and shifts that line's columns by one.
  static func withoutByteOrderMark(_ text: String) -> String {
    guard text.unicodeScalars.first == "\u{FEFF}" else { return text }
    return String(text.unicodeScalars.dropFirst())
  }
}
