extension YAMLFile {
  /// The file's text with the roots of some documents replaced by desired trees (index → root).
  /// Only the lines of nodes that differ change; a document without changes keeps every byte.
  public func replacingRoots(_ desired: [Int: YAMLNode]) -> String {
    var patches: [TextPatch] = []
    for (index, root) in desired.sorted(by: { $0.key < $1.key })
    where documents.indices.contains(index) {
      guard let original = documents[index].root, original.span != nil else { continue }
      var patcher = DocumentPatcher(text: text, style: EmitStyle.detected(in: original, text: text))
      patcher.patch(original, root, slot: .root)
      if TextPatch.apply(patcher.patches, to: text) != nil {
        patches += patcher.patches
      } else {
        patches.append(wholeDocumentPatch(original, root))
      }
    }
    return TextPatch.apply(patches, to: text) ?? text.string
  }

  /// Rewrites a document's whole root in the file's style: the fallback when edits collide.
  func wholeDocumentPatch(_ original: YAMLNode, _ desired: YAMLNode) -> TextPatch {
    let span = original.span ?? SourceSpan(0, 0)
    var emitter = BlockEmitter(style: EmitStyle.detected(in: original, text: text))
    emitter.root(desired)
    return TextPatch(
      start: span.start, end: span.end,
      replacement: emitter.lines.joined(separator: text.preferredLineBreak))
  }
}
