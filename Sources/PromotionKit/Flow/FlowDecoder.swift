/// Reads a `PromotionFlow` from a document, leniently: whatever is missing or mistyped is left
/// empty here and reported by validation with its line, so a broken file still opens.
public enum FlowDecoder {
  public static func decode(_ document: YAMLDocument) -> PromotionFlow {
    guard let root = NodeView(root: document) else { return PromotionFlow(name: "") }
    let metadata = root["metadata"]
    let spec = root["spec"]
    var flow = PromotionFlow(name: metadata?["name"]?.text ?? "")
    flow.namespace = metadata?["namespace"]?.text
    flow.labels = keyValues(metadata?["labels"])
    flow.annotations = keyValues(metadata?["annotations"])
    flow.triggerEnvironment = spec?["triggerEnvironment"]?.text ?? ""
    flow.hooks = hooks(spec?["hooks"])
    flow.postTrigger = spec?["postTrigger"]?.text
    if let timeout = spec?["promotionTimeoutLimit"]?.scalar, timeout.kind == .integer {
      flow.promotionTimeoutLimit = Int(timeout.value)
    }
    flow.steps = (spec?["steps"]?.items ?? []).enumerated().map { index, item in
      step(item, origin: index)
    }
    return flow
  }

  static func step(_ item: NodeView, origin: Int) -> FlowStep {
    let policy = item["policy"]
    return FlowStep(
      environment: item["environment"]?.text ?? "",
      dependsOn: item["dependsOn"]?.texts ?? [],
      action: policy?["action"]?.text.map(PromotionAction.init(rawValue:)),
      preAction: policy?["preAction"]?.text,
      postAction: policy?["postAction"]?.text,
      hooks: hooks(item["hooks"]),
      origin: origin)
  }

  static func hooks(_ node: NodeView?) -> Hooks {
    Hooks(
      onStart: node?["onStart"]?.text, onSuccess: node?["onSuccess"]?.text,
      onFail: node?["onFail"]?.text)
  }

  static func keyValues(_ node: NodeView?) -> [KeyValue] {
    (node?.entries ?? []).compactMap { entry in
      guard let key = entry.key.text else { return nil }
      return KeyValue(key, entry.value.text ?? "")
    }
  }
}
