/// How block YAML is laid out when promoflow writes it: the indentation step, whether a sequence
/// under a key is indented, and the line break. `fmt` uses `canonical`; edits use the style the
/// file already has.
public struct EmitStyle: Sendable, Equatable {
  public var indentStep: Int
  public var indentSequences: Bool
  public var lineBreak: String

  public init(indentStep: Int = 2, indentSequences: Bool = true, lineBreak: String = "\n") {
    self.indentStep = indentStep
    self.indentSequences = indentSequences
    self.lineBreak = lineBreak
  }

  public static let canonical = EmitStyle()

  /// The style a document already uses: the step of its first nested block collection and whether
  /// its sequences under keys are indented.
  public static func detected(in root: YAMLNode?, text: SourceText) -> EmitStyle {
    var mappingStep: Int?
    var sequenceStep: Int?
    var indentSequences: Bool?
    func column(_ offset: Int) -> Int { text.location(of: offset).column - 1 }
    func visit(_ node: YAMLNode, depth: Int) {
      guard depth < 64, mappingStep == nil || indentSequences == nil, !node.isFlow else { return }
      if let items = node.items {
        for item in items { visit(item, depth: depth + 1) }
        return
      }
      guard let entries = node.entries else { return }
      for entry in entries {
        guard let keyStart = entry.key.span?.start, !entry.value.isFlow else { continue }
        let keyColumn = column(keyStart)
        if let dash = entry.value.items?.first?.indicator {
          let offset = column(dash) - keyColumn
          if indentSequences == nil { indentSequences = offset > 0 }
          if sequenceStep == nil && offset > 0 { sequenceStep = offset }
        } else if let childStart = entry.value.entries?.first?.key.span?.start,
          mappingStep == nil, column(childStart) > keyColumn
        {
          mappingStep = column(childStart) - keyColumn
        }
        visit(entry.value, depth: depth + 1)
      }
    }
    if let root { visit(root, depth: 0) }
    return EmitStyle(
      indentStep: mappingStep ?? sequenceStep ?? 2, indentSequences: indentSequences ?? true,
      lineBreak: text.preferredLineBreak)
  }
}
