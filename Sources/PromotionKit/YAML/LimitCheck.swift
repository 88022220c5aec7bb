import CYaml

/// Checks a file's shape against the input limits as its events are read, before later passes
/// recurse into the tree: how deep its collections nest, how many nodes its aliases stand for
/// when expanded (a "billion laughs" file is a few lines of nested aliases), that every alias
/// refers to an anchor defined before it in its own document, and that no key starts with
/// U+FEFF, which YAML readers disagree on.
///
/// It keeps only a stack of open collections and the expanded size of each anchor, and reports
/// the first event past a limit.
struct LimitCheck {
  /// A limit passed.
  enum Violation {
    case tooDeep
    case aliasBomb
    case undefinedAlias(String)
    case byteOrderMarkInKey

    func error(at location: SourceLocation) -> YAMLReadError {
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

  /// Expanded sizes of the anchors defined so far in this document.
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
      finish(size: 1, anchor: Self.name(scalar.anchor))
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
