/// One target environment of a promotion flow: what it waits for and how it is promoted.
public struct FlowStep: Hashable, Sendable {
  public var environment: String
  /// The environments that must all finish before this one starts.
  public var dependsOn: [String]
  /// `policy.action`; nil leaves it to promotion policies.
  public var action: PromotionAction?
  /// `policy.preAction`: the workflow template run before the promotion.
  public var preAction: String?
  /// `policy.postAction`: the workflow template run after the promotion.
  public var postAction: String?
  public var hooks: Hooks
  /// The index of this step in the file it was read from; nil for a step added since. Edits keep
  /// it, so a save can match each step to its lines and change only those.
  public var origin: Int?

  public init(
    environment: String, dependsOn: [String], action: PromotionAction? = nil,
    preAction: String? = nil, postAction: String? = nil, hooks: Hooks = Hooks(), origin: Int? = nil
  ) {
    self.environment = environment
    self.dependsOn = dependsOn
    self.action = action
    self.preAction = preAction
    self.postAction = postAction
    self.hooks = hooks
    self.origin = origin
  }
}
