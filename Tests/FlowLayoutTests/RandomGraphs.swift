import FlowLayout
import TestSupport

/// Random layered DAGs for property tests: each node depends on one to three earlier nodes, so
/// ranks, long edges, fan-out and fan-in all occur.
struct RandomGraph {
  var nodes: [LayoutNode]
  var edges: [LayoutEdge]

  init(seed: UInt64, count: Int) {
    var random = SeededRandom(seed: seed &+ 0x1234_5678)
    var ranks = [0]
    var edges: [LayoutEdge] = []
    for index in 1..<max(count, 2) {
      let parentCount = random.below(index > 3 ? 3 : 1) + 1
      var parents = Set<Int>()
      for _ in 0..<parentCount { parents.insert(random.below(index)) }
      for parent in parents.sorted() { edges.append(LayoutEdge(from: parent, to: index)) }
      ranks.append((parents.map { ranks[$0] }.max() ?? 0) + 1)
    }
    nodes = ranks.enumerated().map { index, rank in
      LayoutNode(
        id: "n\(index)", width: 12 + random.below(12), height: [3, 4, 6][random.below(3)],
        rank: rank)
    }
    self.edges = edges
  }
}
