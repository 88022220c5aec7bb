/// Checks on the flow as a graph and on its names: trigger and targets, duplicates, dependencies
/// (unknown, self, cyclic, redundant, unreachable), actions, names, and — with a workspace — the
/// catalog's environments and the promotion workflows.
struct GraphRules {
  let flow: PromotionFlow
  let locator: FlowLocator?
  let catalog: EnvironmentCatalog?
  let workflows: Set<String>
  /// The trigger and every step's environment, for lookups that stay fast at 10,000 steps.
  let environmentNames: Set<String>
  /// Each step's environment by the index a `FlowLocator.Part` names it with (its origin).
  let environmentAtOrigin: [Int: String]
  var diagnostics: [Diagnostic] = []

  init(
    flow: PromotionFlow, locator: FlowLocator?, catalog: EnvironmentCatalog?, workflows: Set<String>
  ) {
    self.flow = flow
    self.locator = locator
    self.catalog = catalog
    self.workflows = workflows
    environmentNames = Set(flow.environments)
    var byOrigin: [Int: String] = [:]
    for (index, step) in flow.steps.enumerated() {
      byOrigin[step.origin ?? index] = step.environment
    }
    environmentAtOrigin = byOrigin
  }

  mutating func report(
    _ severity: Diagnostic.Severity, _ code: String, _ message: String, _ part: FlowLocator.Part
  ) {
    var diagnostic = Diagnostic(severity, code, message, at: locator?.location(of: part))
    diagnostic.environment = environment(of: part)
    diagnostics.append(diagnostic)
  }

  func origin(_ index: Int) -> Int { flow.steps[index].origin ?? index }

  mutating func check() {
    if let tooMany = InputLimits.environmentCountError(flow) {
      report(.error, tooMany.code, tooMany.message, .steps)
      return
    }
    checkNames()
    if flow.triggerEnvironment.isEmpty {
      report(
        .error, "missing-trigger",
        "the flow has no triggerEnvironment: set the environment that starts it", .trigger)
    }
    if flow.steps.isEmpty {
      report(
        .error, "no-targets", "the flow has no steps: add at least one target environment", .steps)
    }
    checkSteps()
    checkGraph()
    checkWorkspaceReferences()
  }

  mutating func checkNames() {
    if let error = Names.resourceError(flow.name), !flow.name.isEmpty {
      report(
        .error, "invalid-name", "flow name \"\(flow.name)\" is not a valid resource name: \(error)",
        .name)
    }
    if let namespace = flow.namespace, let error = Names.labelError(namespace) {
      report(
        .error, "invalid-name", "namespace \"\(namespace)\" is not valid: \(error)", .namespace)
    }
    if !flow.triggerEnvironment.isEmpty, let error = Names.environmentError(flow.triggerEnvironment)
    {
      report(
        .error, "invalid-name",
        "environment name \"\(flow.triggerEnvironment)\" is not valid: \(error)", .trigger)
    }
    for (index, step) in flow.steps.enumerated() {
      if !step.environment.isEmpty, let error = Names.environmentError(step.environment) {
        report(
          .error, "invalid-name", "environment name \"\(step.environment)\" is not valid: \(error)",
          .step(origin(index)))
      }
      for (field, workflow) in workflowReferences(of: step) {
        if let error = Names.workflowError(workflow) {
          report(
            .error, "invalid-name", "workflow name \"\(workflow)\" is not valid: \(error)",
            part(field, index))
        }
      }
    }
    for (field, workflow) in flowWorkflowReferences() {
      if let error = Names.workflowError(workflow) {
        report(
          .error, "invalid-name", "workflow name \"\(workflow)\" is not valid: \(error)",
          flowPart(field))
      }
    }
  }

  mutating func checkSteps() {
    var seen: [String: Int] = [:]
    for (index, step) in flow.steps.enumerated() {
      let name = step.environment
      if name == flow.triggerEnvironment && !name.isEmpty {
        report(
          .error, "duplicate-environment",
          "\(name) is the trigger environment and cannot also be a step", .step(origin(index)))
      } else if let first = seen[name], !name.isEmpty {
        report(
          .error, "duplicate-environment",
          "\(name) appears twice in steps (also step \(first + 1)): merge them into one step",
          .step(origin(index)))
      } else {
        seen[name] = index
      }
      if step.dependsOn.isEmpty {
        report(
          .error, "empty-depends-on",
          "\(name.isEmpty ? "step \(index + 1)" : name) depends on nothing: list the environments it waits for in dependsOn",
          .dependsOn(origin(index)))
      }
      for (position, dependency) in step.dependsOn.enumerated() {
        let part = FlowLocator.Part.dependency(origin(index), position)
        if dependency == name {
          report(
            .error, "self-dependency", "\(name) depends on itself: remove it from its dependsOn",
            part)
        } else if !environmentNames.contains(dependency) {
          let hint =
            Suggestions.closest(to: dependency, in: flow.environments).map {
              " (did you mean \($0)?)"
            } ?? ""
          report(
            .error, "unknown-dependency",
            "\(name) depends on \(dependency), which is not an environment of this flow\(hint)",
            part)
        }
      }
      if case .unknown(let value)? = step.action {
        report(
          .error, "invalid-action",
          "\(name) has action \"\(value)\": use commit, pr or none (or remove it to let promotion policies decide)",
          .policy(origin(index), "action"))
      }
    }
  }

  mutating func checkGraph() {
    let graph = FlowGraph(flow)
    let cycles = graph.cycles()
    var inCycle = Set<String>()
    for cycle in cycles {
      inCycle.formUnion(cycle)
      let closing = cycle[cycle.count - 1]
      let waiting = cycle[cycle.count - 2 >= 0 ? cycle.count - 2 : 0]
      let part: FlowLocator.Part
      if let stepIndex = flow.stepIndex(closing),
        let position = flow.steps[stepIndex].dependsOn.firstIndex(of: waiting)
      {
        part = .dependency(origin(stepIndex), position)
      } else {
        part = .step(origin(flow.stepIndex(closing) ?? 0))
      }
      report(
        .error, "cycle",
        "these environments wait for each other and can never start: \(cycle.joined(separator: " → ")); remove one dependency",
        part)
    }
    checkRedundancy(graph, skipping: inCycle)
    var reachable = Set<String>()
    if graph.triggerIndex != nil {
      reachable.insert(flow.triggerEnvironment)
      reachable.formUnion(graph.downstream(of: flow.triggerEnvironment))
    }
    for (index, step) in flow.steps.enumerated()
    where !reachable.contains(step.environment) && !inCycle.contains(step.environment)
      && !flow.triggerEnvironment.isEmpty && !step.environment.isEmpty && !step.dependsOn.isEmpty
      && step.dependsOn.allSatisfy({ environmentNames.contains($0) && $0 != step.environment })
    {
      let blocked = step.dependsOn.filter { !reachable.contains($0) }
      report(
        .warning, "unreachable",
        "\(step.environment) can never start: it waits for \(blocked.joined(separator: ", ")), which can never start",
        .step(origin(index)))
    }
  }

  /// A dependency is redundant when another dependency of the same step already waits for it.
  mutating func checkRedundancy(_ graph: FlowGraph, skipping inCycle: Set<String>) {
    let ancestors = Ancestors(graph)
    for (index, step) in flow.steps.enumerated()
    where step.dependsOn.count > 1 && !inCycle.contains(step.environment) {
      // What the other dependencies wait for, at once: a dependency none of them waits for
      // (most of them) is settled with one bit, whatever the number of dependencies.
      let upstream = ancestors.union(
        of: step.dependsOn.compactMap { $0 == step.environment ? nil : graph.index[$0] })
      for (position, dependency) in step.dependsOn.enumerated() {
        guard let node = graph.index[dependency], Ancestors.contains(node, in: upstream) else {
          continue
        }
        let implier = step.dependsOn.first { other in
          other != dependency && other != step.environment
            && graph.index[other].map { ancestors.contains(node, in: $0) } == true
        }
        if let implier {
          report(
            .warning, "redundant-dependency",
            "\(step.environment) waits for \(dependency) already through \(implier): this dependency can go",
            .dependency(origin(index), position))
        }
      }
    }
  }

  mutating func checkWorkspaceReferences() {
    if let catalog, !catalog.environments.isEmpty {
      let known = Set(catalog.environments.map(\.name))
      let named =
        [(flow.triggerEnvironment, FlowLocator.Part.trigger)]
        + flow.steps.indices.map { (flow.steps[$0].environment, .step(origin($0))) }
      for (name, part) in named where !name.isEmpty && !known.contains(name) {
        let hint =
          Suggestions.closest(to: name, in: Array(known)).map { " (did you mean \($0)?)" } ?? ""
        report(
          .warning, "unknown-environment",
          "\(name) is not in the environment catalog (\(EnvironmentCatalog.fileName))\(hint)", part)
      }
    }
    guard !workflows.isEmpty else { return }
    for (index, step) in flow.steps.enumerated() {
      for (field, workflow) in workflowReferences(of: step) where !workflows.contains(workflow) {
        report(.warning, "unknown-workflow", unknownWorkflowMessage(workflow), part(field, index))
      }
    }
    for (field, workflow) in flowWorkflowReferences() where !workflows.contains(workflow) {
      report(.warning, "unknown-workflow", unknownWorkflowMessage(workflow), flowPart(field))
    }
  }

  func unknownWorkflowMessage(_ workflow: String) -> String {
    let hint =
      Suggestions.closest(to: workflow, in: Array(workflows)).map { " (did you mean \($0)?)" } ?? ""
    return "workflow \(workflow) is not one of the workspace's promotion workflows\(hint)"
  }

  func workflowReferences(of step: FlowStep) -> [(String, String)] {
    var references: [(String, String)] = []
    if let value = step.preAction { references.append(("preAction", value)) }
    if let value = step.postAction { references.append(("postAction", value)) }
    for field in Hooks.Field.allCases {
      if let value = step.hooks[field] { references.append((field.rawValue, value)) }
    }
    return references
  }
}
