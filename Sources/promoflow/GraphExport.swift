import FlowLayout
import PromotionKit

/// The flow for other tools: a Graphviz digraph, a Mermaid flowchart (for READMEs and pull
/// requests), and the layout as JSON.
enum GraphExport {
  static func dot(_ flow: PromotionFlow) -> String {
    var lines = ["digraph \(quoted(flow.name)) {", "  rankdir=LR;", "  node [shape=box];"]
    for name in FlowGraph(flow).names { lines.append("  \(quoted(name));") }
    for edge in edges(of: flow) {
      lines.append("  \(quoted(edge[0])) -> \(quoted(edge[1]));")
    }
    return (lines + ["}"]).joined(separator: "\n") + "\n"
  }

  static func quoted(_ text: String) -> String {
    "\""
      + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(
        of: "\"", with: "\\\"") + "\""
  }

  /// A Mermaid flowchart of `flow`. With `changes` (from `old`), added environments and edges
  /// are styled as added, changed ones as changed, and what was removed is drawn dashed.
  static func mermaid(
    _ flow: PromotionFlow, changes: FlowDiff? = nil, old: PromotionFlow? = nil
  ) -> String {
    var chart = MermaidChart()
    for name in FlowGraph(flow).names {
      let mark = changes?.mark(of: name)
      chart.node(name, style: mark.map { $0 == .added ? .added : .changed })
    }
    let newEdges = edges(of: flow)
    let oldEdges = old.map { Set(edges(of: $0, renamed: changes?.newNames ?? [:])) }
    for edge in newEdges {
      chart.edge(edge[0], edge[1], style: oldEdges.map { $0.contains(edge) ? nil : .added } ?? nil)
    }
    if let changes, let old {
      for name in changes.removed { chart.node(name, style: .removed) }
      let kept = Set(newEdges)
      for edge in edges(of: old, renamed: changes.newNames) where !kept.contains(edge) {
        chart.edge(edge[0], edge[1], style: .removed)
      }
    }
    return chart.text
  }

  /// Each dependency edge of `flow` as [parent, child], names read through `renamed`.
  static func edges(of flow: PromotionFlow, renamed: [String: String] = [:]) -> [[String]] {
    var edges: [[String]] = []
    for step in flow.steps {
      for dependency in step.dependsOn
      where flow.contains(dependency) && dependency != step.environment {
        edges.append([
          renamed[dependency] ?? dependency, renamed[step.environment] ?? step.environment,
        ])
      }
    }
    return edges
  }

  /// The layout as JSON, with each environment's hooks (the trigger's are the flow's).
  static func json(_ layout: Layout, flow: PromotionFlow) -> JSONValue {
    .object([
      ("width", .number(layout.width)),
      ("height", .number(layout.height)),
      (
        "nodes",
        .array(
          layout.nodes.map { node in
            .object([
              ("name", .string(node.id)), ("rank", .number(node.rank)),
              ("order", .number(node.order)),
              ("x", .number(node.x)), ("y", .number(node.y)), ("width", .number(node.width)),
              ("height", .number(node.height)),
              ("hooks", .hooks(flow.step(node.id)?.hooks ?? Hooks())),
            ])
          })
      ),
      (
        "edges",
        .array(
          layout.edges.map { edge in
            .object([
              ("from", .string(edge.from)), ("to", .string(edge.to)),
              ("points", .array(edge.points.map { .array([.number($0.x), .number($0.y)]) })),
            ])
          })
      ),
      ("hooks", .hooks(flow.hooks)),
    ])
  }
}
