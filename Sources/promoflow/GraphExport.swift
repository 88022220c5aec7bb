import FlowLayout
import PromotionKit

/// The flow for other tools: a Graphviz digraph, a Mermaid flowchart (for READMEs and pull
/// requests), and the layout as JSON.
enum GraphExport {
  static func dot(_ flow: PromotionFlow) -> String {
    var lines = ["digraph \(quoted(flow.name)) {", "  rankdir=LR;", "  node [shape=box];"]
    for name in FlowGraph(flow).names { lines.append("  \(quoted(name));") }
    for step in flow.steps {
      for dependency in step.dependsOn
      where flow.contains(dependency) && dependency != step.environment {
        lines.append("  \(quoted(dependency)) -> \(quoted(step.environment));")
      }
    }
    return (lines + ["}"]).joined(separator: "\n") + "\n"
  }

  static func quoted(_ text: String) -> String {
    "\""
      + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(
        of: "\"", with: "\\\"") + "\""
  }

  static func mermaid(_ flow: PromotionFlow) -> String {
    let names = FlowGraph(flow).names
    let ids = Dictionary(
      uniqueKeysWithValues: names.enumerated().map { ($0.element, "n\($0.offset)") })
    var lines = ["flowchart LR"]
    for (offset, name) in names.enumerated() {
      let label = name.replacingOccurrences(of: "\"", with: "#quot;")
      lines.append("  n\(offset)[\"\(label)\"]")
    }
    for step in flow.steps {
      for dependency in step.dependsOn {
        guard let from = ids[dependency], let to = ids[step.environment], from != to else {
          continue
        }
        lines.append("  \(from) --> \(to)")
      }
    }
    return lines.joined(separator: "\n") + "\n"
  }

  static func json(_ layout: Layout) -> JSONValue {
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
    ])
  }
}
