import PromotionKit

/// A flow's plan — waves and effective values — as a readable table or as JSON.
struct PlanReport {
  let flow: PromotionFlow
  let product: String?
  let waves: Waves
  let resolved: [String: ResolvedStep]

  init(
    flow: PromotionFlow, product: String?, policies: [PromotionPolicy], catalog: EnvironmentCatalog?
  ) {
    self.flow = flow
    self.product = product
    waves = Waves(flow)
    let steps = PolicyResolver.resolve(flow, product: product, policies: policies, catalog: catalog)
    resolved = Dictionary(steps.map { ($0.environment, $0) }, uniquingKeysWith: { a, _ in a })
  }

  /// Environments in wave order.
  var ordered: [(name: String, wave: Int)] {
    waves.waves.enumerated().flatMap { wave, names in names.map { ($0, wave) } }
  }

  func dependsOn(_ name: String) -> [String] { flow.step(name)?.dependsOn ?? [] }

  var json: JSONValue {
    func value(_ resolved: ResolvedValue?) -> JSONValue {
      .object([
        ("value", .optional(resolved?.value)), ("source", .optional(resolved?.source.label)),
      ])
    }
    return .object([
      ("flow", .string(flow.name)),
      ("trigger", .string(flow.triggerEnvironment)),
      ("waves", .array(waves.waves.map { .array($0.map(JSONValue.string)) })),
      (
        "environments",
        .array(
          ordered.map { entry in
            let step = resolved[entry.name]
            return .object([
              ("name", .string(entry.name)),
              ("wave", .number(entry.wave)),
              ("dependsOn", .array(dependsOn(entry.name).map(JSONValue.string))),
              ("action", value(step?.action)),
              ("preAction", value(step?.preAction)),
              ("postAction", value(step?.postAction)),
              ("hooks", .hooks(flow.step(entry.name)?.hooks ?? Hooks())),
            ])
          })
      ),
      ("hooks", .hooks(flow.hooks)),
    ])
  }

  var text: String {
    let targets = flow.steps.count
    var header =
      "Flow \(flow.name): trigger \(flow.triggerEnvironment), \(targets) target(s) in \(max(waves.waves.count - 1, 0)) wave(s)"
    header +=
      product.map { ", policies of product \($0)" } ?? ", no product (product policies not applied)"
    if let hooks = Hooks(onSuccess: flow.hooks.onSuccess, onFail: flow.hooks.onFail).phrase {
      header += "\nFlow hooks: " + hooks
    }
    var rows = [
      ["WAVE", "ENVIRONMENT", "DEPENDS ON", "ACTION", "PRE-ACTION", "POST-ACTION", "HOOKS"]
    ]
    for entry in ordered {
      let step = resolved[entry.name]
      let isTrigger = entry.name == flow.triggerEnvironment
      rows.append([
        String(entry.wave), entry.name,
        isTrigger ? "(trigger)" : dependsOn(entry.name).joined(separator: ", "),
        isTrigger ? flow.triggerWorkflow.map { "workflow \($0)" } ?? "" : cell(step?.action),
        isTrigger ? "" : cell(step?.preAction),
        isTrigger ? "" : cell(step?.postAction),
        isTrigger ? "" : flow.step(entry.name)?.hooks.phrase ?? "",
      ])
    }
    let widths = (0..<rows[0].count).map { column in rows.map { $0[column].count }.max() ?? 0 }
    let lines = rows.map { row in
      zip(row, widths).map { $0 + String(repeating: " ", count: $1 - $0.count) }.joined(
        separator: "  "
      )
      .trimmingTrailingSpaces()
    }
    return ([header, ""] + lines).joined(separator: "\n") + "\n"
  }

  func cell(_ value: ResolvedValue?) -> String {
    if case .productTags(let name, let priority, let would)? = value?.source {
      return "unknown (product tags: policy \(name), priority \(priority) gives \(would))"
    }
    guard let value, let text = value.value else { return "—" }
    switch value.source {
    case .inline, .productTags, .none: return text
    case .policy(let name, let priority): return "\(text) (policy \(name), priority \(priority))"
    }
  }
}

extension String {
  func trimmingTrailingSpaces() -> String {
    var result = Substring(self)
    while result.last == " " { result = result.dropLast() }
    return String(result)
  }
}
