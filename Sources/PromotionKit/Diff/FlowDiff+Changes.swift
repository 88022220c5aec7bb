/// The field-by-field comparisons behind a `FlowDiff`.
extension FlowDiff {
  /// Per environment present in both versions (under its new name), the fields that differ.
  /// Dependencies compare as sets, read through the renames; the new trigger's own fields are
  /// not compared (the trigger change says it), and an old trigger that is now a target
  /// compares as a step that waited for nothing.
  static func environmentChanges(
    _ old: PromotionFlow, _ new: PromotionFlow, _ matching: EnvironmentMatching
  ) -> [EnvironmentChanges] {
    let oldSteps = Dictionary(
      old.steps.map { ($0.environment, $0) }, uniquingKeysWith: { first, _ in first })
    return new.steps.compactMap { step in
      let previousName = matching.oldName[step.environment] ?? step.environment
      let before: FlowStep
      if let previous = oldSteps[previousName] {
        // Without renames an identical step has nothing to say (most steps, on most edits).
        if previous == step && matching.newName.isEmpty { return nil }
        before = previous
      } else if previousName == old.triggerEnvironment {
        before = FlowStep(environment: previousName, dependsOn: [])
      } else {
        return nil
      }
      let changes = stepChanges(before, step, matching)
      return changes.isEmpty
        ? nil : EnvironmentChanges(environment: step.environment, changes: changes)
    }
  }

  private static func stepChanges(
    _ before: FlowStep, _ after: FlowStep, _ matching: EnvironmentMatching
  ) -> [Change] {
    var changes: [Change] = []
    let waitedFor = unique(before.dependsOn.map(matching.renamed))
    if Set(waitedFor) != Set(after.dependsOn) {
      changes.append(
        Change(field: "dependsOn", from: .list(waitedFor), to: .list(unique(after.dependsOn))))
    }
    changes.append(
      contentsOf: compared([
        ("action", before.action?.rawValue, after.action?.rawValue),
        ("preAction", before.preAction, after.preAction),
        ("postAction", before.postAction, after.postAction),
      ]))
    changes.append(contentsOf: hookChanges(before.hooks, after.hooks))
    return changes
  }

  /// The flow's own fields: name, namespace, description, version, timeout, labels and hooks.
  static func settingChanges(_ old: PromotionFlow, _ new: PromotionFlow) -> [Change] {
    var changes = compared([
      ("name", old.name, new.name),
      ("namespace", old.namespace, new.namespace),
      ("description", old.description, new.description),
      ("version", old.version, new.version),
      (
        "promotionTimeoutLimit", old.promotionTimeoutLimit.map(String.init),
        new.promotionTimeoutLimit.map(String.init)
      ),
      ("postTrigger", old.postTrigger, new.postTrigger),
    ])
    let oldLabels = old.labels.map { "\($0.key)=\($0.value)" }
    let newLabels = new.labels.map { "\($0.key)=\($0.value)" }
    if Set(oldLabels) != Set(newLabels) {
      changes.append(Change(field: "labels", from: .list(oldLabels), to: .list(newLabels)))
    }
    return changes + hookChanges(old.hooks, new.hooks)
  }

  /// Environments in both versions whose wave differs.
  static func waveChanges(
    _ old: PromotionFlow, _ new: PromotionFlow, _ matching: EnvironmentMatching
  ) -> [WaveChange] {
    // Waves follow from the graph alone: the same environments waiting for the same ones in the
    // same order cannot move (the check is cheap; the waves of a big flow are not).
    let sameGraph =
      old.triggerEnvironment == new.triggerEnvironment && old.steps.count == new.steps.count
      && zip(old.steps, new.steps).allSatisfy {
        $0.environment == $1.environment && $0.dependsOn == $1.dependsOn
      }
    if sameGraph { return [] }
    let before = Waves(old).waveOf
    let after = Waves(new)
    return after.waves.joined().compactMap { name in
      guard let to = after.waveOf[name], let from = before[matching.oldName[name] ?? name],
        from != to
      else { return nil }
      return WaveChange(environment: name, from: from, to: to)
    }
  }

  /// Effective values that change for the product where a policy decides at least one side
  /// (a change between two inline values is already an environment change).
  static func effectiveChanges(
    _ old: PromotionFlow, _ new: PromotionFlow, _ matching: EnvironmentMatching,
    _ context: Policies
  ) -> [EffectiveChange] {
    func resolve(_ flow: PromotionFlow) -> [String: ResolvedStep] {
      let steps = PolicyResolver.resolve(
        flow, product: context.product, policies: context.policies, catalog: context.catalog)
      return Dictionary(steps.map { ($0.environment, $0) }, uniquingKeysWith: { first, _ in first })
    }
    let before = resolve(old)
    let after = resolve(new)
    var changes: [EffectiveChange] = []
    for step in new.steps {
      guard let now = after[step.environment],
        let then = before[matching.oldName[step.environment] ?? step.environment]
      else { continue }
      let fields: [(String, ResolvedValue, ResolvedValue)] = [
        ("action", then.action, now.action),
        ("preAction", then.preAction, now.preAction),
        ("postAction", then.postAction, now.postAction),
      ]
      for (field, from, to) in fields
      where from != to && (from.source != .inline || to.source != .inline) {
        changes.append(
          EffectiveChange(environment: step.environment, field: field, from: from, to: to))
      }
    }
    return changes
  }

  private static func hookChanges(_ old: Hooks, _ new: Hooks) -> [Change] {
    compared(Hooks.Field.allCases.map { ("hooks." + $0.rawValue, old[$0], new[$0]) })
  }

  private static func compared(_ fields: [(String, String?, String?)]) -> [Change] {
    fields.compactMap { field, from, to in
      from == to ? nil : Change(field: field, from: Value(from), to: Value(to))
    }
  }

  private static func unique(_ names: [String]) -> [String] {
    var seen = Set<String>()
    return names.filter { seen.insert($0).inserted }
  }
}
