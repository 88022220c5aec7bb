/// The keys of one mapping, to refuse a key that appears twice. Two keys are the same when they
/// hold the same data with the same tag, as Yams compares them: a quoted `"a"` and a plain `a`
/// are the same string, an alias is the node it refers to, and collections compare item by item.
struct DuplicateKeys {
  /// A key's data as compared: its value and its tag (implicit tags written out).
  indirect enum Identity: Hashable {
    case scalar(String, tag: String)
    case sequence([Identity], tag: String)
    case mapping([Identity], tag: String)

    init(_ node: YAMLNode, targets: [Int: YAMLNode]) {
      switch node.content {
      case .scalar(let scalar):
        self = .scalar(scalar.value, tag: Self.tag(node.tag, default: "str"))
      case .sequence(let items):
        self = .sequence(
          items.map { Identity($0, targets: targets) }, tag: Self.tag(node.tag, default: "seq"))
      case .mapping(let entries):
        self = .mapping(
          entries.flatMap {
            [Identity($0.key, targets: targets), Identity($0.value, targets: targets)]
          },
          tag: Self.tag(node.tag, default: "map"))
      case .alias:
        guard let start = node.span?.start, let target = targets[start] else {
          self = .scalar("", tag: "alias")
          return
        }
        self = Identity(target, targets: targets)
      }
    }

    /// The tag a reader resolves `written` to: none (or `!`) is the kind's own.
    static func tag(_ written: String?, default kind: String) -> String {
      guard let written, written != "!" else { return "tag:yaml.org,2002:" + kind }
      if written.hasPrefix("!!") { return "tag:yaml.org,2002:" + written.dropFirst(2) }
      if written.hasPrefix("!<") && written.hasSuffix(">") {
        return String(written.dropFirst(2).dropLast())
      }
      return written
    }
  }

  /// Where each key was first seen.
  private var firstSeen: [Identity: YAMLNode] = [:]
  /// The keys seen more than once, at their first place.
  private var repeated: [YAMLNode] = []

  mutating func add(_ key: YAMLNode, targets: [Int: YAMLNode]) {
    let identity = Identity(key, targets: targets)
    if let first = firstSeen[identity] {
      if !repeated.contains(where: { $0.span?.start == first.span?.start }) {
        repeated.append(first)
      }
    } else {
      firstSeen[identity] = key
    }
  }

  /// The error for the repeated keys, named as written and placed at the first one's first place.
  func error(in text: SourceText) -> YAMLReadError? {
    let named = repeated.map { key -> (name: String, start: Int) in
      let start = key.span?.start ?? 0
      return (key.scalar?.value ?? text.slice(start, key.span?.end ?? start), start)
    }
    .sorted { $0.name < $1.name }
    guard let first = named.first else { return nil }
    return YAMLReadError(
      "duplicate key \(named.map(\.name).joined(separator: ", ")) in a mapping: each key may appear once",
      at: text.location(of: first.start))
  }
}
