import CYaml

/// libyaml's event stream over a source text, each event with its start and end as byte offsets.
///
/// libyaml counts positions in characters (`mark.index`, from after a byte order mark); a cursor
/// that moves with the events, which come in text order, turns them into byte offsets, so the
/// whole stream costs time linear in the file whatever its line lengths.
struct YAMLEvents: ~Copyable {
  /// One event: libyaml's own (valid until the next call) and where it stands in the source.
  struct Event {
    let raw: yaml_event_t
    let start: Int
    let end: Int
    /// libyaml's 0-based column of the end mark, in characters.
    let endColumn: Int

    var type: yaml_event_type_t { raw.type }
  }

  let text: SourceText
  private let parser: UnsafeMutablePointer<yaml_parser_t>
  private let event: UnsafeMutablePointer<yaml_event_t>
  private var hasEvent = false
  private var character = 0
  private var byte: Int

  /// Starts reading `buffer`, which holds `text.bytes` and must outlive the stream.
  init(text: SourceText, buffer: UnsafeBufferPointer<UInt8>) throws(YAMLReadError) {
    self.text = text
    self.byte = text.lineStarts[0]
    parser = .allocate(capacity: 1)
    event = .allocate(capacity: 1)
    guard yaml_parser_initialize(parser) == 1 else {
      parser.deallocate()
      event.deallocate()
      throw YAMLReadError("out of memory", at: SourceLocation(line: 1, column: 1))
    }
    // The byte order mark is left out and the encoding named, so character 0 is line 1, column 1
    // of `SourceText` too.
    yaml_parser_set_encoding(parser, YAML_UTF8_ENCODING)
    let start = text.lineStarts[0]
    yaml_parser_set_input_string(
      parser, buffer.baseAddress.map { $0 + start }, buffer.count - start)
  }

  deinit {
    if hasEvent { yaml_event_delete(event) }
    yaml_parser_delete(parser)
    parser.deallocate()
    event.deallocate()
  }

  /// The next event; nil after the stream's end.
  mutating func next() throws(YAMLReadError) -> Event? {
    if hasEvent {
      yaml_event_delete(event)
      hasEvent = false
    }
    guard yaml_parser_parse(parser, event) == 1 else { throw error() }
    hasEvent = true
    let raw = event.pointee
    if raw.type == YAML_STREAM_END_EVENT { return nil }
    let start = offset(ofCharacter: Int(raw.start_mark.index))
    let end = offset(ofCharacter: Int(raw.end_mark.index))
    return Event(raw: raw, start: start, end: end, endColumn: Int(raw.end_mark.column))
  }

  /// The byte offset of character `index`, moving the cursor there.
  private mutating func offset(ofCharacter index: Int) -> Int {
    let bytes = text.bytes
    while character < index, byte < bytes.count {
      let lead = bytes[byte]
      byte += lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
      character += 1
    }
    while character > index, byte > text.lineStarts[0] {
      byte -= 1
      while bytes[byte] & 0xC0 == 0x80 { byte -= 1 }
      character -= 1
    }
    return min(byte, bytes.count)
  }

  /// What libyaml could not read, where.
  private func error() -> YAMLReadError {
    let state = parser.pointee
    let problem = state.problem.map { String(cString: $0) } ?? "the YAML could not be read"
    switch state.error {
    case YAML_READER_ERROR:
      return YAMLReadError(
        problem, at: text.location(of: min(text.lineStarts[0] + state.problem_offset, text.count)))
    case YAML_SCANNER_ERROR, YAML_PARSER_ERROR:
      let location = SourceLocation(
        line: Int(state.problem_mark.line) + 1, column: Int(state.problem_mark.column) + 1)
      if problem.hasPrefix("Maximum nesting level") {
        return LimitCheck.Violation.tooDeep.error(at: location)
      }
      var message = problem
      if let context = state.context.map({ String(cString: $0) }), !context.isEmpty {
        let mark = state.context_mark
        message += " (\(context) at \(mark.line + 1):\(mark.column + 1))"
      }
      return YAMLReadError(message, at: location)
    default:
      return YAMLReadError("out of memory", at: SourceLocation(line: 1, column: 1))
    }
  }
}
