import PromotionKit

/// The output of `promoflow diff`: each compared flow's semantic changes as text (coloured on a
/// terminal), JSON, or Markdown for a pull-request comment.
struct DiffReport {
  /// One flow compared.
  struct Review {
    var file: String
    var old: PromotionFlow
    var new: PromotionFlow
    /// The flow did not exist on the old side, or no longer exists on the new.
    var isNew: Bool
    var isDeleted: Bool
    var diff: FlowDiff
    var lines: [FlowDiff.Line]

    init(
      file: String, old: PromotionFlow, new: PromotionFlow, isNew: Bool, isDeleted: Bool,
      policies: FlowDiff.Policies?
    ) {
      self.file = file
      self.old = old
      self.new = new
      self.isNew = isNew
      self.isDeleted = isDeleted
      diff = FlowDiff(from: old, to: new, policies: policies)
      lines = diff.lines(new: new)
    }

    /// `new flow, 4 changes`, `deleted`, `no changes`, `3 changes`.
    var summary: String {
      if isDeleted { return "flow deleted" }
      let count =
        lines.isEmpty ? "no changes" : lines.count == 1 ? "1 change" : "\(lines.count) changes"
      return isNew ? "new flow, \(count)" : count
    }
  }

  var reviews: [Review]
  /// One flow was asked for: JSON is one object, not a list.
  var single: Bool
  /// What is compared with what, for the headings.
  var range: String

  func text(color: Bool) -> String {
    guard !reviews.isEmpty else { return "No promotion flow changed (\(range))\n" }
    func paint(_ text: String, _ code: String) -> String {
      color ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }
    var output = ""
    for review in reviews {
      output += paint("\(review.diff.flow) (\(review.file))", "1") + ": \(review.summary)\n"
      for line in review.lines {
        let code = line.kind == .added ? "32" : line.kind == .removed ? "31" : "33"
        output += "  " + paint(line.sign + " " + line.text, code) + "\n"
      }
    }
    return output
  }

  var json: JSONValue {
    let objects = reviews.map(Self.json)
    if single, let first = objects.first { return first }
    return .array(objects)
  }

  private static func json(_ review: Review) -> JSONValue {
    let diff = review.diff
    func change(_ change: FlowDiff.Change) -> JSONValue {
      .object([
        ("field", .string(change.field)), ("from", value(change.from)), ("to", value(change.to)),
      ])
    }
    var pairs: [(String, JSONValue)] = [
      ("flow", .string(diff.flow)), ("file", .string(review.file)),
      (
        "status",
        .string(
          review.isDeleted
            ? "deleted" : review.isNew ? "added" : diff.isEmpty ? "unchanged" : "changed")
      ),
      (
        "environments",
        .object([
          ("added", .array(diff.added.map(JSONValue.string))),
          ("removed", .array(diff.removed.map(JSONValue.string))),
          (
            "renamed",
            .array(
              diff.renamed.map { .object([("from", .string($0.from)), ("to", .string($0.to))]) })
          ),
          (
            "changed",
            .array(
              diff.changed.map {
                .object([
                  ("environment", .string($0.environment)),
                  ("changes", .array($0.changes.map(change))),
                ])
              })
          ),
        ])
      ),
      (
        "trigger",
        diff.trigger.map { .object([("from", .optional($0.from)), ("to", .optional($0.to))]) }
          ?? .null
      ),
      ("settings", .array(diff.settings.map(change))),
      (
        "waves",
        .array(
          diff.waves.map {
            .object([
              ("environment", .string($0.environment)), ("from", .number($0.from)),
              ("to", .number($0.to)),
            ])
          })
      ),
    ]
    if let product = diff.product {
      pairs.append(("product", .string(product)))
      pairs.append(
        (
          "effective",
          .array(
            diff.effective.map {
              .object([
                ("environment", .string($0.environment)), ("field", .string($0.field)),
                ("from", resolved($0.from)), ("to", resolved($0.to)),
              ])
            })
        ))
    }
    return .object(pairs)
  }

  private static func value(_ value: FlowDiff.Value) -> JSONValue {
    switch value {
    case .none: return .null
    case .text(let text): return .string(text)
    case .list(let items): return .array(items.map(JSONValue.string))
    }
  }

  private static func resolved(_ value: ResolvedValue) -> JSONValue {
    .object([("value", .optional(value.value)), ("source", .optional(value.source.label))])
  }
}
