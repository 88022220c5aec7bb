/// A `FlowDiff` as short sentences — one per change, in a reviewer's order: the trigger, environments
/// added, removed and renamed, per-environment fields, settings, waves, effective values.
/// The text output, the editor's panels and the commit message all print these lines.
extension FlowDiff {
  /// One sentence, with whether it adds, removes or changes something (for colour and signs).
  public struct Line: Hashable, Sendable {
    public enum Kind: Hashable, Sendable {
      case added, removed, changed
    }

    public var kind: Kind
    public var text: String

    /// `+`, `-` or `~`, for output without colour.
    public var sign: String {
      switch kind {
      case .added: return "+"
      case .removed: return "-"
      case .changed: return "~"
      }
    }
  }

  /// Every change, one sentence each; `new` gives the dependencies of added environments.
  public func lines(new: PromotionFlow) -> [Line] {
    var lines: [Line] = []
    if let trigger {
      lines.append(
        Line(kind: .changed, text: "trigger \(trigger.from ?? "none") → \(trigger.to ?? "none")"))
    }
    let waitsFor =
      added.isEmpty
      ? [:]
      : Dictionary(
        new.steps.map { ($0.environment, $0.dependsOn) }, uniquingKeysWith: { first, _ in first })
    for name in added {
      let after = waitsFor[name] ?? []
      lines.append(
        Line(
          kind: .added,
          text: "add \(name)" + (after.isEmpty ? "" : " after " + after.joined(separator: ", "))))
    }
    lines += removed.map { Line(kind: .removed, text: "remove \($0)") }
    lines += renamed.map { Line(kind: .changed, text: "rename \($0.from) to \($0.to)") }
    for environment in changed {
      lines += environment.changes.map {
        Line(kind: .changed, text: "\(environment.environment): " + $0.sentence)
      }
    }
    lines += settings.map { Line(kind: .changed, text: "flow " + $0.sentence) }
    lines += waves.map {
      Line(
        kind: .changed,
        text:
          "\($0.environment) starts \($0.to > $0.from ? "later" : "earlier") (wave \($0.from) → \($0.to))"
      )
    }
    lines += effective.map {
      Line(
        kind: .changed,
        text: "\($0.environment): effective \($0.field) \($0.from.phrase) → \($0.to.phrase)")
    }
    return lines
  }

  /// A commit message the way git users write them: a subject of at most 72 characters —
  /// every change when they fit (`shop: add perf after staging, prod-eu: preAction unset →
  /// gate`), else a summary (`shop: 5 changes to 4 environments`), never cut off — and a body
  /// with every change on its own line (empty when the subject already says it all).
  public func commitMessage(new: PromotionFlow) -> (subject: String, body: String) {
    let lines = lines(new: new).map(\.text)
    let prefix = "\(flow): "
    guard !lines.isEmpty else { return (prefix + "update", "") }
    let everything = prefix + lines.joined(separator: ", ")
    let body = lines.map { "- " + $0 }.joined(separator: "\n")
    if everything.count <= Self.subjectLimit {
      return (everything, lines.count > 1 ? body : "")
    }
    let count = lines.count == 1 ? "1 change" : "\(lines.count) changes"
    let environments = environmentsTouched
    let place: String
    switch environments.count {
    case 0: place = "to the flow's settings"
    case 1: place = "to " + (environments.first ?? "")
    default: place = "to \(environments.count) environments"
    }
    let summary = prefix + count + " " + place
    return (summary.count <= Self.subjectLimit ? summary : prefix + count, body)
  }

  /// Git's convention for the length of a subject line.
  public static let subjectLimit = 72

  /// Every environment a change is about, removed ones included.
  public var environmentsTouched: Set<String> {
    var names = touched.union(removed).union(waves.map(\.environment))
      .union(effective.map(\.environment))
    if let to = trigger?.to { names.insert(to) }
    return names
  }
}

extension FlowDiff.Change {
  /// `action commit → pr`, `preAction unset → db-migrate`, `dependsOn qa → qa, uat`.
  public var sentence: String { "\(field) \(from.phrase) → \(to.phrase)" }
}

extension ResolvedValue {
  /// `pr (inline)`, `commit (policy prod-rules)`, `unset`, `unknown (product tags of policy p)`.
  public var phrase: String {
    switch source {
    case .inline: return "\(value ?? "unset") (inline)"
    case .policy(let name, _): return "\(value ?? "unset") (policy \(name))"
    case .productTags(let name, _, _): return "unknown (product tags of policy \(name))"
    case .none: return "unset"
    }
  }
}
