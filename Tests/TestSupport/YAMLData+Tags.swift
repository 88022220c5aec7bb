import Yams

extension YAMLData {
  /// Every tag outside YAML's core schema (`!custom`, `!Ref`), in document order, as Yams reads
  /// them: data equality cannot see a tag that moved from a key to its mapping.
  public static func customTags(_ text: String) throws -> [String] {
    var found: [String] = []
    func walk(_ node: Node) {
      let tag = node.tag.rawValue
      if !tag.hasPrefix("tag:yaml.org,2002:") { found.append(tag) }
      switch node {
      case .mapping(let mapping):
        for pair in mapping {
          walk(pair.key)
          walk(pair.value)
        }
      case .sequence(let sequence): sequence.forEach(walk)
      case .scalar, .alias: break
      }
    }
    let parser = try Parser(yaml: withoutByteOrderMark(text))
    while let root = try parser.nextRoot() { walk(root) }
    return found
  }
}
