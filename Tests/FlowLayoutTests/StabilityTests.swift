import FlowLayout
import TestSupport
import Testing

/// Editing does not make the drawing jump: with the previous layout, boxes keep their column and
/// their relative order, and a new box lands next to what it was added after.
@Suite struct StabilityTests {
  @Test(arguments: 0..<10)
  func addingOneEnvironmentToFiftyMovesNothing(seed: Int) throws {
    let graph = RandomGraph(seed: UInt64(100 + seed), count: 50)
    let before = FlowLayoutEngine.layout(nodes: graph.nodes, edges: graph.edges)
    var random = SeededRandom(seed: UInt64(seed) &+ 0x1234_5678)
    let parent = random.below(50)
    var nodes = graph.nodes
    nodes.append(LayoutNode(id: "added", width: 16, height: 6, rank: graph.nodes[parent].rank + 1))
    let edges = graph.edges + [LayoutEdge(from: parent, to: 50)]
    let after = FlowLayoutEngine.layout(nodes: nodes, edges: edges, previous: before)
    let old = Dictionary(uniqueKeysWithValues: before.nodes.map { ($0.id, $0) })
    let new = Dictionary(uniqueKeysWithValues: after.nodes.map { ($0.id, $0) })
    for (id, node) in old {
      #expect(new[id]?.rank == node.rank, "\(id) changed column")
    }
    for rank in Set(before.nodes.map(\.rank)) {
      let orderBefore = before.nodes.filter { $0.rank == rank }.sorted { $0.order < $1.order }.map(
        \.id)
      let orderAfter = after.nodes.filter { $0.rank == rank && $0.id != "added" }.sorted {
        $0.order < $1.order
      }.map(\.id)
      #expect(orderBefore == orderAfter, "rank \(rank) reordered")
    }
    let added = try #require(new["added"])
    let siblings = after.nodes.filter { $0.rank == added.rank }.sorted { $0.order < $1.order }
    let parentRow = new[graph.nodes[parent].id]!.portRow
    let nearest = siblings.min { abs($0.portRow - parentRow) < abs($1.portRow - parentRow) }
    #expect(
      abs(added.order - (nearest?.order ?? 0)) <= 1 || siblings.count <= 2,
      "the new box sits near its parent")
  }

  /// Re-using the previous layout (what makes an edit of a box's text cheap) happens only when
  /// nothing that shapes the drawing changed: a box that grew, or a new edge, is laid out again.
  @Test func aLayoutIsReusedOnlyForTheSameBoxesAndEdges() {
    let graph = RandomGraph(seed: 7, count: 30)
    let before = FlowLayoutEngine.layout(nodes: graph.nodes, edges: graph.edges)
    let same = FlowLayoutEngine.layout(nodes: graph.nodes, edges: graph.edges, previous: before)
    #expect(same.nodes == before.nodes && same.edges == before.edges)

    var wider = graph.nodes
    wider[3].width += 6
    let grown = FlowLayoutEngine.layout(nodes: wider, edges: graph.edges, previous: before)
    let box = grown.nodes.first { $0.id == wider[3].id }
    #expect(box?.width == wider[3].width)
    #expect(grown.width >= before.width)

    let first = graph.nodes.indices.min { graph.nodes[$0].rank < graph.nodes[$1].rank }!
    let last = graph.nodes.indices.max { graph.nodes[$0].rank < graph.nodes[$1].rank }!
    let connects = { (layout: Layout) in
      layout.edges.contains { $0.from == graph.nodes[first].id && $0.to == graph.nodes[last].id }
    }
    #expect(!connects(before))
    let connected = FlowLayoutEngine.layout(
      nodes: graph.nodes, edges: graph.edges + [LayoutEdge(from: first, to: last)],
      previous: before)
    #expect(connects(connected))
  }
}
