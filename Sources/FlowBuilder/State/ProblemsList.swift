import PromotionKit

/// `!`: every problem in front of the user — the flow's, those of a text edit not applied, and
/// those of the workspace files the flow depends on (policies, products, workflows) — errors
/// first, one highlighted; Enter goes to where it is.
public struct ProblemsList: Equatable, Sendable {
  public var entries: [Diagnostic]
  public var highlighted = 0

  public init(_ entries: [Diagnostic]) {
    self.entries = entries
  }
}

extension AppState {
  /// What the status line counts and `!` lists, errors first (each severity in found order).
  public var allProblems: [Diagnostic] {
    let all = problems + workspaceProblems
    return all.filter { $0.severity == .error } + all.filter { $0.severity == .warning }
  }
}
