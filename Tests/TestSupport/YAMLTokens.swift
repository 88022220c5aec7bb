import CYaml

/// What libyaml's own token scanner says of a text, independently of promoflow's reader: the
/// comments (every `#` outside a token, to the line's end) and the number of block scalars (`|`
/// and `>`) whose text a block scalar can hold, outside explicit keys. The judge of "fmt keeps every comment and every
/// block scalar".
public struct YAMLTokens: Equatable {
  /// The comments' texts, trailing blanks trimmed, in text order.
  public var comments: [String]
  public var blockScalars: Int

  /// True for what a block scalar can hold as text: YAML's printable characters and tabs, less
  /// U+FEFF (a byte order mark to libyaml at a line's start) and the breaks NEL, LS and PS.
  static func isBlockText(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x09, 0x0A, 0x20...0x7E, 0xA0...0x2027, 0x202A...0xD7FF, 0xE000...0xFEFE,
      0xFF00...0xFFFD, 0x10000...0x10FFFF:
      return true
    default:
      return false
    }
  }

  static func isBreak(_ scalar: Unicode.Scalar) -> Bool {
    ["\n", "\r", "\u{85}", "\u{2028}", "\u{2029}"].contains(scalar)
  }

  /// Nil when libyaml cannot scan the text.
  public init?(_ text: String) {
    // libyaml does not count the byte order mark that starts the stream in its positions (one
    // starting a later line it counts). Scan the text as it is: stripping the mark first would
    // make a second one the stream's.
    let scalars = Array(YAMLData.withoutByteOrderMark(text).unicodeScalars)
    var covered = [Bool](repeating: false, count: scalars.count + 1)
    var blockScalars = 0
    var parser = yaml_parser_t()
    guard yaml_parser_initialize(&parser) == 1 else { return nil }
    defer { yaml_parser_delete(&parser) }
    let bytes = Array(text.utf8)
    let scanned: Bool = bytes.withUnsafeBufferPointer { buffer in
      yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
      var token = yaml_token_t()
      // For each open collection: whether an explicit key (`? …`) is being read in it. A block
      // scalar inside such a key may have to be written in brackets, where no block fits.
      var inExplicitKey = [false]
      while true {
        guard yaml_parser_scan(&parser, &token) == 1 else { return false }
        defer { yaml_token_delete(&token) }
        let type = token.type
        if type == YAML_STREAM_END_TOKEN { return true }
        switch type {
        case YAML_BLOCK_MAPPING_START_TOKEN, YAML_BLOCK_SEQUENCE_START_TOKEN,
          YAML_FLOW_MAPPING_START_TOKEN, YAML_FLOW_SEQUENCE_START_TOKEN:
          inExplicitKey.append(false)
        case YAML_BLOCK_END_TOKEN, YAML_FLOW_MAPPING_END_TOKEN, YAML_FLOW_SEQUENCE_END_TOKEN:
          if inExplicitKey.count > 1 { inExplicitKey.removeLast() }
        case YAML_KEY_TOKEN:
          let at = Int(token.start_mark.index)
          inExplicitKey[inExplicitKey.count - 1] = at < scalars.count && scalars[at] == "?"
        case YAML_VALUE_TOKEN:
          inExplicitKey[inExplicitKey.count - 1] = false
        default:
          break
        }
        if type == YAML_SCALAR_TOKEN || type == YAML_TAG_TOKEN || type == YAML_ANCHOR_TOKEN
          || type == YAML_ALIAS_TOKEN || type == YAML_TAG_DIRECTIVE_TOKEN
          || type == YAML_VERSION_DIRECTIVE_TOKEN
        {
          var start = min(Int(token.start_mark.index), scalars.count)
          let end = min(Int(token.end_mark.index), scalars.count)
          let style = token.data.scalar.style
          if type == YAML_SCALAR_TOKEN
            && (style == YAML_LITERAL_SCALAR_STYLE || style == YAML_FOLDED_SCALAR_STYLE)
          {
            // A block scalar's text starts on the line after its header (`| # comment`).
            while start < end, !Self.isBreak(scalars[start]) { start += 1 }
          }
          for index in start..<max(start, end) { covered[index] = true }
        }
        if type == YAML_SCALAR_TOKEN {
          let style = token.data.scalar.style
          let value = String(
            decoding: UnsafeBufferPointer(
              start: token.data.scalar.value, count: Int(token.data.scalar.length)),
            as: UTF8.self)
          if style == YAML_LITERAL_SCALAR_STYLE || style == YAML_FOLDED_SCALAR_STYLE,
            value.unicodeScalars.allSatisfy(Self.isBlockText), !inExplicitKey.contains(true)
          {
            blockScalars += 1
          }
        }
      }
    }
    guard scanned else { return nil }
    // libyaml takes any `#` outside a token for a comment, even right after a bracket.
    var comments: [String] = []
    var index = 0
    while index < scalars.count {
      if scalars[index] == "#", !covered[index] {
        var end = index
        while end < scalars.count, !Self.isBreak(scalars[end]) { end += 1 }
        var comment = String(String.UnicodeScalarView(scalars[index..<end]))
        while let last = comment.unicodeScalars.last, last == " " || last == "\t" {
          comment.unicodeScalars.removeLast()
        }
        comments.append(comment)
        index = end
        continue
      }
      index += 1
    }
    self.comments = comments
    self.blockScalars = blockScalars
  }
}
