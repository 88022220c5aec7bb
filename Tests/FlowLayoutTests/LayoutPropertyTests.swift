import FlowLayout
import Testing

/// Properties every layout has, checked on 1,000 random DAGs.
@Suite struct LayoutPropertyTests {
  struct Rect {
    var x: Int, y: Int, width: Int, height: Int
    func contains(_ point: Point) -> Bool {
      point.x >= x && point.x < x + width && point.y >= y && point.y < y + height
    }
    func overlaps(_ other: Rect) -> Bool {
      x < other.x + other.width && other.x < x + width && y < other.y + other.height
        && other.y < y + height
    }
  }

  static func rect(_ node: PlacedNode) -> Rect {
    Rect(x: node.x, y: node.y, width: node.width, height: node.height)
  }

  /// Every cell a polyline passes through.
  static func cells(_ points: [Point]) -> [Point] {
    var result: [Point] = []
    for (a, b) in zip(points, points.dropFirst()) {
      if a.y == b.y {
        for x in stride(from: a.x, through: b.x, by: a.x <= b.x ? 1 : -1) {
          result.append(Point(x, a.y))
        }
      } else {
        for y in stride(from: a.y, through: b.y, by: a.y <= b.y ? 1 : -1) {
          result.append(Point(a.x, y))
        }
      }
    }
    return result
  }

  @Test(arguments: 0..<4)
  func randomDAGsLayOutCleanly(shard: Int) {
    for seed in stride(from: UInt64(shard), to: 1_000, by: 4) {
      let graph = RandomGraph(seed: seed, count: 2 + Int(seed % 40))
      let layout = FlowLayoutEngine.layout(nodes: graph.nodes, edges: graph.edges)
      let boxes = Dictionary(uniqueKeysWithValues: layout.nodes.map { ($0.id, $0) })
      #expect(layout.nodes.count == graph.nodes.count, "seed \(seed)")
      #expect(layout.edges.count == graph.edges.count, "seed \(seed): every edge is drawn")
      for (index, node) in layout.nodes.enumerated() {
        #expect(
          node.rank == graph.nodes.first { $0.id == node.id }!.rank, "seed \(seed): rank kept")
        #expect(
          node.x >= 0 && node.y >= 0 && node.x + node.width <= layout.width
            && node.y + node.height <= layout.height)
        for other in layout.nodes[(index + 1)...] {
          #expect(
            !Self.rect(node).overlaps(Self.rect(other)),
            "seed \(seed): \(node.id) overlaps \(other.id)")
        }
      }
      for edge in layout.edges {
        let source = boxes[edge.from]!
        let target = boxes[edge.to]!
        #expect(
          edge.points.first == Point(source.x + source.width, source.portRow),
          "seed \(seed): \(edge.from) right side")
        #expect(
          edge.points.last == Point(target.x - 1, target.portRow),
          "seed \(seed): \(edge.to) left side")
        for (a, b) in zip(edge.points, edge.points.dropFirst()) {
          #expect(a.x == b.x || a.y == b.y, "seed \(seed): axis-aligned")
        }
        for cell in Self.cells(edge.points) {
          #expect(
            !layout.nodes.contains { Self.rect($0).contains(cell) },
            "seed \(seed): \(edge.from)→\(edge.to) crosses a box at \(cell)")
        }
      }
    }
  }

  @Test func eachColumnIsOneRankLeftToRight() {
    let graph = RandomGraph(seed: 7, count: 40)
    let layout = FlowLayoutEngine.layout(nodes: graph.nodes, edges: graph.edges)
    for a in layout.nodes {
      for b in layout.nodes where a.rank < b.rank { #expect(a.x < b.x) }
      for b in layout.nodes where a.rank == b.rank { #expect(a.x == b.x) }
    }
  }

  @Test func theSameInputAlwaysDrawsTheSameWay() {
    let graph = RandomGraph(seed: 11, count: 35)
    let first = FlowLayoutEngine.layout(nodes: graph.nodes, edges: graph.edges)
    let second = FlowLayoutEngine.layout(nodes: graph.nodes, edges: graph.edges)
    #expect(first.nodes == second.nodes && first.edges == second.edges)
  }

  @Test func edgesThatCloseACycleAreReportedNotDrawn() {
    let nodes = (0..<3).map { LayoutNode(id: "n\($0)", width: 10, height: 3, rank: $0) }
    let layout = FlowLayoutEngine.layout(
      nodes: nodes,
      edges: [LayoutEdge(from: 0, to: 1), LayoutEdge(from: 1, to: 2), LayoutEdge(from: 2, to: 1)])
    #expect(layout.edges.count == 2)
    #expect(layout.skippedEdges == [LayoutEdge(from: 2, to: 1)])
  }
}
