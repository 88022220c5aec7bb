import PromotionKit

/// `D`: the changes since the last commit, marked on the canvas — read from git at the edge,
/// compared here, and kept up to date while the user edits.
extension Reducer {
  static func toggleReview(_ state: inout AppState, effects: inout [Effect]) {
    if state.review != nil {
      state.review = nil
      state.message = StatusMessage("Changes since the last commit hidden")
      revealSelection(&state)
    } else {
      effects.append(.readCommitted(state.filePath))
    }
  }

  static func startReview(_ state: inout AppState, _ version: Git.Version) {
    let base: PromotionFlow
    switch version {
    case .failed(let reason):
      state.message = StatusMessage(reason, kind: .error)
      return
    case .absent:
      base = PromotionFlow(name: state.flow.name)
    case .text(let text):
      switch FlowDocument.firstFlow(in: text, path: state.displayPath) {
      case .success(let flow):
        base = flow ?? PromotionFlow(name: state.flow.name)
      case .failure(let diagnostic):
        state.message = StatusMessage(
          "The last commit's \(state.displayPath) is not valid YAML (\(diagnostic.message)): nothing to compare",
          kind: .error)
        return
      }
    }
    let review = Review(base: base, flow: state.flow)
    state.review = review
    let count = review.lines.count
    state.message = StatusMessage(
      version == .absent
        ? "Not committed yet: everything is new · D hides"
        : count == 0
          ? "No changes since the last commit · D hides"
          : "\(count) change\(count == 1 ? "" : "s") since the last commit · D hides")
    revealSelection(&state)
  }
}
