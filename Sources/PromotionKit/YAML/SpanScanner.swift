/// Finds where YAML tokens end in the source text. libyaml (through Yams) reports only where a node
/// starts; the rest of each span is read back from the bytes here, one scanning rule per style.
struct SpanScanner {
  let text: SourceText
  var bytes: [UInt8] { text.bytes }

  func byte(_ index: Int) -> UInt8? { index < bytes.count ? bytes[index] : nil }

  func isBlank(_ index: Int) -> Bool {
    guard let byte = byte(index) else { return true }
    return byte == 0x20 || byte == 0x09 || text.lineBreakLength(at: index) > 0
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

  func isFlowIndicator(_ index: Int) -> Bool {
    guard let byte = byte(index) else { return false }
    return byte == UInt8(ascii: ",") || byte == UInt8(ascii: "[") || byte == UInt8(ascii: "]")
      || byte == UInt8(ascii: "{") || byte == UInt8(ascii: "}")
  }

  /// Skips spaces, tabs, line breaks, comments, and byte order marks that start a line (libyaml
  /// skips those between tokens). `start` must be between tokens.
  func skipTrivia(from start: Int) -> Int {
    var index = start
    while let byte = byte(index) {
      if byte == 0x20 || byte == 0x09 {
        index += 1
      } else if byte == 0xEF, bytes[index...].starts(with: [0xEF, 0xBB, 0xBF]),
        text.lineStart(of: index) == index
      {
        index += 3
      } else if text.lineBreakLength(at: index) > 0 {
        index += text.lineBreakLength(at: index)
      } else if byte == UInt8(ascii: "#") {
        // Between tokens a `#` always starts a comment for libyaml, even right after `[` or a
        // closing quote; inside a plain scalar it needs a blank before it, but no scalar is here.
        index = text.lineContentEnd(from: index)
      } else {
        break
      }
    }
    return index
  }

  /// Skips trivia and the indicators that may stand between two nodes (`:`, `?`, `,`, `- `).
  func skipToNode(from start: Int) -> Int {
    var index = skipTrivia(from: start)
    while let byte = byte(index) {
      let indicator =
        byte == UInt8(ascii: ",")
        || ((byte == UInt8(ascii: ":") || byte == UInt8(ascii: "?") || byte == UInt8(ascii: "-"))
          && (isBlank(index + 1) || isFlowIndicator(index + 1)))
      guard indicator else { break }
      index = skipTrivia(from: index + 1)
    }
    return index
  }

  /// Skips anchors (`&a`) and tags (`!t`) at `start`; returns the end of the last one and the tag.
  ///
  /// A collection owns only the properties that end their line or stand before `{`/`[`: in
  /// `- !t key: v` the tag belongs to the first key, which starts where the mapping does.
  ///
  /// Properties stop `before` the node's first child starts (`!` then `!u []: x` below: `!u` is
  /// the key's). Properties on a later line belong to this node only when indented past
  /// `parentIndent`, the enclosing block collection's column: in `a: !x` followed by `!y b: 1` at `a`'s column, `!y`
  /// tags the next key and `a`'s value is an empty scalar.
  func skipProperties(
    at start: Int, ofCollection: Bool = false, parentIndent: Int = -1, before limit: Int? = nil
  ) -> (end: Int, tag: String?) {
    var index = start
    var end = start
    var tag: String?
    var pending: String?
    while let byte = byte(index), byte == UInt8(ascii: "&") || byte == UInt8(ascii: "!"),
      index < (limit ?? Int.max)
    {
      let tokenStart = index
      if byte == UInt8(ascii: "!"), self.byte(index + 1) == UInt8(ascii: "<") {
        while let next = self.byte(index), next != UInt8(ascii: ">") { index += 1 }
        index = min(index + 1, bytes.count)
      } else if byte == UInt8(ascii: "&") {
        index = anchorNameEnd(from: index + 1)
      } else {
        while !isBlank(index) && !isFlowIndicator(index) { index += 1 }
      }
      if byte == UInt8(ascii: "!") { pending = text.slice(tokenStart, index) }
      if !ofCollection || opensCollection(after: index) {
        end = index
        tag = pending ?? tag
      }
      let tokenEnd = index
      index = skipTrivia(from: index)
      let lineStart = text.lineStart(of: index)
      if lineStart > tokenEnd && index - lineStart <= parentIndent { break }
    }
    return (end, tag)
  }

  /// Whether the text at `index` is U+FEFF, as UTF-8 or (`escaped`, in double quotes) as `\uFEFF`.
  func writesByteOrderMark(at index: Int, escaped: Bool) -> Bool {
    if bytes[index...].starts(with: [0xEF, 0xBB, 0xBF]) { return true }
    guard escaped, byte(index) == UInt8(ascii: "\\") else { return false }
    let digits =
      byte(index + 1) == UInt8(ascii: "u") ? 4 : byte(index + 1) == UInt8(ascii: "U") ? 8 : 0
    guard digits > 0, index + 2 + digits <= bytes.count else { return false }
    let code = UInt32(text.slice(index + 2, index + 2 + digits), radix: 16)
    return code == 0xFEFF
  }

  /// Whether only a comment, a line break or a flow collection's bracket follows `index` on its line.
  func opensCollection(after index: Int) -> Bool {
    let next = skipSpaces(from: index)
    guard let byte = byte(next) else { return true }
    return text.lineBreakLength(at: next) > 0 || byte == UInt8(ascii: "#")
      || byte == UInt8(ascii: "{") || byte == UInt8(ascii: "[")
  }

  /// The end of a plain scalar at `start` whose value is `value`: source and value are matched byte
  /// for byte, a run of whitespace in the value matching any run of whitespace and line breaks
  /// (which is how multi-line plain scalars fold).
  func plainEnd(from start: Int, value: String) -> Int {
    let expected = Array(value.utf8)
    var position = 0
    var index = start
    var end = start
    while position < expected.count, index < bytes.count {
      if Self.spaceOrBreakLength(in: expected, at: position) > 0 {
        while case let length = Self.spaceOrBreakLength(in: expected, at: position), length > 0 {
          position += length
        }
        while index < bytes.count && isBlank(index) {
          index += max(1, text.lineBreakLength(at: index))
        }
      } else if bytes[index] == expected[position] {
        index += 1
        end = index
        position += 1
      } else {
        break
      }
    }
    return end
  }

  /// The length of the space, tab or line break (LF, NEL, LS, PS) at `index` of a value's bytes.
  static func spaceOrBreakLength(in bytes: [UInt8], at index: Int) -> Int {
    guard index < bytes.count else { return 0 }
    switch bytes[index] {
    case 0x20, 0x09, 0x0A: return 1
    case 0xC2 where bytes[index...].starts(with: [0xC2, 0x85]): return 2
    case 0xE2
    where bytes[index...].starts(with: [0xE2, 0x80, 0xA8])
      || bytes[index...].starts(with: [0xE2, 0x80, 0xA9]):
      return 3
    default: return 0
    }
  }

  /// The end of a single-quoted scalar whose opening quote is at `start`.
  func singleQuotedEnd(from start: Int) -> Int {
    var index = start + 1
    while let byte = byte(index) {
      if byte == UInt8(ascii: "'") {
        if self.byte(index + 1) == UInt8(ascii: "'") {
          index += 2
          continue
        }
        return index + 1
      }
      index += 1
    }
    return bytes.count
  }

  /// The end of a double-quoted scalar whose opening quote is at `start`.
  func doubleQuotedEnd(from start: Int) -> Int {
    var index = start + 1
    while let byte = byte(index) {
      if byte == UInt8(ascii: "\\") {
        index += 2
        continue
      }
      if byte == UInt8(ascii: "\"") { return index + 1 }
      index += 1
    }
    return bytes.count
  }

  /// The end of an alias token (`*name`) at `start`.
  func aliasEnd(from start: Int) -> Int { anchorNameEnd(from: start + 1) }

  /// The end of an anchor or alias name at `start`: libyaml takes letters, digits, `_` and `-`
  /// (in `&a:b` the anchor is `a`).
  func anchorNameEnd(from start: Int) -> Int {
    var index = start
    while let byte = byte(index),
      (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
        || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "-")
    {
      index += 1
    }
    return index
  }

  /// What a block scalar header (`|`, `>`, with indicators and an optional comment) tells.
  struct BlockScalarLayout {
    /// End of the header's indicators.
    var headerEnd: Int
    /// Start and end of a comment on the header line, if any.
    var comment: SourceSpan?
    /// Start of the first content line.
    var contentStart: Int
    /// End of the last content line (before its line break).
    var end: Int
  }

  /// Lays out a block scalar whose indicator is at `start`; `parentIndent` is the column of the
  /// enclosing block collection (-1 at the top level).
  func blockScalar(from start: Int, parentIndent: Int) -> BlockScalarLayout {
    var index = start + 1
    var explicitIndent: Int?
    var keep = false
    while let byte = byte(index), !isBlank(index), byte != UInt8(ascii: "#") {
      if PlainScalarResolver.isDigit(byte) { explicitIndent = Int(byte - 0x30) }
      if byte == UInt8(ascii: "+") { keep = true }
      index += 1
    }
    let headerEnd = index
    let lineEnd = text.lineContentEnd(from: headerEnd)
    var comment: SourceSpan?
    let hash = skipSpaces(from: headerEnd)
    if hash < lineEnd, byte(hash) == UInt8(ascii: "#") { comment = SourceSpan(hash, lineEnd) }
    let contentStart = lineEnd + text.lineBreakLength(at: lineEnd)
    var contentIndent = explicitIndent.map { max(parentIndent, 0) + $0 }
    var end = headerEnd
    var lineStart = contentStart
    while lineStart < bytes.count, !isDocumentMarker(at: lineStart) {
      let indentation = text.indentation(ofLineAt: lineStart)
      let contentEnd = text.lineContentEnd(from: lineStart)
      let isEmpty = lineStart + indentation == contentEnd
      if isEmpty {
        if keep { end = max(end, contentEnd) }
      } else {
        if contentIndent == nil {
          // libyaml's detected indentation is at least 1, even at the top level.
          guard indentation > parentIndent, indentation >= 1 else { break }
          contentIndent = indentation
        }
        guard let required = contentIndent, indentation >= required else { break }
        end = contentEnd
      }
      let next = contentEnd + text.lineBreakLength(at: contentEnd)
      if next == lineStart { break }
      lineStart = next
    }
    return BlockScalarLayout(
      headerEnd: headerEnd, comment: comment, contentStart: contentStart, end: end)
  }

  /// Whether the line at `lineStart` begins with `---` or `...` and a blank: the end of a
  /// document, which also ends a block scalar at the top level.
  func isDocumentMarker(at lineStart: Int) -> Bool {
    let marker = bytes[lineStart...].prefix(3)
    return (marker.elementsEqual("---".utf8) || marker.elementsEqual("...".utf8))
      && isBlank(lineStart + 3)
  }

  func skipSpaces(from start: Int) -> Int {
    var index = start
    while let byte = byte(index), byte == 0x20 || byte == 0x09 { index += 1 }
    return index
  }

  /// The end of a flow collection whose last child ends at `lastChildEnd`: just past the closing
  /// bracket.
  func flowCollectionEnd(after lastChildEnd: Int, closing: UInt8) -> Int {
    var index = lastChildEnd
    while let byte = byte(index) {
      if byte == closing { return index + 1 }
      let next = skipTrivia(from: index)
      if next != index {
        index = next
      } else {
        index += 1
      }
    }
    return bytes.count
  }
}
