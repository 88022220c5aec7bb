/// Writes scalars with minimal but safe quoting: plain when the text reads back as the same
/// string, a literal block for multi-line text, double quotes otherwise. Non-ASCII is written as
/// is.
enum ScalarWriter {
  /// The scalar on one line (for flow context or a single-line value), never a block scalar.
  static func inline(_ scalar: YAMLScalar, flow: Bool, preferring style: ScalarStyle = .plain)
    -> String
  {
    let value = scalar.value
    guard scalar.kind == .string else {
      // Quotes would make it text: a number like `19:0.1` stays plain in brackets too.
      return value.isEmpty || readsBackPlain(value, flow: flow, colonsInside: true)
        ? value : doubleQuoted(value)
    }
    switch style {
    case .singleQuoted where singleQuotable(value):
      return "'" + value.replacingOccurrences(of: "'", with: "''") + "'"
    case .doubleQuoted:
      return doubleQuoted(value)
    default:
      return isPlainSafe(value, flow: flow) ? value : doubleQuoted(value)
    }
  }

  /// True when the string should be written as a literal block (`|`) in block context: it has
  /// line breaks, and no line of only spaces and tabs (which would read back as an empty line).
  /// Tabs inside or at the start of a line are text there (shell scripts keep theirs), and blank
  /// lines at the start are kept too.
  static func wantsLiteralBlock(_ value: String) -> Bool {
    guard value.contains("\n"), value.unicodeScalars.allSatisfy(isLiteralSafe) else {
      return false
    }
    return value.split(separator: "\n", omittingEmptySubsequences: false).allSatisfy { line in
      line.isEmpty || line.contains { $0 != " " && $0 != "\t" }
    }
  }

  /// A literal block scalar: its chomping indicator (`-`, empty or `+`), whether it needs an
  /// indentation indicator (text starting with a space or a tab), and its lines, to be indented by
  /// the caller. Nil when the text is not for a literal block, or needs `+` and `allowKeep` is false.
  static func literalBlock(_ value: String, allowKeep: Bool = true)
    -> (chomping: String, needsIndentIndicator: Bool, lines: [String])?
  {
    guard wantsLiteralBlock(value) else { return nil }
    var body = Substring(value)
    var trailingBreaks = 0
    while body.hasSuffix("\n") {
      body = body.dropLast()
      trailingBreaks += 1
    }
    let chomping: String
    switch trailingBreaks {
    case 0: chomping = "-"
    case 1: chomping = ""
    default:
      guard allowKeep else { return nil }
      chomping = "+"
    }
    var lines = body.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    if trailingBreaks > 1 { lines += Array(repeating: "", count: trailingBreaks - 1) }
    return (chomping, needsIndentIndicator(value), lines)
  }

  /// Whether a block scalar holding `value` needs an indentation indicator: libyaml takes the
  /// indentation from the first line with text, so a space there would be taken for indentation,
  /// and a tab right after the indentation is an error. By Unicode scalars: a combining mark after
  /// the space is text.
  static func needsIndentIndicator(_ value: String) -> Bool {
    let first = value.unicodeScalars.drop { $0 == "\n" }.first
    return first == " " || first == "\t"
  }

  static func isLiteralSafe(_ scalar: Unicode.Scalar) -> Bool {
    scalar == "\t" || scalar == "\n" || isPrintableOnALine(scalar)
  }

  /// Whether libyaml takes `scalar` as it is inside a line of text: its printable characters
  /// (not U+FFFE or U+FFFF, among others), less the ones it reads as line breaks and U+FEFF,
  /// which it reads as a byte order mark.
  static func isPrintableOnALine(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x85, 0x2028, 0x2029, 0xFEFF: return false
    case 0x20...0x7E, 0xA0...0xD7FF, 0xE000...0xFFFD, 0x10000...: return true
    default: return false
    }
  }

  /// True when `value` written plain reads back as this very string.
  static func isPlainSafe(_ value: String, flow: Bool) -> Bool {
    PlainScalarResolver.kind(of: value) == .string && readsBackPlain(value, flow: flow)
  }

  /// True when `value` written plain reads back as a plain scalar with this text (whatever type
  /// it then resolves to). In a flow collection a `:` is refused unless `colonsInside`, which
  /// allows one that a scalar character follows, as libyaml does.
  static func readsBackPlain(_ value: String, flow: Bool, colonsInside: Bool = false) -> Bool {
    guard let first = value.unicodeScalars.first, let last = value.unicodeScalars.last else {
      return false
    }
    if first == " " || last == " " || last == ":" { return false }
    let indicators: Set<Unicode.Scalar> = [
      "-", "?", ":", ",", "[", "]", "{", "}", "#", "&", "*", "!", "|", ">", "'", "\"", "%", "@",
      "`",
    ]
    if indicators.contains(first) {
      let scalars = Array(value.unicodeScalars.prefix(2))
      let startsSafely =
        (first == "-" || (!flow && (first == "?" || first == ":"))) && scalars.count == 2
        && scalars[1] != " " && !(flow && ",[]{}".unicodeScalars.contains(scalars[1]))
      if !startsSafely || value.hasPrefix("---") { return false }
    }
    if value.hasPrefix("...") { return false }
    if value.utf8.containsSequence(": ") || value.utf8.containsSequence(" #") { return false }
    if flow && value.unicodeScalars.contains(where: { ",[]{}".unicodeScalars.contains($0) }) {
      return false
    }
    if flow && value.utf8.contains(UInt8(ascii: ":")) {
      guard colonsInside else { return false }
      let bytes = Array(value.utf8)
      for index in bytes.indices where bytes[index] == UInt8(ascii: ":") {
        guard index + 1 < bytes.count, !" \t".utf8.contains(bytes[index + 1]) else { return false }
      }
    }
    return value.unicodeScalars.allSatisfy(isPrintableOnALine)
  }

  static func singleQuotable(_ value: String) -> Bool {
    value.unicodeScalars.allSatisfy(isPrintableOnALine)
  }

  static func doubleQuoted(_ value: String) -> String {
    var result = "\""
    for scalar in value.unicodeScalars {
      switch scalar.value {
      case 0x22: result += "\\\""
      case 0x5C: result += "\\\\"
      case 0x0A: result += "\\n"
      case 0x09: result += "\\t"
      case 0x0D: result += "\\r"
      case 0x00: result += "\\0"
      case 0x85: result += "\\N"
      case 0xA0: result += "\\_"
      case 0x2028: result += "\\L"
      case 0x2029: result += "\\P"
      case _ where isPrintableOnALine(scalar):
        result.unicodeScalars.append(scalar)
      default:
        let hex = String(scalar.value, radix: 16, uppercase: true)
        result +=
          scalar.value <= 0xFF
          ? "\\x" + String(repeating: "0", count: 2 - hex.count) + hex
          : "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
      }
    }
    return result + "\""
  }
}

extension String.UTF8View {
  /// True when the UTF-8 bytes of `needle` occur in order somewhere in these bytes.
  func containsSequence(_ needle: String) -> Bool {
    let pattern = Array(needle.utf8)
    let bytes = Array(self)
    guard pattern.count <= bytes.count else { return false }
    return (0...(bytes.count - pattern.count)).contains { start in
      bytes[start..<(start + pattern.count)].elementsEqual(pattern)
    }
  }
}
