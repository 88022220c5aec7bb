/// Phase 3 after an edit: the order the previous layout drew is where the new one starts.
extension OrderingPhase {
  /// Orders layers by the previous layout: kept boxes by their previous row, the long edges that
  /// stay (through the same columns) by the rows they ran along, new vertices by the mean key of
  /// what they hang from. Returns the vertices whose relative order is fixed.
  static func stableOrder(_ graph: inout LayeredGraph, nodes: [LayoutNode], previous: Layout)
    -> [Bool]
  {
    var key = Array(repeating: 0.0, count: graph.vertices.count)
    var fixed = Array(repeating: false, count: graph.vertices.count)
    let previousRows = Dictionary(
      previous.nodes.map { ($0.id, Double($0.y) + Double($0.order) * 1e-3) },
      uniquingKeysWith: { a, _ in a })
    let fallback = depthFirstOrder(graph)
    var edgeRows: [Int: [Double]] = [:]
    for (edgeIndex, chain) in graph.chains where chain.count > 2 {
      let ends = Layout.LongEdge(from: nodes[chain[0]].id, to: nodes[chain[chain.count - 1]].id)
      if let rows = previous.longEdgeRows[ends],
        rows.count == chain.count - 2
      {
        edgeRows[edgeIndex] = rows
      }
    }
    for layer in graph.layers {
      for vertex in layer {
        if let node = graph.vertices[vertex].node, let row = previousRows[nodes[node].id] {
          key[vertex] = row
          fixed[vertex] = true
        } else if let edge = graph.vertices[vertex].edge, let rows = edgeRows[edge],
          let first = graph.chains[edge]?[1]
        {
          key[vertex] = rows[graph.vertices[vertex].rank - graph.vertices[first].rank]
          fixed[vertex] = true
        } else if !graph.upper[vertex].isEmpty {
          key[vertex] =
            graph.upper[vertex].map { key[$0] }.reduce(0, +) / Double(graph.upper[vertex].count)
            + 0.5
        } else {
          key[vertex] = Double(fallback[vertex]) * 1e-6
        }
      }
    }
    graph.layers = graph.layers.map { layer in layer.sorted { (key[$0], $0) < (key[$1], $1) } }
    graph.updatePositions()
    return fixed
  }
}
