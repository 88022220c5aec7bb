/// The limits promoflow puts on what it reads, each checked before the work it protects, so a
/// hostile or broken file fails fast with a coded diagnostic instead of using up time or memory.
public enum InputLimits {
  /// Files larger than this are refused before they are read (`file-too-large`).
  public static let maximumFileSize = 10 * 1024 * 1024
  /// Collections nested deeper than this are refused before any tree is built (`too-deep`):
  /// real resources nest a dozen levels; every later pass may recurse safely to this depth.
  public static let maximumNestingDepth = 200
  /// Aliases may stand for at most this many nodes in all (`alias-bomb`), counted before any
  /// tree is built.
  public static let maximumAliasExpansion = 1_000_000
  /// Flows with more environments than this are refused before validation and layout
  /// (`too-many-environments`).
  public static let maximumEnvironments = 20_000

  /// The error for a flow with too many environments, if `flow` has too many.
  public static func environmentCountError(_ flow: PromotionFlow) -> Diagnostic? {
    let count = flow.steps.count + 1
    guard count > maximumEnvironments else { return nil }
    return .error(
      "too-many-environments",
      "the flow has \(count) environments; promoflow handles at most \(maximumEnvironments): split it into several flows"
    )
  }

  /// The same error for a flow in its file, placed at `spec.steps`.
  public static func environmentCountError(_ document: FlowDocument) -> Diagnostic? {
    guard var error = environmentCountError(document.flow) else { return nil }
    error.location = document.documentIndex.flatMap {
      FlowLocator(file: document.file, documentIndex: $0).location(of: .steps)
    }
    return error
  }
}
