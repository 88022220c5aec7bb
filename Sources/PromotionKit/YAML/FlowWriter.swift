/// Writes a node on one line in flow style (`[a, b]`, `{k: v}`), for flow collections that an edit
/// changes and for complex keys.
enum FlowWriter {
  static func write(_ node: YAMLNode) -> String {
    let properties = node.propertiesText
    let body: String
    switch node.content {
    case .alias(let name):
      body = "*" + name
    case .scalar(let scalar):
      body = ScalarWriter.inline(scalar, flow: true)
    case .sequence(let items):
      // An empty item has nothing to stand on between brackets and commas: it is written null.
      body =
        "[" + items.map { write($0).isEmpty ? "null" : write($0) }.joined(separator: ", ") + "]"
    case .mapping(let entries):
      let pairs = entries.map { entry -> String in
        // `:` is only an indicator before a space; an empty key needs `?` to stand on, and so
        // does a long one (libyaml reads keys without `?` up to 1,024 characters).
        let written = write(entry.key)
        let key =
          written.isEmpty || written.utf8.count >= 1_000
          ? "? " + written : written + (entry.key.isAlias ? " " : "")
        return key + ": " + write(entry.value)
      }
      body = "{" + pairs.joined(separator: ", ") + "}"
    }
    if properties.isEmpty { return body }
    // A tag runs until a space (`!t]` is one tag), so an empty tagged node keeps one after it.
    return properties + " " + body
  }
}
