/// A Codefresh `PromotionPolicy`: default action and workflows for the environments and products
/// its selector matches.
public struct PromotionPolicy: Hashable, Sendable {
  public var name: String
  public var priority: Int
  public var action: PromotionAction?
  public var preAction: String?
  public var postAction: String?
  /// Selectors; nil (or empty) means "any".
  public var productNames: [String]?
  public var productTags: [String]?
  public var environmentNames: [String]?
  public var environmentTags: [String]?
  public var environmentTypes: [String]?

  public init(
    name: String, priority: Int, action: PromotionAction? = nil, preAction: String? = nil,
    postAction: String? = nil, productNames: [String]? = nil, productTags: [String]? = nil,
    environmentNames: [String]? = nil, environmentTags: [String]? = nil,
    environmentTypes: [String]? = nil
  ) {
    self.name = name
    self.priority = priority
    self.action = action
    self.preAction = preAction
    self.postAction = postAction
    self.productNames = productNames
    self.productTags = productTags
    self.environmentNames = environmentNames
    self.environmentTags = environmentTags
    self.environmentTypes = environmentTypes
  }

  static func decode(_ root: NodeView) -> PromotionPolicy {
    let spec = root["spec"]
    let policy = spec?["policy"]
    let selector = spec?["selector"]
    return PromotionPolicy(
      name: root.path("metadata", "name")?.text ?? "",
      priority: spec?["priority"]?.text.flatMap { Int($0) } ?? 0,
      action: policy?["action"]?.text.map(PromotionAction.init(rawValue:)),
      preAction: policy?["preAction"]?.text,
      postAction: policy?["postAction"]?.text,
      productNames: selector?.path("product", "names")?.texts,
      productTags: selector?.path("product", "tags")?.texts,
      environmentNames: selector?.path("targetEnvironment", "names")?.texts,
      environmentTags: selector?.path("targetEnvironment", "tags")?.texts,
      environmentTypes: selector?.path("targetEnvironment", "types")?.texts)
  }
}
