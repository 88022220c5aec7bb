/// Phase 2 — long edges. An edge that skips ranks is split by a dummy vertex in every rank it
/// passes, so each segment joins adjacent ranks and the edge keeps a slot of its own in every
/// column it crosses.
enum LongEdgePhase {
  static func run(nodes: [LayoutNode], edges: [LayoutEdge], ranks: [Int], forward: [Int])
    -> LayeredGraph
  {
    var graph = LayeredGraph()
    graph.layers = Array(repeating: [], count: (ranks.max() ?? 0) + 1)
    for (index, node) in nodes.enumerated() {
      let vertex = graph.addVertex(
        .init(
          rank: ranks[index], width: node.width, height: max(1, node.height), node: index, edge: nil
        ))
      graph.layers[ranks[index]].append(vertex)
    }
    for edgeIndex in forward {
      let edge = edges[edgeIndex]
      var chain = [edge.from]
      var previous = edge.from
      for rank in (ranks[edge.from] + 1)..<ranks[edge.to] {
        let dummy = graph.addVertex(
          .init(rank: rank, width: 0, height: 1, node: nil, edge: edgeIndex))
        graph.layers[rank].append(dummy)
        graph.connect(previous, dummy)
        chain.append(dummy)
        previous = dummy
      }
      graph.connect(previous, edge.to)
      chain.append(edge.to)
      graph.chains[edgeIndex] = chain
    }
    graph.updatePositions()
    graph.flattenNeighbours()
    return graph
  }
}
