/// What a change to a flow means for the promotion, in the flow's own terms: environments added,
/// removed or renamed, the trigger, what each environment waits for and how it is promoted, the
/// flow's settings, which environments now start in another wave, and — with a product — the
/// effective values that change through promotion policies. Comments, order and formatting are
/// not part of it: two versions that differ only by `fmt` have an empty diff. The `diff`
/// command, the editor's `D` and the commit dialog all read this one value.
public struct FlowDiff: Hashable, Sendable {
  /// A field's value on one side: absent, a word, or a list (dependencies, labels).
  public enum Value: Hashable, Sendable {
    case none
    case text(String)
    case list([String])

    init(_ text: String?) { self = text.map(Value.text) ?? .none }

    /// How a sentence shows it: `unset`, the word, or the list joined by commas (`none` when
    /// empty). An unset action is one the policies decide, unlike the action `none`.
    public var phrase: String {
      switch self {
      case .none: return "unset"
      case .text(let text): return text
      case .list(let items): return items.isEmpty ? "none" : items.joined(separator: ", ")
      }
    }
  }

  /// One field that differs: its name as the CRD spells it (`dependsOn`, `action`,
  /// `hooks.onFail`, `promotionTimeoutLimit`), the old value and the new.
  public struct Change: Hashable, Sendable {
    public var field: String
    public var from: Value
    public var to: Value

    public init(field: String, from: Value, to: Value) {
      self.field = field
      self.from = from
      self.to = to
    }
  }

  /// The fields that differ for one environment present in both versions.
  public struct EnvironmentChanges: Hashable, Sendable {
    public var environment: String
    public var changes: [Change]

    public init(environment: String, changes: [Change]) {
      self.environment = environment
      self.changes = changes
    }
  }

  /// An environment removed and one added with the same dependencies and settings.
  public struct Rename: Hashable, Sendable {
    public var from: String
    public var to: String

    public init(from: String, to: String) {
      self.from = from
      self.to = to
    }
  }

  /// The trigger environment before and after (nil: none set).
  public struct TriggerChange: Hashable, Sendable {
    public var from: String?
    public var to: String?

    public init(from: String?, to: String?) {
      self.from = from
      self.to = to
    }
  }

  /// An environment that starts in another wave: later when `to` is larger.
  public struct WaveChange: Hashable, Sendable {
    public var environment: String
    public var from: Int
    public var to: Int

    public init(environment: String, from: Int, to: Int) {
      self.environment = environment
      self.from = from
      self.to = to
    }
  }

  /// An effective value (`action`, `preAction`, `postAction`) that changes for the product, with
  /// where each side comes from; listed when a promotion policy decides at least one side.
  public struct EffectiveChange: Hashable, Sendable {
    public var environment: String
    public var field: String
    public var from: ResolvedValue
    public var to: ResolvedValue

    public init(environment: String, field: String, from: ResolvedValue, to: ResolvedValue) {
      self.environment = environment
      self.field = field
      self.from = from
      self.to = to
    }
  }

  /// The product and the policies that decide effective values.
  public struct Policies: Sendable {
    public var product: String
    public var policies: [PromotionPolicy]
    public var catalog: EnvironmentCatalog?

    public init(product: String, policies: [PromotionPolicy], catalog: EnvironmentCatalog?) {
      self.product = product
      self.policies = policies
      self.catalog = catalog
    }
  }

  /// The flow's name (the new one when it changed).
  public var flow: String
  public var added: [String] = []
  public var removed: [String] = []
  public var renamed: [Rename] = []
  public var changed: [EnvironmentChanges] = []
  public var trigger: TriggerChange?
  public var settings: [Change] = []
  public var waves: [WaveChange] = []
  public var effective: [EffectiveChange] = []
  /// The product whose policies `effective` reflects.
  public var product: String?
  /// Old name → new name for each environment that is the same under another name (a rename,
  /// a replaced trigger).
  public var newNames: [String: String] = [:]

  public var isEmpty: Bool {
    added.isEmpty && removed.isEmpty && renamed.isEmpty && changed.isEmpty && trigger == nil
      && settings.isEmpty && waves.isEmpty && effective.isEmpty
  }

  /// How an environment of the new version stands in the change: added, or changed (its
  /// fields, a rename, the new trigger); nil when it is as before.
  public enum Mark: Hashable, Sendable {
    case added, changed
  }

  public func mark(of environment: String) -> Mark? {
    if added.contains(environment) { return .added }
    if touched.contains(environment) || trigger?.to == environment { return .changed }
    return nil
  }

  /// The environments of the new version that are new or differ (renamed ones included).
  public var touched: Set<String> {
    Set(added + renamed.map(\.to) + changed.map(\.environment))
  }

  public init(from old: PromotionFlow, to new: PromotionFlow, policies: Policies? = nil) {
    flow = new.name.isEmpty ? old.name : new.name
    if old.triggerEnvironment != new.triggerEnvironment {
      trigger = TriggerChange(
        from: old.triggerEnvironment.isEmpty ? nil : old.triggerEnvironment,
        to: new.triggerEnvironment.isEmpty ? nil : new.triggerEnvironment)
    }
    let matching = EnvironmentMatching(old: old, new: new)
    added = matching.added
    removed = matching.removed
    renamed = matching.renames
    newNames = matching.newName
    changed = Self.environmentChanges(old, new, matching)
    settings = Self.settingChanges(old, new)
    waves = Self.waveChanges(old, new, matching)
    if let policies {
      product = policies.product
      effective = Self.effectiveChanges(old, new, matching, policies)
    }
  }
}
