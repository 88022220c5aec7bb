/// Where a rule's finding stands: the part of the flow a field is in, and the environment a
/// part belongs to (so the editor can select it).
extension GraphRules {
  /// The environment a part of the flow belongs to, if any.
  func environment(of part: FlowLocator.Part) -> String? {
    switch part {
    case .trigger: return flow.triggerEnvironment.isEmpty ? nil : flow.triggerEnvironment
    case .step(let origin), .dependsOn(let origin), .dependency(let origin, _),
      .policy(let origin, _), .stepHook(let origin, _):
      return environmentAtOrigin[origin]
    case .name, .namespace, .steps, .postTrigger, .timeout, .flowHook:
      return nil
    }
  }

  func flowWorkflowReferences() -> [(String, String)] {
    var references: [(String, String)] = []
    for field in Hooks.Field.allCases {
      if let value = flow.hooks[field] { references.append((field.rawValue, value)) }
    }
    if let value = flow.postTrigger { references.append(("postTrigger", value)) }
    return references
  }

  func part(_ field: String, _ index: Int) -> FlowLocator.Part {
    if let hook = Hooks.Field(rawValue: field) { return .stepHook(origin(index), hook) }
    return .policy(origin(index), field)
  }

  func flowPart(_ field: String) -> FlowLocator.Part {
    Hooks.Field(rawValue: field).map { .flowHook($0) } ?? .postTrigger
  }
}
