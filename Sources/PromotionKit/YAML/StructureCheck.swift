import CYaml

/// Checks a file's shape against the input limits before any tree is built: how deep its
/// collections nest, and how many nodes its aliases stand for when expanded; and that every alias
/// refers to an anchor defined before it in its own document (Yams would also take one from an
/// earlier document, which YAML does not allow); and that no key starts with U+FEFF, which Yams
/// drops and libyaml keeps, so the two would disagree on which keys a mapping has.
///
/// Both would otherwise hurt later: Yams builds trees recursively, and it hashes every mapping
/// key to find duplicates, which walks an aliased key in full — a few lines of nested aliases
/// (a "billion laughs" file) would take hours. This pass reads libyaml's event stream once,
/// keeping only a stack of open collections and the expanded size of each anchor, and stops at
/// the first event past a limit.
struct StructureCheck {
  /// The first limit `text` passes, or nil when it passes none (or is not YAML at all: the real
  /// parse reports that).
  static func firstViolation(in text: SourceText) -> YAMLReadError? {
    var parser = yaml_parser_t()
    guard yaml_parser_initialize(&parser) == 1 else { return nil }
    defer { yaml_parser_delete(&parser) }
    return text.bytes.withUnsafeBufferPointer { buffer in
      yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
      var check = StructureCheck()
      var event = yaml_event_t()
      while yaml_parser_parse(&parser, &event) == 1 {
        defer { yaml_event_delete(&event) }
        if event.type == YAML_STREAM_END_EVENT { return nil }
        if let violation = check.take(event) {
          return violation.error(at: event.start_mark)
        }
      }
      // libyaml has a nesting guard of its own, which looks ahead and may stop first.
      let problem = parser.problem.map { String(cString: $0) } ?? ""
      return problem.hasPrefix("Maximum nesting level")
        ? Violation.tooDeep.error(at: parser.problem_mark) : nil
    }
  }

  /// A limit passed.
  enum Violation {
    case tooDeep
    case aliasBomb
    case undefinedAlias(String)
    case byteOrderMarkInKey

    func error(at mark: yaml_mark_t) -> YAMLReadError {
      let location = SourceLocation(line: Int(mark.line) + 1, column: Int(mark.column) + 1)
      switch self {
      case .tooDeep:
        return YAMLReadError(
          "collections are nested more than \(InputLimits.maximumNestingDepth) levels deep: promoflow does not read files nested that deep",
          at: location, code: "too-deep")
      case .aliasBomb:
        return YAMLReadError(
          "aliases here expand to more than \(InputLimits.maximumAliasExpansion) nodes: promoflow does not read alias bombs",
          at: location, code: "alias-bomb")
      case .undefinedAlias(let name):
        return YAMLReadError(
          "alias *\(name) refers to no anchor &\(name) before it in this document (anchors do not reach across ---)",
          at: location, code: "undefined-alias")
      case .byteOrderMarkInKey:
        return YAMLReadError(
          "this key starts with an invisible U+FEFF (byte order mark), which YAML readers disagree on: delete it",
          at: location, code: "byte-order-mark-in-key")
      }
    }
  }

  /// Expanded sizes of the anchors defined so far.
  var anchorSizes: [String: Int] = [:]
  /// Open collections: their anchor, their expanded size so far, and for a mapping how many
  /// keys and values it has so far (nil for a sequence).
  var open: [(anchor: String?, size: Int, entries: Int?)] = []
  var expandedByAliases = 0

  /// Accounts for one event; the limit it passes, if any.
  mutating func take(_ event: yaml_event_t) -> Violation? {
    switch event.type {
    case YAML_SCALAR_EVENT:
      let scalar = event.data.scalar
      if open.last?.entries.map({ $0 % 2 == 0 }) == true, scalar.length >= 3,
        scalar.value[0] == 0xEF, scalar.value[1] == 0xBB, scalar.value[2] == 0xBF
      {
        return .byteOrderMarkInKey
      }
      finish(size: 1, anchor: Self.name(event.data.scalar.anchor))
    case YAML_DOCUMENT_START_EVENT:
      anchorSizes = [:]
    case YAML_ALIAS_EVENT:
      let name = Self.name(event.data.alias.anchor) ?? ""
      guard let size = anchorSizes[name] else { return .undefinedAlias(name) }
      expandedByAliases += size
      if expandedByAliases > InputLimits.maximumAliasExpansion { return .aliasBomb }
      finish(size: size, anchor: nil)
    case YAML_SEQUENCE_START_EVENT:
      open.append((Self.name(event.data.sequence_start.anchor), 1, nil))
    case YAML_MAPPING_START_EVENT:
      open.append((Self.name(event.data.mapping_start.anchor), 1, 0))
    case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
      if let collection = open.popLast() {
        finish(size: collection.size, anchor: collection.anchor)
      }
    default:
      break
    }
    return open.count > InputLimits.maximumNestingDepth ? .tooDeep : nil
  }

  /// Adds a finished node's expanded size to its anchor and to the collection holding it.
  mutating func finish(size: Int, anchor: String?) {
    let bounded = min(size, InputLimits.maximumAliasExpansion + 1)
    if let anchor { anchorSizes[anchor] = bounded }
    if let last = open.indices.last {
      open[last].size = min(open[last].size + bounded, InputLimits.maximumAliasExpansion + 1)
      open[last].entries? += 1
    }
  }

  static func name(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
    pointer.map { String(cString: $0) }
  }
}
