extension YAMLFile {
  /// The file's text with the roots of some documents replaced by desired trees (index → root).
  /// Only the lines of nodes that differ change; a document without changes keeps every byte.
  public func replacingRoots(_ desired: [Int: YAMLNode]) -> String {
    var patches: [TextPatch] = []
    for (index, root) in desired.sorted(by: { $0.key < $1.key })
    where documents.indices.contains(index) {
      guard let original = documents[index].root, let span = original.span else { continue }
      var patcher = DocumentPatcher(text: text, style: EmitStyle.detected(in: original, text: text))
      patcher.patch(original, root, slot: .root)
      if TextPatch.apply(patcher.patches, to: text) != nil {
        patches += patcher.patches
      } else {
        patches.append(
          wholeDocumentPatch(
            original, span: span, ownedTriviaEnd: documents[index].ownedTriviaEnd, root))
      }
    }
    return TextPatch.apply(patches, to: text) ?? text.string
  }

  /// Rewrites a document's whole root in the file's style: the fallback when edits collide. The
  /// comments the tree holds are written with it, so the text replaced runs over them too: the
  /// comment on the root's last line and the comment lines after it that the document owns.
  func wholeDocumentPatch(
    _ original: YAMLNode, span: SourceSpan, ownedTriviaEnd: Int?, _ desired: YAMLNode
  ) -> TextPatch {
    var end = span.end
    while end < text.count, text.bytes[end] == 0x20 || text.bytes[end] == 0x09 { end += 1 }
    end =
      end < text.count && text.bytes[end] == UInt8(ascii: "#")
      ? text.lineContentEnd(from: end) : span.end
    end = max(end, ownedTriviaEnd ?? end)
    var emitter = BlockEmitter(style: EmitStyle.detected(in: original, text: text))
    emitter.root(desired)
    return TextPatch(
      start: span.start, end: end,
      replacement: emitter.lines.joined(separator: text.preferredLineBreak))
  }
}
