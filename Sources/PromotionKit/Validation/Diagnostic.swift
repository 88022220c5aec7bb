/// One problem found in a file: how bad it is, a stable code, a message that says how to fix it,
/// and where — for `file:line:col` output, JSON, and the TUI's status line.
/// It is an `Error` too, so a function that cannot read its input can return one as a failure.
public struct Diagnostic: Hashable, Sendable, Error {
  public enum Severity: String, Sendable, Comparable {
    case error
    case warning

    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs == .error && rhs == .warning }
  }

  public var severity: Severity
  public var code: String
  public var message: String
  public var location: SourceLocation?
  /// The file it is about (set by the workspace or the command line).
  public var file: String?
  /// The environment of the flow it is about, when it is about one (the editor selects it).
  public var environment: String?

  public init(
    _ severity: Severity, _ code: String, _ message: String, at location: SourceLocation? = nil,
    file: String? = nil
  ) {
    self.severity = severity
    self.code = code
    self.message = message
    self.location = location
    self.file = file
  }

  public static func error(_ code: String, _ message: String, at location: SourceLocation? = nil)
    -> Diagnostic
  {
    Diagnostic(.error, code, message, at: location)
  }

  public static func warning(_ code: String, _ message: String, at location: SourceLocation? = nil)
    -> Diagnostic
  {
    Diagnostic(.warning, code, message, at: location)
  }

  /// `FILE:LINE:COLUMN: error|warning: MESSAGE [code]`.
  public var formatted: String {
    let position = location.map { ":\($0.line):\($0.column)" } ?? ""
    return "\(file ?? "<input>")\(position): \(severity.rawValue): \(message) [\(code)]"
  }
}

extension [Diagnostic] {
  public var errorCount: Int { filter { $0.severity == .error }.count }
  public var warningCount: Int { filter { $0.severity == .warning }.count }

  /// In file order: by location, then errors before warnings.
  public func sortedByLocation() -> [Diagnostic] {
    enumerated().sorted { left, right in
      let a = left.element.location ?? SourceLocation(line: 0, column: 0)
      let b = right.element.location ?? SourceLocation(line: 0, column: 0)
      if a != b { return a < b }
      return left.offset < right.offset
    }.map(\.element)
  }
}
