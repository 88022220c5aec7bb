/// A Codefresh `PromotionFlow` (codefresh.io/v1beta1): how a change travels from the trigger
/// environment through the target environments.
public struct PromotionFlow: Hashable, Sendable {
  public static let apiVersion = "codefresh.io/v1beta1"
  public static let kind = "PromotionFlow"

  public var name: String
  public var namespace: String?
  public var labels: [KeyValue]
  public var annotations: [KeyValue]
  public var triggerEnvironment: String
  public var steps: [FlowStep]
  /// Flow-level hooks (`spec.hooks`).
  public var hooks: Hooks
  /// Minutes before a release triggered by this flow times out; nil means 24 hours.
  public var promotionTimeoutLimit: Int?
  /// The trigger environment's workflow in the deprecated form; kept as read.
  public var postTrigger: String?

  public init(
    name: String, namespace: String? = nil, labels: [KeyValue] = [], annotations: [KeyValue] = [],
    triggerEnvironment: String = "", steps: [FlowStep] = [], hooks: Hooks = Hooks(),
    promotionTimeoutLimit: Int? = nil, postTrigger: String? = nil
  ) {
    self.name = name
    self.namespace = namespace
    self.labels = labels
    self.annotations = annotations
    self.triggerEnvironment = triggerEnvironment
    self.steps = steps
    self.hooks = hooks
    self.promotionTimeoutLimit = promotionTimeoutLimit
    self.postTrigger = postTrigger
  }

  /// `metadata.annotations.description`.
  public var description: String? {
    get { annotations.value(for: "description") }
    set { annotations.set(newValue, for: "description") }
  }

  /// `metadata.annotations.version`.
  public var version: String? {
    get { annotations.value(for: "version") }
    set { annotations.set(newValue, for: "version") }
  }

  /// Every environment of the flow: the trigger first, then the steps in file order.
  public var environments: [String] {
    (triggerEnvironment.isEmpty ? [] : [triggerEnvironment]) + steps.map(\.environment)
  }

  public func step(_ environment: String) -> FlowStep? {
    steps.first { $0.environment == environment }
  }

  public func stepIndex(_ environment: String) -> Int? {
    steps.firstIndex { $0.environment == environment }
  }

  public func contains(_ environment: String) -> Bool {
    environment == triggerEnvironment || stepIndex(environment) != nil
  }
}

/// A key and string value, as in Kubernetes labels and annotations (order kept as written).
public struct KeyValue: Hashable, Sendable {
  public var key: String
  public var value: String

  public init(_ key: String, _ value: String) {
    self.key = key
    self.value = value
  }
}

extension [KeyValue] {
  public func value(for key: String) -> String? { first { $0.key == key }?.value }

  public mutating func set(_ value: String?, for key: String) {
    if let value {
      if let index = firstIndex(where: { $0.key == key }) {
        self[index].value = value
      } else {
        append(KeyValue(key, value))
      }
    } else {
      removeAll { $0.key == key }
    }
  }
}
