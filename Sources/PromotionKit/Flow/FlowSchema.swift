/// The fields of a `PromotionFlow` as the CRD defines them: which keys the API server keeps
/// (others are pruned, so validation warns), and the order promoflow writes new keys in.
public enum FlowSchema {
  public static let rootOrder = ["apiVersion", "kind", "metadata", "spec"]
  public static let metadataOrder = ["name", "namespace", "labels", "annotations"]
  public static let specOrder = [
    "triggerEnvironment", "postTrigger", "steps", "hooks", "promotionTimeoutLimit",
  ]
  public static let stepOrder = ["environment", "dependsOn", "policy", "hooks"]
  public static let policyOrder = ["action", "preAction", "postAction"]
  public static let hooksOrder = ["onStart", "onSuccess", "onFail"]

  /// Kubernetes `ObjectMeta` fields.
  public static let metadataFields: Set<String> = [
    "name", "generateName", "namespace", "selfLink", "uid", "resourceVersion", "generation",
    "creationTimestamp", "deletionTimestamp", "deletionGracePeriodSeconds", "labels",
    "annotations", "ownerReferences", "finalizers", "managedFields",
  ]
}
