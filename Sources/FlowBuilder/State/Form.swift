import PromotionKit

/// Fields to fill in, with Tab between them and a message when something is not valid. Each field
/// has a key, and the reducer reads a field by its key — never by the label the user sees.
public struct Form: Equatable, Sendable {
  public enum Purpose: Equatable, Sendable {
    /// A catalog environment; then it becomes the trigger (`after` nil) or a target after `after`.
    case newEnvironment(after: String?)
    /// A promotion workflow template; then it fills `slot`.
    case newWorkflow(slot: WorkflowSlot)
    case flowSettings
  }

  /// Which workflow of the flow a new promotion workflow fills.
  public enum WorkflowSlot: Equatable, Sendable {
    case preAction(environment: String)
    case postAction(environment: String)
    case triggerWorkflow
    case hook(environment: String, field: Hooks.Field)
  }

  /// What a field holds.
  public enum FieldKey: Hashable, Sendable {
    case name
    case kind
    case tags
    case description
    case version
    case timeout

    /// The label shown beside the field.
    public var label: String {
      switch self {
      case .name: return "name"
      case .kind: return "kind"
      case .tags: return "tags"
      case .description: return "description"
      case .version: return "version"
      case .timeout: return "timeout (minutes)"
      }
    }
  }

  public struct Field: Equatable, Sendable {
    public var key: FieldKey
    public var text: String
    public var cursor: Int
    /// For a choice field, the values Space/←/→ cycle through.
    public var choices: [String]

    public var label: String { key.label }

    public init(_ key: FieldKey, text: String = "", choices: [String] = []) {
      self.key = key
      self.text = text
      self.cursor = text.count
      self.choices = choices
    }
  }

  public var title: String
  public var purpose: Purpose
  public var fields: [Field]
  public var focused = 0
  public var error: String?

  /// The text of the field with `key`, without surrounding spaces ("" when the form has none).
  public func text(_ key: FieldKey) -> String {
    fields.first { $0.key == key }?.text.trimmingCharacters(in: " ") ?? ""
  }
}

/// The forms the editor opens, built in one place with their fields and first values.
extension Form {
  static func newEnvironment(name: String, after: String?) -> Form {
    Form(
      title: "New environment", purpose: .newEnvironment(after: after),
      fields: [
        Field(.name, text: name),
        Field(.kind, text: "NON_PROD", choices: ["NON_PROD", "PROD"]),
        Field(.tags),
      ])
  }

  static func newWorkflow(name: String, slot: WorkflowSlot) -> Form {
    Form(
      title: "New promotion workflow", purpose: .newWorkflow(slot: slot),
      fields: [Field(.name, text: name)])
  }

  static func flowSettings(of flow: PromotionFlow) -> Form {
    Form(
      title: "Flow settings", purpose: .flowSettings,
      fields: [
        Field(.name, text: flow.name),
        Field(.description, text: flow.description ?? ""),
        Field(.version, text: flow.version ?? ""),
        Field(.timeout, text: flow.promotionTimeoutLimit.map(String.init) ?? ""),
      ])
  }
}

extension Picker.Purpose {
  /// The workflow slot a picker of workflows fills; nil for the other pickers.
  var workflowSlot: Form.WorkflowSlot? {
    switch self {
    case .preAction(let environment): return .preAction(environment: environment)
    case .postAction(let environment): return .postAction(environment: environment)
    case .triggerWorkflow: return .triggerWorkflow
    case .hook(let environment, let field): return .hook(environment: environment, field: field)
    case .trigger, .addTarget, .action, .product, .find, .hookChoice, .connector: return nil
    }
  }
}
