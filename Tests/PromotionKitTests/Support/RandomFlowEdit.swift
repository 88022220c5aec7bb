import FlowLayout
import PromotionKit
import TestSupport

/// One random edit of a flow, and what its diff may look like.
struct RandomFlowEdit {
  enum Kind: String {
    case setAction, clearAction, setPreAction, addStep, removeSink, addDependency, rename
    case setTimeout, setFlowHook, setDescription
  }

  var kind: Kind
  /// The flow before the edit, and after it.
  var before: PromotionFlow
  var flow: PromotionFlow
  /// Paths of the entries this edit removes (their comments go with them).
  var removedPaths: [String] = []
  var oldName = ""
  var newName = ""

  static func make(for flow: PromotionFlow, random: inout SeededRandom) -> RandomFlowEdit {
    var edit = RandomFlowEdit(
      kind: random.pick([
        .setAction, .clearAction, .setPreAction, .addStep, .removeSink, .addDependency, .rename,
        .setTimeout, .setFlowHook, .setDescription,
      ]), before: flow, flow: flow)
    let index = Int.random(in: 0..<flow.steps.count, using: &random)
    switch edit.kind {
    case .setAction:
      let current = flow.steps[index].action
      edit.flow.steps[index].action = PromotionAction.known.first { $0 != current }
    case .clearAction:
      edit.flow.steps[index].action = nil
      edit.removedPaths = ["step\(index)/policy/action"]
      let step = edit.flow.steps[index]
      if step.preAction == nil && step.postAction == nil {
        edit.removedPaths.append("step\(index)/policy")
      }
    case .setPreAction:
      edit.flow.steps[index].preAction = "new-pre-" + String(index)
    case .addStep:
      edit.flow.steps.append(
        FlowStep(
          environment: "added-env",
          dependsOn: flow.environments.randomElement(using: &random).map { [$0] } ?? [],
          action: .pullRequest))
    case .removeSink:
      let used = Set(flow.steps.flatMap(\.dependsOn))
      if let sink = flow.steps.lastIndex(where: { !used.contains($0.environment) }) {
        edit.flow.steps.remove(at: sink)
        edit.removedPaths = ["step\(sink)"] + (edit.flow.steps.isEmpty ? ["steps"] : [])
      }
    case .addDependency:
      let step = flow.steps[index]
      if let extra = flow.environments.first(where: {
        $0 != step.environment && !step.dependsOn.contains($0)
      }),
        (flow.environments.firstIndex(of: extra) ?? 0)
          < (flow.environments.firstIndex(of: step.environment) ?? 0)
      {
        edit.flow.steps[index].dependsOn.append(extra)
      }
    case .rename:
      edit.oldName = flow.steps[index].environment
      edit.newName = "renamed-" + String(index)
      edit.flow.steps[index].environment = edit.newName
      for other in edit.flow.steps.indices {
        edit.flow.steps[other].dependsOn = edit.flow.steps[other].dependsOn.map {
          $0 == edit.oldName ? edit.newName : $0
        }
      }
    case .setTimeout:
      edit.flow.promotionTimeoutLimit = 77
    case .setFlowHook:
      edit.flow.hooks.onSuccess = "flow-success-hook"
    case .setDescription:
      edit.flow.description = "Edited description: ünïcode"
    }
    return edit
  }

  func removes(_ owner: String) -> Bool {
    removedPaths.contains { owner == $0 || owner.hasPrefix($0 + "/") }
  }

  /// Checks that the diff is the one this edit should make.
  func checkDiff(_ diff: LineDiff, original: String) throws {
    if flow == before {
      try require(diff.changedLineCount == 0, "\(kind) changed nothing but the text changed")
      return
    }
    let context = "\(kind) diff: -\(diff.removed.map(\.line)) +\(diff.added.map(\.line))"
    switch kind {
    case .setAction, .setPreAction, .setTimeout, .setFlowHook, .setDescription:
      try require(diff.removed.count <= 1 && diff.added.count <= 2, context)
    case .clearAction:
      try require(diff.added.isEmpty || diff.added.count == 1 && diff.removed.count == 1, context)
      try require(
        diff.removed.filter { !$0.line.isEmpty && !$0.line.contains("#") }.count <= 2, context)
    case .addStep:
      try require(diff.removed.isEmpty && diff.added.count >= 3, context)
      let indexes = diff.added.map(\.index)
      try require(
        indexes == Array(indexes[0]...(indexes[0] + indexes.count - 1)),
        "\(context): not contiguous")
    case .removeSink:
      try require(diff.added.isEmpty, context)
      let indexes = diff.removed.map(\.index)
      if let first = indexes.first {
        try require(
          indexes == Array(first...(first + indexes.count - 1)), "\(context): not contiguous")
      }
    case .addDependency:
      try require(diff.removed.count <= 1 && diff.added.count == 1, context)
    case .rename:
      try require(diff.removed.count == diff.added.count, context)
      try require(diff.removed.allSatisfy { $0.line.contains(oldName) }, context)
      try require(diff.added.allSatisfy { $0.line.contains(newName) }, context)
    }
  }
}
