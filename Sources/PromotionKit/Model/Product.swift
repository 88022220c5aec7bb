/// A Codefresh `Product` (v1beta1 or v1beta2): the applications promoted together, and which
/// promotion flows it uses.
public struct Product: Hashable, Sendable {
  public var name: String
  public var apiVersion: String
  public var promotionFlows: [String]
  /// v1beta2 only: `queue` or `terminate`.
  public var concurrency: String?
  public var promotionTemplateRef: String?

  public init(
    name: String, apiVersion: String = "codefresh.io/v1beta2", promotionFlows: [String] = [],
    concurrency: String? = nil, promotionTemplateRef: String? = nil
  ) {
    self.name = name
    self.apiVersion = apiVersion
    self.promotionFlows = promotionFlows
    self.concurrency = concurrency
    self.promotionTemplateRef = promotionTemplateRef
  }

  static func decode(_ root: NodeView) -> Product {
    let spec = root["spec"]
    return Product(
      name: root.path("metadata", "name")?.text ?? "",
      apiVersion: root["apiVersion"]?.text ?? "",
      promotionFlows: (spec?["promotionFlows"]?.items ?? []).compactMap { $0["name"]?.text },
      concurrency: spec?["concurrency"]?.text,
      promotionTemplateRef: spec?["promotionTemplateRef"]?.text)
  }
}

/// A Codefresh `PromotionTemplate`: where an application's version lives and what to promote.
public struct PromotionTemplate: Hashable, Sendable {
  public var name: String
  public var priority: Int?

  public init(name: String, priority: Int? = nil) {
    self.name = name
    self.priority = priority
  }

  static func decode(_ root: NodeView) -> PromotionTemplate {
    PromotionTemplate(
      name: root.path("metadata", "name")?.text ?? "",
      priority: root.path("spec", "priority")?.text.flatMap { Int($0) })
  }
}

/// An Argo `WorkflowTemplate` marked as a promotion workflow
/// (`codefresh.io/workflow-origin: promotion`): what Pre-/Post-Actions and hooks may name.
public struct PromotionWorkflow: Hashable, Sendable {
  public static let originAnnotation = "codefresh.io/workflow-origin"
  public var name: String
  public var description: String?
  /// The file it was read from, relative to the workspace root.
  public var file: String

  public init(name: String, description: String? = nil, file: String) {
    self.name = name
    self.description = description
    self.file = file
  }

  /// A minimal promotion workflow template for Argo, ready to fill in.
  public static func template(named name: String) -> String {
    """
    apiVersion: argoproj.io/v1alpha1
    kind: WorkflowTemplate
    metadata:
      name: \(name)
      annotations:
        codefresh.io/workflow-origin: promotion
    spec:
      entrypoint: main
      templates:
        - name: main
          container:
            image: alpine:3.20
            command: [sh, -c]
            args: ["echo \(name)"]

    """
  }
}
