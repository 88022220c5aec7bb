/// What a YAML document is, by its `apiVersion` and `kind`.
public enum ResourceKind: Hashable, Sendable {
  case promotionFlow
  case promotionPolicy
  case product
  case promotionTemplate
  /// An Argo WorkflowTemplate annotated `codefresh.io/workflow-origin: promotion`.
  case promotionWorkflow
  /// Any other Kubernetes resource (kept, not interpreted).
  case other(apiVersion: String, kind: String)
  /// Not a mapping, or no `kind`.
  case invalid

  public init(of document: YAMLDocument) {
    guard let root = NodeView(root: document), root.isMapping, let kind = root["kind"]?.text else {
      self = .invalid
      return
    }
    let apiVersion = root["apiVersion"]?.text ?? ""
    switch (apiVersion, kind) {
    case ("codefresh.io/v1beta1", "PromotionFlow"): self = .promotionFlow
    case ("codefresh.io/v1beta1", "PromotionPolicy"): self = .promotionPolicy
    case ("codefresh.io/v1beta1", "Product"), ("codefresh.io/v1beta2", "Product"): self = .product
    case ("codefresh.io/v1beta1", "PromotionTemplate"): self = .promotionTemplate
    case ("argoproj.io/v1alpha1", "WorkflowTemplate"):
      let origin = root.path("metadata", "annotations", PromotionWorkflow.originAnnotation)?.text
      self = origin == "promotion" ? .promotionWorkflow : .other(apiVersion: apiVersion, kind: kind)
    default: self = .other(apiVersion: apiVersion, kind: kind)
    }
  }
}

extension ResourceKind {
  /// The kind in words, for messages: `PromotionPolicy`, `Deployment (apps/v1)`.
  public var label: String {
    switch self {
    case .promotionFlow: return "PromotionFlow"
    case .promotionPolicy: return "PromotionPolicy"
    case .product: return "Product"
    case .promotionTemplate: return "PromotionTemplate"
    case .promotionWorkflow: return "a promotion WorkflowTemplate"
    case .other(let apiVersion, let kind):
      return apiVersion.isEmpty ? kind : "\(kind) (\(apiVersion))"
    case .invalid: return "a document without kind"
    }
  }
}
