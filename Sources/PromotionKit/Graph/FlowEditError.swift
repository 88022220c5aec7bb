/// Why an edit of a flow was refused, in words a user can act on.
public enum FlowEditError: Error, Equatable, Sendable, CustomStringConvertible {
  /// The edit would make the flow wait on itself; `path` runs around the cycle.
  case cycle(path: [String])
  case unknownEnvironment(String)
  case duplicateEnvironment(String)
  case invalidName(String, reason: String)
  case emptyDependsOn(String)
  case selfDependency(String)
  case triggerHasTargets(String)
  case notATarget(String)
  case tooManyEnvironments(limit: Int)

  public var description: String {
    switch self {
    case .cycle(let path):
      return "that would make a cycle: \(path.joined(separator: " → "))"
    case .unknownEnvironment(let name):
      return "\(name) is not an environment of this flow"
    case .duplicateEnvironment(let name):
      return "\(name) is already in this flow"
    case .invalidName(let name, let reason):
      return "\"\(name)\" is not a valid name: \(reason)"
    case .emptyDependsOn(let name):
      return "\(name) must depend on at least one environment"
    case .selfDependency(let name):
      return "\(name) cannot depend on itself"
    case .triggerHasTargets(let name):
      return
        "\(name) is the trigger environment: remove its targets first, or choose another trigger"
    case .notATarget(let name):
      return "\(name) is the trigger environment, not a target"
    case .tooManyEnvironments(let limit):
      return "a flow may have at most \(limit) environments: split it into several flows"
    }
  }
}
