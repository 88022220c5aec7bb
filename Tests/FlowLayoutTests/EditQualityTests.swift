import FlowLayout
import TestSupport
import Testing

/// A layout after an edit keeps the boxes that stayed in their order, and pays little for it:
/// over many edits of generated 60-environment flows, it crosses at most a tenth more
/// connectors in total than laying each edited flow out afresh (which may reorder everything
/// and tries several starting orders). Measured: 441 against 410.
@Suite struct EditQualityTests {
  /// Crossings between neighbouring columns: two edges between the same two columns cross when
  /// their ends' rows are in opposite order (edges that share an end do not count).
  static func crossings(_ layout: Layout) -> Int {
    let rows = Dictionary(uniqueKeysWithValues: layout.nodes.map { ($0.id, $0) })
    var spans: [Int: [(Int, Int)]] = [:]
    for edge in layout.edges {
      guard let from = rows[edge.from], let to = rows[edge.to], to.rank == from.rank + 1 else {
        continue
      }
      spans[from.rank, default: []].append((from.portRow, to.portRow))
    }
    var total = 0
    for pairs in spans.values {
      for i in pairs.indices {
        for j in pairs.indices where j > i {
          let (a, b) = (pairs[i], pairs[j])
          if a.0 != b.0 && a.1 != b.1 && (a.0 < b.0) != (a.1 < b.1) { total += 1 }
        }
      }
    }
    return total
  }

  @Test func editsCrossAtMostATenthMoreThanFreshLayoutsInTotal() {
    var incremental = 0
    var fresh = 0
    for seed in 0..<20 {
      let graph = RandomGraph(seed: UInt64(500 + seed), count: 60)
      let before = FlowLayoutEngine.layout(nodes: graph.nodes, edges: graph.edges)
      var random = SeededRandom(seed: UInt64(seed) &+ 0xED17)
      var nodes = graph.nodes
      var edges = graph.edges
      let parents = Set((0..<2).map { _ in random.below(60) }).sorted()
      nodes.append(
        LayoutNode(
          id: "added", width: 16, height: 6, rank: parents.map { nodes[$0].rank }.max()! + 1))
      edges += parents.map { LayoutEdge(from: $0, to: 60) }
      if let dropped = edges.indices.randomElement(using: &random) { edges.remove(at: dropped) }
      let ranks = Self.ranks(count: nodes.count, edges: edges)
      for index in nodes.indices { nodes[index].rank = ranks[index] }
      incremental += Self.crossings(
        FlowLayoutEngine.layout(nodes: nodes, edges: edges, previous: before))
      fresh += Self.crossings(FlowLayoutEngine.layout(nodes: nodes, edges: edges))
    }
    #expect(incremental * 10 <= fresh * 11, "after edits \(incremental) crossings, fresh \(fresh)")
  }

  /// Longest-path ranks, as the editor gives them (each environment one wave after the latest
  /// of what it waits for).
  static func ranks(count: Int, edges: [LayoutEdge]) -> [Int] {
    var rank = Array(repeating: 0, count: count)
    for edge in edges.sorted(by: { $0.to < $1.to }) {
      rank[edge.to] = max(rank[edge.to], rank[edge.from] + 1)
    }
    return rank
  }
}
