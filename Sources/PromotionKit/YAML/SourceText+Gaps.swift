/// Reading the gaps between YAML tokens. Between two tokens libyaml allows only spaces, tabs,
/// line breaks, comments, byte order marks at the start of a line and indicators (`:`, `?`, `,`,
/// `-`), so a position there can be moved past them without lexing any scalar.
extension SourceText {
  func byte(_ index: Int) -> UInt8? { index < bytes.count ? bytes[index] : nil }

  func isBlank(_ index: Int) -> Bool {
    guard let byte = byte(index) else { return true }
    return byte == 0x20 || byte == 0x09 || lineBreakLength(at: index) > 0
  }

  func skipSpaces(from start: Int) -> Int {
    var index = start
    while let byte = byte(index), byte == 0x20 || byte == 0x09 { index += 1 }
    return index
  }

  /// Past a byte order mark at `index`, which libyaml passes over at the start of any line; else
  /// `index`.
  func skipByteOrderMark(at index: Int) -> Int {
    bytes[index...].starts(with: [0xEF, 0xBB, 0xBF]) ? index + 3 : index
  }

  /// Skips spaces, tabs, line breaks, comments, and byte order marks that start a line. `start`
  /// must be between tokens.
  func skipTrivia(from start: Int) -> Int {
    var index = start
    while let byte = byte(index) {
      if byte == 0x20 || byte == 0x09 {
        index += 1
      } else if byte == 0xEF, lineStart(of: index) == index {
        let after = skipByteOrderMark(at: index)
        if after == index { break }
        index = after
      } else if lineBreakLength(at: index) > 0 {
        index += lineBreakLength(at: index)
      } else if byte == UInt8(ascii: "#") {
        // Between tokens a `#` always starts a comment, even right after `[` or a closing quote.
        index = lineContentEnd(from: index)
      } else {
        break
      }
    }
    return index
  }

  /// Whether a `:` stands right before `index`, past spaces and tabs, and past line breaks too
  /// when `acrossLines`: whether what starts there already has its value indicator.
  func followsColon(_ index: Int, acrossLines: Bool) -> Bool {
    var before = index
    while before > 0, acrossLines ? isBlank(before - 1) : [0x20, 0x09].contains(byte(before - 1)) {
      before -= 1
    }
    return before > 0 && byte(before - 1) == UInt8(ascii: ":")
  }

  /// The end of the anchor (`&a`) or tag (`!t`, `!<uri>`) token at `start` of a text libyaml
  /// read: an anchor's name is letters, digits, `_` and `-`; a tag ends at a blank, or at a comma
  /// in brackets.
  func propertyEnd(from start: Int) -> Int {
    var index = start + 1
    if byte(start) == UInt8(ascii: "&") {
      while let byte = byte(index),
        (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte)
          || (0x61...0x7A).contains(byte) || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "-")
      {
        index += 1
      }
    } else if byte(index) == UInt8(ascii: "<") {
      while let byte = byte(index), byte != UInt8(ascii: ">") { index += 1 }
      index = min(index + 1, bytes.count)
    } else {
      while !isBlank(index) && byte(index) != UInt8(ascii: ",") { index += 1 }
    }
    return index
  }
}
