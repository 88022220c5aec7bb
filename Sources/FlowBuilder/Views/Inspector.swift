import PromotionKit

/// What the inspector says about an environment: where it stands in the flow, and for each of
/// action, Pre- and Post-Action the effective value with its source (inline, or which policy at
/// which priority, for the previewed product).
public enum Inspector {
  public static func lines(for name: String, in state: AppState) -> [String] {
    let flow = state.flow
    var lines: [String] = []
    let definition = state.catalog.environment(named: name)
    let kind = definition.map { $0.kind.rawValue } ?? "not in the catalog"
    lines.append("\(name)  (\(kind)\(name == flow.triggerEnvironment ? ", trigger" : ""))")
    if let definition {
      if !definition.tags.isEmpty {
        lines.append("Tags:         " + definition.tags.joined(separator: ", "))
      }
      for cluster in definition.clusters {
        lines.append("Cluster:      \(cluster.name): \(cluster.namespaces.joined(separator: ", "))")
      }
    }
    let wave = Waves(flow).waveOf[name].map(String.init) ?? "?"
    if name == flow.triggerEnvironment {
      lines.append("Wave:         0 (starts the release)")
      if let start = flow.hooks.onStart {
        lines.append("Workflow:     \(start)  (hooks.onStart)")
      } else if let legacy = flow.postTrigger {
        lines.append(
          "Workflow:     \(legacy)  (postTrigger, deprecated; changing it moves it to hooks.onStart)"
        )
      } else {
        lines.append("Workflow:     none")
      }
      lines.append("Flow hooks:   " + hooksText(flow.hooks))
      let targets = flow.steps.filter { $0.dependsOn.contains(name) }.map(\.environment)
      lines.append(
        "Next:         " + (targets.isEmpty ? "nothing yet" : targets.joined(separator: ", ")))
      return lines
    }
    guard let step = flow.step(name) else { return lines }
    lines.append(
      "Depends on:   "
        + (step.dependsOn.isEmpty ? "nothing" : step.dependsOn.joined(separator: ", ")))
    lines.append("Wave:         \(wave)")
    let resolved = state.resolvedSteps.first { $0.environment == name }
    let productNote = state.product.map { " (product \($0))" } ?? " (no product chosen: press p)"
    lines.append("")
    lines.append("Effective values" + productNote)
    lines.append("  Action:      " + describe(resolved?.action))
    lines.append("  Pre-Action:  " + describe(resolved?.preAction))
    lines.append("  Post-Action: " + describe(resolved?.postAction))
    lines.append("Hooks:        " + hooksText(step.hooks))
    let next = flow.steps.filter { $0.dependsOn.contains(name) }.map(\.environment)
    lines.append("Next:         " + (next.isEmpty ? "nothing" : next.joined(separator: ", ")))
    return lines
  }

  static func describe(_ value: ResolvedValue?) -> String {
    if case .productTags(let policy, let priority, let would)? = value?.source {
      return
        "unknown (product tags): policy \(policy), priority \(priority), gives \(would) if it selects the product"
    }
    guard let value, let text = value.value else { return "— (nothing sets it)" }
    switch value.source {
    case .inline: return "\(text)  (inline)"
    case .policy(let policy, let priority):
      return "\(text)  (policy \(policy), priority \(priority))"
    case .productTags, .none: return text
    }
  }

  static func hooksText(_ hooks: Hooks) -> String {
    Hooks.Field.allCases.map { "\($0.rawValue) \(hooks[$0] ?? "—")" }.joined(separator: ", ")
  }
}
