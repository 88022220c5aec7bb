/// The kinds a YAML file declares, read from its bytes without parsing it: the `kind:` keys at
/// the start of a line (the top-level key of a block-style document) and the `---` lines that
/// separate documents. A workspace reads in full only the files that may hold what it needs, so
/// a repository of Argo Applications or of other big flows costs a scan of their bytes.
/// Conservative: when a file does not say plainly (JSON, flow style, a document without a
/// `kind:` line of its own), the answer is "unknown" and the caller parses it.
enum KindSniff {
  /// The kinds named at the top level of each document, or nil when some document does not say.
  static func kinds(in bytes: [UInt8]) -> [String]? {
    var kinds: [String] = []
    var separators = 0
    var contentBeforeFirstSeparator = false
    var index = 0
    let count = bytes.count
    while index < count {
      let lineEnd = bytes[index...].firstIndex(of: UInt8(ascii: "\n")) ?? count
      let first = bytes[index]
      if first == UInt8(ascii: "-"), lineEnd - index >= 3, bytes[index + 1] == first,
        bytes[index + 2] == first
      {
        separators += 1
        // `--- {…}` or `--- kind: …`: content on the marker line is not plain block style.
        if bytes[(index + 3)..<lineEnd].contains(where: { $0 != 0x20 && $0 != 0x09 && $0 != 0x0D })
        {
          return nil
        }
      } else if first == UInt8(ascii: "{") || first == UInt8(ascii: "[")
        || first == UInt8(ascii: "\"") || first == UInt8(ascii: "'")
      {
        return nil
      } else if let kind = kindValue(bytes[index..<lineEnd]) {
        // `kind: [A`, `kind: &anchor A`, `kind: |`: not a plain name, so not plain to read.
        guard kind.utf8.allSatisfy(isNameByte) else { return nil }
        kinds.append(kind)
        if separators == 0 { contentBeforeFirstSeparator = true }
      } else if separators == 0, first != UInt8(ascii: "#"), first != 0x20, first != 0x0D,
        first != UInt8(ascii: "\n"), first != UInt8(ascii: "%")
      {
        contentBeforeFirstSeparator = true
      }
      index = lineEnd + 1
    }
    let documents = separators + (contentBeforeFirstSeparator || separators == 0 ? 1 : 0)
    return kinds.count >= documents ? kinds : nil
  }

  private static func isNameByte(_ byte: UInt8) -> Bool {
    (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z"))
      || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
      || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
      || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_") || byte == UInt8(ascii: ".")
  }

  /// The value of a `kind: Value` line (quotes taken off), nil for any other line.
  private static func kindValue(_ line: ArraySlice<UInt8>) -> String? {
    let key = Array("kind:".utf8)
    guard line.count > key.count, line.starts(with: key) else { return nil }
    var value = line.dropFirst(key.count).drop { $0 == 0x20 || $0 == 0x09 }
    if let end = value.firstIndex(where: { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) {
      value = value[..<end]
    }
    if let quote = value.first, quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") {
      value = value.dropFirst()
      if value.last == quote { value = value.dropLast() }
    }
    return value.isEmpty ? nil : String(decoding: value, as: UTF8.self)
  }
}
