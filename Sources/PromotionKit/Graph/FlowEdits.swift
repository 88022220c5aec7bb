/// The edits a user makes to a flow, as pure functions: each returns the new flow or says why
/// not, so the TUI can put every result on its undo stack and show every refusal.
extension PromotionFlow {
  /// How removing an environment treats what depends on it.
  public enum RemovalMode: Sendable, Equatable {
    /// Its dependents take over its own `dependsOn` (deduplicated, in place).
    case reconnect
    /// It and everything downstream of it go.
    case cascade
  }

  /// Makes `name` the trigger. Steps that waited for the old trigger wait for the new one.
  /// Makes `name` the trigger. Every step that waited for the old trigger waits for `name`; when
  /// `name` is a target, its step goes and what waited for it waits for what it waited for; the
  /// old trigger leaves the flow.
  public func settingTrigger(_ name: String) -> Result<PromotionFlow, FlowEditError> {
    if let error = Names.environmentError(name) {
      return .failure(.invalidName(name, reason: error))
    }
    if name == triggerEnvironment { return .success(self) }
    var flow = self
    let old = triggerEnvironment
    var replacement: [String: [String]] = old.isEmpty ? [:] : [old: [name]]
    if let index = stepIndex(name) {
      replacement[name] = flow.steps[index].dependsOn.map { $0 == old ? name : $0 }
      flow.steps.remove(at: index)
    }
    flow.triggerEnvironment = name
    for index in flow.steps.indices {
      var waits: [String] = []
      for dependency in flow.steps[index].dependsOn {
        for replaced in replacement[dependency] ?? [dependency] where !waits.contains(replaced) {
          waits.append(replaced)
        }
      }
      flow.steps[index].dependsOn = waits
    }
    return .success(flow)
  }

  /// Adds `name` as a target that depends on `parent`, after the last step at or below `parent`
  /// in the file, so related steps stay together.
  public func addingTarget(_ name: String, dependingOn parent: String) -> Result<
    PromotionFlow, FlowEditError
  > {
    if let error = Names.environmentError(name) {
      return .failure(.invalidName(name, reason: error))
    }
    if contains(name) { return .failure(.duplicateEnvironment(name)) }
    guard contains(parent) else { return .failure(.unknownEnvironment(parent)) }
    if steps.count + 1 >= InputLimits.maximumEnvironments {
      return .failure(.tooManyEnvironments(limit: InputLimits.maximumEnvironments))
    }
    var flow = self
    let related = Set([parent] + FlowGraph(self).downstream(of: parent))
    let position =
      (steps.lastIndex { related.contains($0.environment) }).map { $0 + 1 } ?? steps.count
    flow.steps.insert(FlowStep(environment: name, dependsOn: [parent]), at: position)
    return .success(flow)
  }

  /// Sets what `name` waits for. Refused when empty, self-referencing, unknown, or cyclic.
  public func settingDependsOn(_ name: String, to dependencies: [String]) -> Result<
    PromotionFlow, FlowEditError
  > {
    guard let index = stepIndex(name) else {
      return .failure(contains(name) ? .notATarget(name) : .unknownEnvironment(name))
    }
    var unique: [String] = []
    for dependency in dependencies where !unique.contains(dependency) { unique.append(dependency) }
    if unique.isEmpty { return .failure(.emptyDependsOn(name)) }
    if unique.contains(name) { return .failure(.selfDependency(name)) }
    if let unknown = unique.first(where: { !contains($0) }) {
      return .failure(.unknownEnvironment(unknown))
    }
    var candidate = self
    candidate.steps[index].dependsOn = []
    let graph = FlowGraph(candidate)
    for dependency in unique {
      if let path = graph.path(from: name, to: dependency) {
        return .failure(.cycle(path: path + [name]))
      }
    }
    var flow = self
    flow.steps[index].dependsOn = unique
    return .success(flow)
  }

  /// The environments removing `name` in `mode` takes away (it first).
  public func removal(of name: String, mode: RemovalMode) -> [String] {
    switch mode {
    case .reconnect: return [name]
    case .cascade: return [name] + FlowGraph(self).downstream(of: name)
    }
  }

  /// Removes `name`: with `.reconnect` its dependents take over its `dependsOn`; with `.cascade`
  /// everything downstream goes too. The trigger can go only when it is all that is left.
  public func removing(_ name: String, mode: RemovalMode) -> Result<PromotionFlow, FlowEditError> {
    var flow = self
    if name == triggerEnvironment {
      if mode == .cascade || steps.isEmpty {
        flow.triggerEnvironment = ""
        flow.steps = []
        return .success(flow)
      }
      return .failure(.triggerHasTargets(name))
    }
    guard let index = stepIndex(name) else { return .failure(.unknownEnvironment(name)) }
    switch mode {
    case .reconnect:
      let inherited = steps[index].dependsOn
      flow.steps.remove(at: index)
      for other in flow.steps.indices where flow.steps[other].dependsOn.contains(name) {
        var merged: [String] = []
        for dependency in flow.steps[other].dependsOn {
          for replacement in dependency == name ? inherited : [dependency]
          where !merged.contains(replacement) {
            merged.append(replacement)
          }
        }
        flow.steps[other].dependsOn = merged
      }
    case .cascade:
      let gone = Set(removal(of: name, mode: .cascade))
      flow.steps.removeAll { gone.contains($0.environment) }
      for other in flow.steps.indices {
        flow.steps[other].dependsOn.removeAll { gone.contains($0) }
      }
    }
    return .success(flow)
  }

  /// Renames an environment everywhere the flow names it.
  public func renaming(_ name: String, to newName: String) -> Result<PromotionFlow, FlowEditError> {
    if name == newName { return .success(self) }
    if let error = Names.environmentError(newName) {
      return .failure(.invalidName(newName, reason: error))
    }
    guard contains(name) else { return .failure(.unknownEnvironment(name)) }
    if contains(newName) { return .failure(.duplicateEnvironment(newName)) }
    var flow = self
    if flow.triggerEnvironment == name { flow.triggerEnvironment = newName }
    for index in flow.steps.indices {
      if flow.steps[index].environment == name { flow.steps[index].environment = newName }
      flow.steps[index].dependsOn = flow.steps[index].dependsOn.map { $0 == name ? newName : $0 }
    }
    return .success(flow)
  }

  /// Changes one target step (action, workflows, hooks) through `change`.
  public func updatingStep(_ name: String, _ change: (inout FlowStep) -> Void) -> Result<
    PromotionFlow, FlowEditError
  > {
    guard let index = stepIndex(name) else {
      return .failure(contains(name) ? .notATarget(name) : .unknownEnvironment(name))
    }
    var flow = self
    change(&flow.steps[index])
    return .success(flow)
  }

  public func settingAction(_ action: PromotionAction?, of name: String) -> Result<
    PromotionFlow, FlowEditError
  > {
    updatingStep(name) { $0.action = action }
  }

  public func settingPreAction(_ workflow: String?, of name: String) -> Result<
    PromotionFlow, FlowEditError
  > {
    setting(\.preAction, to: workflow, of: name)
  }

  public func settingPostAction(_ workflow: String?, of name: String) -> Result<
    PromotionFlow, FlowEditError
  > {
    setting(\.postAction, to: workflow, of: name)
  }

  /// Sets a workflow of a step, once its name is one Kubernetes accepts.
  func setting(
    _ slot: WritableKeyPath<FlowStep, String?>, to workflow: String?, of name: String
  ) -> Result<PromotionFlow, FlowEditError> {
    if let workflow, let error = Names.workflowError(workflow) {
      return .failure(.invalidName(workflow, reason: error))
    }
    return updatingStep(name) { $0[keyPath: slot] = workflow }
  }

  /// Sets the hooks of a target step, or of the flow when `name` is the trigger.
  /// One hook of a step (of the flow, for the trigger; its onStart is the trigger workflow).
  public func settingHook(_ field: Hooks.Field, to workflow: String?, of name: String) -> Result<
    PromotionFlow, FlowEditError
  > {
    if name == triggerEnvironment && field == .onStart { return settingTriggerWorkflow(workflow) }
    var hooks = name == triggerEnvironment ? self.hooks : step(name)?.hooks ?? Hooks()
    hooks[field] = workflow
    return settingHooks(hooks, of: name)
  }

  public func settingHooks(_ hooks: Hooks, of name: String) -> Result<PromotionFlow, FlowEditError>
  {
    for case let workflow? in [hooks.onStart, hooks.onSuccess, hooks.onFail] {
      if let error = Names.workflowError(workflow) {
        return .failure(.invalidName(workflow, reason: error))
      }
    }
    if name == triggerEnvironment {
      var flow = self
      flow.hooks = hooks
      return .success(flow)
    }
    return updatingStep(name) { $0.hooks = hooks }
  }

  /// Sets the trigger environment's workflow. It is written as `hooks.onStart`; a deprecated
  /// `postTrigger` is migrated (removed) only here, when the user changes it.
  public func settingTriggerWorkflow(_ workflow: String?) -> Result<PromotionFlow, FlowEditError> {
    if let workflow, let error = Names.workflowError(workflow) {
      return .failure(.invalidName(workflow, reason: error))
    }
    var flow = self
    flow.hooks.onStart = workflow
    flow.postTrigger = nil
    return .success(flow)
  }

  /// The trigger's workflow as Codefresh runs it: `hooks.onStart`, else the deprecated `postTrigger`.
  public var triggerWorkflow: String? { hooks.onStart ?? postTrigger }

  /// Flow settings: name, description, version and timeout (minutes; nil means 24 hours).
  public func settingSettings(name: String, description: String?, version: String?, timeout: Int?)
    -> Result<PromotionFlow, FlowEditError>
  {
    if let error = Names.resourceError(name) { return .failure(.invalidName(name, reason: error)) }
    if let timeout, timeout <= 0 {
      return .failure(
        .invalidName(String(timeout), reason: "the timeout must be a positive number of minutes"))
    }
    var flow = self
    flow.name = name
    flow.description = description.flatMap { $0.isEmpty ? nil : $0 }
    flow.version = version.flatMap { $0.isEmpty ? nil : $0 }
    flow.promotionTimeoutLimit = timeout
    return .success(flow)
  }
}
