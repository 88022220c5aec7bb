/// Phase 1 — ranks. The caller gives each node its rank (the flow's waves). Ranks are made
/// contiguous from 0, and only edges that run forward (to a higher rank) are laid out; the others
/// close a cycle and are reported as skipped.
enum RankPhase {
  static func run(nodes: [LayoutNode], edges: [LayoutEdge]) -> (
    ranks: [Int], forward: [Int], skipped: [LayoutEdge]
  ) {
    let used = Set(nodes.map(\.rank)).sorted()
    let compact = Dictionary(
      uniqueKeysWithValues: used.enumerated().map { ($0.element, $0.offset) })
    let ranks = nodes.map { compact[$0.rank] ?? 0 }
    var forward: [Int] = []
    var skipped: [LayoutEdge] = []
    var seen = Set<LayoutEdge>()
    for (index, edge) in edges.enumerated() {
      guard nodes.indices.contains(edge.from), nodes.indices.contains(edge.to),
        seen.insert(edge).inserted
      else {
        continue
      }
      if ranks[edge.to] > ranks[edge.from] { forward.append(index) } else { skipped.append(edge) }
    }
    return (ranks, forward, skipped)
  }
}
