/// What changed between two versions of a flow, in short phrases for a commit message
/// ("add prod-eu after staging", "prod-us: action pr").
extension PromotionFlow {
  public func changes(since old: PromotionFlow) -> [String] {
    var changes: [String] = []
    if old.triggerEnvironment != triggerEnvironment && !triggerEnvironment.isEmpty {
      changes.append("trigger \(triggerEnvironment)")
    }
    let oldNames = Set(old.steps.map(\.environment))
    let newNames = Set(steps.map(\.environment))
    for step in steps where !oldNames.contains(step.environment) {
      changes.append("add \(step.environment) after \(step.dependsOn.joined(separator: ", "))")
    }
    for step in old.steps where !newNames.contains(step.environment) {
      changes.append("remove \(step.environment)")
    }
    for step in steps {
      guard let before = old.step(step.environment) else { continue }
      if before.dependsOn != step.dependsOn {
        changes.append("\(step.environment) after \(step.dependsOn.joined(separator: ", "))")
      }
      if before.action != step.action {
        changes.append("\(step.environment): action \(step.action?.rawValue ?? "by policy")")
      }
      if before.preAction != step.preAction {
        changes.append("\(step.environment): pre-action \(step.preAction ?? "none")")
      }
      if before.postAction != step.postAction {
        changes.append("\(step.environment): post-action \(step.postAction ?? "none")")
      }
      if before.hooks != step.hooks { changes.append("\(step.environment): hooks") }
    }
    if old.hooks != hooks || old.postTrigger != postTrigger { changes.append("flow hooks") }
    if old.name != name || old.description != description || old.version != version
      || old.promotionTimeoutLimit != promotionTimeoutLimit
    {
      changes.append("settings")
    }
    return changes
  }

  /// A commit message for the changes since `old`.
  public func commitMessage(since old: PromotionFlow) -> String {
    let changes = changes(since: old)
    let summary =
      changes.isEmpty
      ? "update" : changes.prefix(3).joined(separator: "; ") + (changes.count > 3 ? "; …" : "")
    return "promotion-flow \(name): \(summary)"
  }
}
