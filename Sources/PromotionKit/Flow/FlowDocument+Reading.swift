/// Reading a flow from text that is not a file on disk (a git revision's copy).
extension FlowDocument {
  /// The first PromotionFlow of `text` (nil: the text holds none), or, when `text` is not YAML,
  /// the diagnostic saying where, for the file named `path`.
  public static func firstFlow(in text: String, path: String) -> Result<PromotionFlow?, Diagnostic>
  {
    do {
      let file = try YAMLReader.read(text)
      let document = FlowDocument(file: file, newFlowName: "")
      return .success(document.isNew ? nil : document.flow)
    } catch {
      return .failure(error.diagnostic(file: path))
    }
  }
}
