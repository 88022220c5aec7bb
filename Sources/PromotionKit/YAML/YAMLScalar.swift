/// A scalar's text value, how it was written, and what type a YAML reader takes it for.
public struct YAMLScalar: Sendable, Hashable {
  public var value: String
  public var style: ScalarStyle
  public var kind: ScalarKind

  public init(_ value: String, style: ScalarStyle = .plain, kind: ScalarKind) {
    self.value = value
    self.style = style
    self.kind = kind
  }

  /// The value as a string when the scalar is one (quoted, tagged `!!str`, or plain text).
  public var stringValue: String? { kind == .string ? value : nil }
}

/// How a scalar is written.
public enum ScalarStyle: Sendable, Hashable {
  case plain
  case singleQuoted
  case doubleQuoted
  case literal
  case folded
}

/// The type a scalar resolves to.
public enum ScalarKind: Sendable, Hashable {
  case string
  case integer
  case float
  case boolean
  case null
  /// A value with an explicit tag promoflow does not interpret, or a timestamp.
  case other
}

/// Decides what type a plain scalar reads back as, under the union of YAML 1.1 (what Kubernetes'
/// YAML reader follows) and YAML 1.2's core schema — so that promoflow quotes every string one of
/// them would take for something else.
public enum PlainScalarResolver {
  public static func kind(of text: String) -> ScalarKind {
    if isNull(text) { return .null }
    if isBoolean(text) { return .boolean }
    if isInteger(text) { return .integer }
    if isFloat(text) { return .float }
    if isTimestamp(text) || text == "<<" || text == "=" { return .other }
    return .string
  }

  /// The kind for an explicit standard tag such as `!!int`, or nil for any other tag.
  public static func kind(forTag tag: String) -> ScalarKind? {
    switch tag {
    case "!!str", "tag:yaml.org,2002:str", "!<tag:yaml.org,2002:str>": return .string
    case "!!int", "tag:yaml.org,2002:int", "!<tag:yaml.org,2002:int>": return .integer
    case "!!float", "tag:yaml.org,2002:float", "!<tag:yaml.org,2002:float>": return .float
    case "!!bool", "tag:yaml.org,2002:bool", "!<tag:yaml.org,2002:bool>": return .boolean
    case "!!null", "tag:yaml.org,2002:null", "!<tag:yaml.org,2002:null>": return .null
    case "!": return .string
    default: return nil
    }
  }

  static func isNull(_ text: String) -> Bool {
    switch text {
    case "", "~", "null", "Null", "NULL": return true
    default: return false
    }
  }

  static func isBoolean(_ text: String) -> Bool {
    switch text {
    case "true", "True", "TRUE", "false", "False", "FALSE",
      "yes", "Yes", "YES", "no", "No", "NO",
      "on", "On", "ON", "off", "Off", "OFF",
      "y", "Y", "n", "N":
      return true
    default: return false
    }
  }

  static func isInteger(_ text: String) -> Bool {
    var bytes = Substring(text).utf8[...]
    if let first = bytes.first, first == UInt8(ascii: "-") || first == UInt8(ascii: "+") {
      bytes = bytes.dropFirst()
    }
    guard let first = bytes.first else { return false }
    if first == UInt8(ascii: "0"), bytes.count > 1 {
      let second = bytes[bytes.index(after: bytes.startIndex)]
      let rest = bytes.dropFirst(2)
      switch second {
      case UInt8(ascii: "x"):
        return !rest.isEmpty && rest.allSatisfy { isHexDigit($0) || $0 == 0x5F }
      case UInt8(ascii: "o"):
        return !rest.isEmpty && rest.allSatisfy { (0x30...0x37).contains($0) || $0 == 0x5F }
      case UInt8(ascii: "b"):
        return !rest.isEmpty && rest.allSatisfy { $0 == 0x30 || $0 == 0x31 || $0 == 0x5F }
      default: break
      }
    }
    if bytes.allSatisfy({ isDigit($0) || $0 == 0x5F }) { return isDigit(first) }
    return isSexagesimal(bytes, allowFraction: false)
  }

  static func isFloat(_ text: String) -> Bool {
    var bytes = Substring(text).utf8[...]
    if let first = bytes.first, first == UInt8(ascii: "-") || first == UInt8(ascii: "+") {
      bytes = bytes.dropFirst()
    }
    switch String(Substring(bytes)) {
    case ".inf", ".Inf", ".INF", ".nan", ".NaN", ".NAN": return true
    default: break
    }
    var sawDigit = false
    var sawDot = false
    var index = bytes.startIndex
    while index < bytes.endIndex {
      let byte = bytes[index]
      if isDigit(byte) {
        sawDigit = true
      } else if byte == 0x5F, sawDigit || sawDot {
        // YAML 1.1 allows digit separators, even right after the dot: `._5` is a float.
        sawDigit = sawDigit || sawDot
      } else if byte == UInt8(ascii: "."), !sawDot {
        sawDot = true
      } else {
        break
      }
      index = bytes.index(after: index)
    }
    guard sawDigit else { return isSexagesimal(bytes, allowFraction: true) }
    if index == bytes.endIndex { return sawDot }
    guard bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") else {
      return isSexagesimal(bytes, allowFraction: true)
    }
    var exponent = bytes[bytes.index(after: index)...]
    if let sign = exponent.first, sign == UInt8(ascii: "-") || sign == UInt8(ascii: "+") {
      exponent = exponent.dropFirst()
    }
    return !exponent.isEmpty && exponent.allSatisfy(isDigit)
  }

  /// YAML 1.1 base-60 numbers such as `1:20` or `190:20:30.15`. A float's first digit may be 0
  /// (`09:0.1`) and its fraction may hold digit separators; an integer's may not.
  static func isSexagesimal(_ bytes: Substring.UTF8View.SubSequence, allowFraction: Bool) -> Bool {
    // Most scalars are words: they fail here without being split.
    guard let first = bytes.first, isDigit(first), bytes.contains(UInt8(ascii: ":")) else {
      return false
    }
    let parts = bytes.split(separator: UInt8(ascii: ":"), omittingEmptySubsequences: false)
    guard parts.count >= 2, let head = parts.first, let firstDigit = head.first,
      isDigit(firstDigit), allowFraction || firstDigit != UInt8(ascii: "0"),
      head.allSatisfy({ isDigit($0) || $0 == 0x5F })
    else { return false }
    for (position, part) in parts.dropFirst().enumerated() {
      let isLast = position == parts.count - 2
      var digits = part
      if isLast, allowFraction, let dot = part.firstIndex(of: UInt8(ascii: ".")) {
        digits = part[..<dot]
        let fraction = part[part.index(after: dot)...]
        guard fraction.allSatisfy({ isDigit($0) || $0 == 0x5F }) else { return false }
      }
      guard (1...2).contains(digits.count), digits.allSatisfy(isDigit) else { return false }
    }
    return true
  }

  /// YAML 1.1 timestamps, from `2001-12-14` to `2001-12-14t21:59:43.10-05:00`, matched in
  /// full: `2001-12-14 notes` is text.
  static func isTimestamp(_ text: String) -> Bool {
    var reader = TimestampReader(bytes: Array(text.utf8))
    return reader.readsTimestamp()
  }

  /// Walks a timestamp's parts, each a run of digits between fixed separators.
  struct TimestampReader {
    let bytes: [UInt8]
    var index = 0

    var atEnd: Bool { index == bytes.count }

    /// Skips `minimum` to `maximum` digits; false when there are fewer.
    mutating func digits(_ minimum: Int, _ maximum: Int) -> Bool {
      var count = 0
      while index < bytes.count, count < maximum, isDigit(bytes[index]) {
        index += 1
        count += 1
      }
      return count >= minimum
    }

    /// Skips `character` when it comes next.
    mutating func skip(_ character: Character) -> Bool {
      guard index < bytes.count, bytes[index] == character.asciiValue else { return false }
      index += 1
      return true
    }

    mutating func skipSpaces() -> Int {
      let start = index
      while index < bytes.count, bytes[index] == 0x20 || bytes[index] == 0x09 { index += 1 }
      return index - start
    }

    mutating func readsTimestamp() -> Bool {
      guard digits(4, 4), skip("-"), digits(1, 2), skip("-"), digits(1, 2) else { return false }
      if atEnd { return true }
      guard skip("T") || skip("t") || skipSpaces() > 0 else { return false }
      guard digits(1, 2), skip(":"), digits(2, 2), skip(":"), digits(2, 2) else { return false }
      if skip(".") { _ = digits(0, Int.max) }
      _ = skipSpaces()
      if skip("Z") { return atEnd }
      if skip("+") || skip("-") {
        guard digits(1, 2) else { return false }
        if skip(":") { guard digits(2, 2) else { return false } }
      }
      return atEnd
    }
  }

  static func isDigit(_ byte: UInt8) -> Bool { (0x30...0x39).contains(byte) }

  static func isHexDigit(_ byte: UInt8) -> Bool {
    isDigit(byte) || (0x41...0x46).contains(byte) || (0x61...0x66).contains(byte)
  }
}
