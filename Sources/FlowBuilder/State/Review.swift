import PromotionKit

/// `D` on the canvas: the flow compared with its last commit. Boxes of environments added or
/// changed are marked, and a side panel lists every change, removed environments included. It
/// follows the edits: each change of the flow compares again with the same committed version.
public struct Review: Equatable, Sendable {
  /// The flow as the last commit has it (empty when it was not committed yet).
  public var base: PromotionFlow
  public var diff: FlowDiff
  public var lines: [FlowDiff.Line]

  public init(base: PromotionFlow, flow: PromotionFlow) {
    self.base = base
    diff = FlowDiff(from: base, to: flow)
    lines = diff.lines(new: flow)
  }

  /// How a box is marked: added, changed (fields, a rename, the new trigger), or not at all.
  public func mark(of environment: String) -> FlowDiff.Mark? { diff.mark(of: environment) }

  /// The marks of every box that has one.
  public var marks: [String: FlowDiff.Mark] {
    var marks: [String: FlowDiff.Mark] = [:]
    for name in diff.touched.union(diff.trigger?.to.map { [$0] } ?? []) {
      marks[name] = mark(of: name)
    }
    return marks
  }
}

extension FlowDiff.Mark {
  /// A box's sign in a review: `+` or `~` on its top border.
  public var sign: String { self == .added ? "+" : "~" }
}
