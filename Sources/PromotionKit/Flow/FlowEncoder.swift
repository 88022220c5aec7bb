/// Writes a `PromotionFlow` onto the tree it was read from: only the fields that differ from the
/// flow as read become edits, so everything else in the document — unknown fields, comments,
/// aliases, odd values — stays exactly as it was.
public enum FlowEncoder {
  /// The desired document root for `flow`. `original` is the flow as read from `root` (nil with a
  /// nil root for a new document).
  public static func root(
    for flow: PromotionFlow, original: PromotionFlow?, root: YAMLNode?, document: YAMLDocument?
  ) -> YAMLNode {
    let base = original ?? PromotionFlow(name: "")
    var tree =
      root
      ?? .mapping([
        ("apiVersion", .string(PromotionFlow.apiVersion)), ("kind", .string(PromotionFlow.kind)),
      ])
    let order = FlowSchema.self
    tree.update("metadata", in: document, order: order.rootOrder, removeIfEmpty: false) {
      metadata in
      if flow.name != base.name {
        metadata.set("name", .string(flow.name), order: order.metadataOrder)
      }
      if flow.namespace != base.namespace {
        metadata.set("namespace", flow.namespace.map(YAMLNode.string), order: order.metadataOrder)
      }
      for (key, old, new) in [
        ("labels", base.labels, flow.labels), ("annotations", base.annotations, flow.annotations),
      ]
      where old != new {
        metadata.update(key, in: document, order: order.metadataOrder) { map in
          for removed in old where new.value(for: removed.key) == nil { map.set(removed.key, nil) }
          for pair in new where old.value(for: pair.key) != pair.value {
            map.set(pair.key, .string(pair.value))
          }
        }
      }
    }
    tree.update("spec", in: document, order: order.rootOrder, removeIfEmpty: false) { spec in
      if flow.triggerEnvironment != base.triggerEnvironment {
        spec.set(
          "triggerEnvironment",
          flow.triggerEnvironment.isEmpty ? nil : .string(flow.triggerEnvironment),
          order: order.specOrder)
      }
      if flow.postTrigger != base.postTrigger {
        spec.set("postTrigger", flow.postTrigger.map(YAMLNode.string), order: order.specOrder)
      }
      if flow.promotionTimeoutLimit != base.promotionTimeoutLimit {
        spec.set(
          "promotionTimeoutLimit", flow.promotionTimeoutLimit.map(YAMLNode.integer),
          order: order.specOrder)
      }
      if flow.hooks != base.hooks {
        spec.update("hooks", in: document, order: order.specOrder) {
          write(flow.hooks, over: base.hooks, into: &$0)
        }
      }
      if flow.steps != base.steps {
        writeSteps(flow.steps, over: base.steps, into: &spec, document: document)
      }
    }
    return tree
  }

  static func writeSteps(
    _ steps: [FlowStep], over baseSteps: [FlowStep], into spec: inout YAMLNode,
    document: YAMLDocument?
  ) {
    let existing = spec.entry("steps")?.value
    let originalItems = existing?.items ?? []
    let baseByOrigin = Dictionary(
      baseSteps.compactMap { step in step.origin.map { ($0, step) } },
      uniquingKeysWith: { a, _ in a })
    var usedOrigins = Set<Int>()
    let items = steps.map { step -> YAMLNode in
      if let origin = step.origin, !usedOrigins.contains(origin),
        originalItems.indices.contains(origin), let base = baseByOrigin[origin]
      {
        var node = originalItems[origin]
        if node.entries != nil {
          usedOrigins.insert(origin)
          write(step, over: base, into: &node, document: document)
          return node
        }
        // An item that is not a step at all (validation reports it) stays as written until
        // the user changes that step.
        if step == base {
          usedOrigins.insert(origin)
          return node
        }
      }
      var node = YAMLNode(.mapping([]))
      write(step, over: FlowStep(environment: "", dependsOn: []), into: &node, document: nil)
      return node
    }
    if items.isEmpty {
      spec.set("steps", nil)
      return
    }
    var sequence = YAMLNode.sequence(keeping: existing)
    sequence.content = .sequence(items)
    spec.set("steps", sequence, order: FlowSchema.specOrder)
  }

  static func write(
    _ step: FlowStep, over base: FlowStep, into node: inout YAMLNode, document: YAMLDocument?
  ) {
    let order = FlowSchema.self
    if step.environment != base.environment {
      node.set("environment", .string(step.environment), order: order.stepOrder)
    }
    if step.dependsOn != base.dependsOn {
      let existing = node.entry("dependsOn")?.value
      let list =
        YAMLNode.sequence(keeping: existing).replacingStrings(with: step.dependsOn)
      node.set("dependsOn", list, order: order.stepOrder)
    }
    if step.action != base.action || step.preAction != base.preAction
      || step.postAction != base.postAction
    {
      node.update("policy", in: document, order: order.stepOrder) { policy in
        if step.action != base.action {
          policy.set("action", step.action.map { .string($0.rawValue) }, order: order.policyOrder)
        }
        if step.preAction != base.preAction {
          policy.set("preAction", step.preAction.map(YAMLNode.string), order: order.policyOrder)
        }
        if step.postAction != base.postAction {
          policy.set("postAction", step.postAction.map(YAMLNode.string), order: order.policyOrder)
        }
      }
    }
    if step.hooks != base.hooks {
      node.update("hooks", in: document, order: order.stepOrder) {
        write(step.hooks, over: base.hooks, into: &$0)
      }
    }
  }

  static func write(_ hooks: Hooks, over base: Hooks, into node: inout YAMLNode) {
    for field in Hooks.Field.allCases where hooks[field] != base[field] {
      node.set(field.rawValue, hooks[field].map(YAMLNode.string), order: FlowSchema.hooksOrder)
    }
  }
}
