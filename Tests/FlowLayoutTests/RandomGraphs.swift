import FlowLayout

/// Random layered DAGs for property tests: each node depends on one to three earlier nodes, so
/// ranks, long edges, fan-out and fan-in all occur.
struct RandomGraph {
  var nodes: [LayoutNode]
  var edges: [LayoutEdge]

  init(seed: UInt64, count: Int) {
    var random = Random(seed: seed)
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

/// SplitMix64, seeded, for reproducible cases.
struct Random {
  var state: UInt64

  init(seed: UInt64) { state = seed &+ 0x1234_5678 }

  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

  mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(max(bound, 1))) }
}
