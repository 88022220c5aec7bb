/// Workflows run when a step (or the whole flow) starts, succeeds or fails.
public struct Hooks: Hashable, Sendable {
  public var onStart: String?
  public var onSuccess: String?
  public var onFail: String?

  public init(onStart: String? = nil, onSuccess: String? = nil, onFail: String? = nil) {
    self.onStart = onStart
    self.onSuccess = onSuccess
    self.onFail = onFail
  }

  public var isEmpty: Bool { onStart == nil && onSuccess == nil && onFail == nil }

  /// The hooks that are set, in the CRD's order: `onSuccess notify, onFail page`; nil for none.
  public var phrase: String? {
    let set = Field.allCases.compactMap { field in self[field].map { "\(field.rawValue) \($0)" } }
    return set.isEmpty ? nil : set.joined(separator: ", ")
  }

  /// The hook fields in the CRD's order, for forms and for writing.
  public enum Field: String, CaseIterable, Sendable {
    case onStart, onSuccess, onFail
  }

  public subscript(field: Field) -> String? {
    get {
      switch field {
      case .onStart: return onStart
      case .onSuccess: return onSuccess
      case .onFail: return onFail
      }
    }
    set {
      switch field {
      case .onStart: onStart = newValue
      case .onSuccess: onSuccess = newValue
      case .onFail: onFail = newValue
      }
    }
  }
}
