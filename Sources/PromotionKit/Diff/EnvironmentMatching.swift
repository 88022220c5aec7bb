/// Which environment of the old version is which of the new: the same name, a trigger that
/// was replaced (the steps that waited for it wait for the new one), or a rename — a removed
/// and an added step with the same dependencies (read through the renames found so far), the
/// same settings and as many environments waiting for it (so a leaf replacing a step in the
/// middle of the flow is not taken for it). Removed steps are taken in the old version's wave order, so a chain of
/// renames is found in one pass; equal candidates pair in file order.
struct EnvironmentMatching {
  /// Old name → new name, for every environment whose name changed.
  private(set) var newName: [String: String] = [:]
  /// New name → old name.
  private(set) var oldName: [String: String] = [:]
  private(set) var renames: [FlowDiff.Rename] = []
  private(set) var added: [String] = []
  private(set) var removed: [String] = []

  init(old: PromotionFlow, new: PromotionFlow) {
    let oldNames = Set(old.environments)
    let newNames = Set(new.environments)
    let oldTrigger = old.triggerEnvironment
    let newTrigger = new.triggerEnvironment
    if oldTrigger != newTrigger, !oldTrigger.isEmpty, !newTrigger.isEmpty,
      !newNames.contains(oldTrigger)
    {
      pair(oldTrigger, newTrigger)
    }
    let addedSteps = new.steps.filter { !oldNames.contains($0.environment) }
    // Renames pair added with removed steps: without added steps there are none to find.
    let oldDependents = addedSteps.isEmpty ? [:] : Self.dependentCounts(old)
    let newDependents = addedSteps.isEmpty ? [:] : Self.dependentCounts(new)
    var candidates: [Signature: [String]] = [:]
    for step in addedSteps {
      let signature = Signature(
        step, renaming: [:], dependents: newDependents[step.environment] ?? 0)
      candidates[signature, default: []].append(step.environment)
    }
    let gone = old.steps.enumerated().filter { !newNames.contains($0.element.environment) }
    let waves = gone.count > 1 ? Waves(old) : nil
    let removedSteps =
      gone
      .sorted {
        (waves?.waveOf[$0.element.environment] ?? 0, $0.offset) < (
          waves?.waveOf[$1.element.environment] ?? 0, $1.offset
        )
      }
      .map(\.element)
    var renamedFrom = Set<String>()
    for step in removedSteps {
      let signature = Signature(
        step, renaming: newName, dependents: oldDependents[step.environment] ?? 0)
      guard let match = candidates[signature]?.first else { continue }
      candidates[signature]?.removeFirst()
      pair(step.environment, match)
      renames.append(FlowDiff.Rename(from: step.environment, to: match))
      renamedFrom.insert(step.environment)
    }
    let renamedTo = Set(renames.map(\.to))
    added = addedSteps.map(\.environment).filter { !renamedTo.contains($0) && $0 != newTrigger }
    removed = old.steps.map(\.environment).filter {
      !newNames.contains($0) && !renamedFrom.contains($0) && $0 != oldTrigger
    }
    if renames.count > 1 {
      let position = Dictionary(
        new.steps.enumerated().map { ($0.element.environment, $0.offset) },
        uniquingKeysWith: { first, _ in first })
      renames.sort { (position[$0.to] ?? 0) < (position[$1.to] ?? 0) }
    }
  }

  private mutating func pair(_ old: String, _ new: String) {
    newName[old] = new
    oldName[new] = old
  }

  /// How many steps wait for each environment.
  private static func dependentCounts(_ flow: PromotionFlow) -> [String: Int] {
    var counts: [String: Int] = [:]
    for step in flow.steps {
      for name in Set(step.dependsOn) { counts[name, default: 0] += 1 }
    }
    return counts
  }

  /// The old environment's name as the new version calls it.
  func renamed(_ name: String) -> String { newName[name] ?? name }

  /// What makes two steps the same environment under another name.
  private struct Signature: Hashable {
    var dependsOn: [String]
    var action: String?
    var preAction: String?
    var postAction: String?
    var hooks: Hooks
    var dependents: Int

    init(_ step: FlowStep, renaming: [String: String], dependents: Int) {
      dependsOn = Set(step.dependsOn.map { renaming[$0] ?? $0 }).sorted()
      action = step.action?.rawValue
      preAction = step.preAction
      postAction = step.postAction
      hooks = step.hooks
      self.dependents = dependents
    }
  }
}
