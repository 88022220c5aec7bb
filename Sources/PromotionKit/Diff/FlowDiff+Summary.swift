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
    for name in added {
      let after = new.step(name)?.dependsOn ?? []
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

  /// A commit message: a subject naming the first change and how many more follow, and a body
  /// with every change on its own line (empty for a single change) — nothing elided, so history
  /// keeps the whole change list.
  public func commitMessage(new: PromotionFlow) -> (subject: String, body: String) {
    let lines = lines(new: new)
    guard let first = lines.first else { return ("promotion-flow \(flow): update", "") }
    guard lines.count > 1 else { return ("promotion-flow \(flow): \(first.text)", "") }
    return (
      "promotion-flow \(flow): \(first.text) (+\(lines.count - 1) more)",
      lines.map { "- " + $0.text }.joined(separator: "\n")
    )
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
