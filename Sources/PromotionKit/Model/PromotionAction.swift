/// How a target environment is promoted. Absent (`nil` where used) means the account's promotion
/// policies decide. A value Codefresh does not know is kept exactly as written, so loading and
/// saving never changes a file behind the user's back; validation reports it.
public enum PromotionAction: Hashable, Sendable {
  case commit
  case pullRequest
  case noAction
  case unknown(String)

  public init(rawValue: String) {
    switch rawValue {
    case "commit": self = .commit
    case "pr": self = .pullRequest
    case "none": self = .noAction
    default: self = .unknown(rawValue)
    }
  }

  public static let known: [PromotionAction] = [.commit, .pullRequest, .noAction]

  public var rawValue: String {
    switch self {
    case .commit: return "commit"
    case .pullRequest: return "pr"
    case .noAction: return "none"
    case .unknown(let value): return value
    }
  }

  /// The label Codefresh's web builder uses.
  public var label: String {
    switch self {
    case .commit: return "Commit (Auto)"
    case .pullRequest: return "Pull Request (Manual)"
    case .noAction: return "No Action"
    case .unknown(let value): return "Unknown action \"\(value)\""
    }
  }
}
