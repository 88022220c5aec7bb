/// Topological waves: wave 0 is the trigger, and an environment's wave is one more than the
/// largest wave among what it depends on — it starts when all of them are done. Within a wave,
/// environments keep their `spec.steps` order.
///
/// For a broken flow the waves are still defined: edges that close a cycle (found in file order)
/// are ignored, and a step that depends on nothing known sits in wave 1.
public struct Waves: Sendable, Equatable {
  /// The environments of each wave, in order.
  public let waves: [[String]]
  /// Each environment's wave.
  public let waveOf: [String: Int]

  public init(_ flow: PromotionFlow) {
    self.init(FlowGraph(flow))
  }

  public init(_ graph: FlowGraph) {
    let count = graph.names.count
    let acyclicParents = Waves.acyclicParents(graph)
    var wave = Array(repeating: -1, count: count)
    func resolve(_ start: Int) {
      var stack = [start]
      while let node = stack.last {
        if wave[node] >= 0 {
          stack.removeLast()
          continue
        }
        let before = stack.count
        var latest = -1
        for parent in acyclicParents[node] {
          if wave[parent] < 0 { stack.append(parent) } else { latest = max(latest, wave[parent]) }
        }
        if stack.count == before {
          wave[node] = node == graph.triggerIndex ? 0 : 1 + max(latest, 0)
          stack.removeLast()
        }
      }
    }
    for node in 0..<count { resolve(node) }
    var waves: [[String]] = Array(repeating: [], count: (wave.max() ?? -1) + 1)
    var waveOf: [String: Int] = [:]
    waveOf.reserveCapacity(count)
    for node in 0..<count {
      waves[wave[node]].append(graph.names[node])
      waveOf[graph.names[node]] = wave[node]
    }
    self.waves = waves.filter { !$0.isEmpty }
    self.waveOf = waveOf
  }

  /// The parents of each node without the edges that close cycles: a depth-first search in file
  /// order drops every edge that points back into the current path.
  static func acyclicParents(_ graph: FlowGraph) -> [[Int]] {
    let count = graph.names.count
    var state = Array(repeating: 0, count: count)
    /// Each edge that closes a cycle, as `parent * count + child`.
    var backEdges = Set<Int>()
    let roots = (graph.triggerIndex.map { [$0] } ?? []) + Array(0..<count)
    for root in roots where state[root] == 0 {
      var work: [(node: Int, next: Int)] = [(root, 0)]
      state[root] = 1
      while let (node, next) = work.last {
        if next < graph.children[node].count {
          work[work.count - 1].next += 1
          let child = graph.children[node][next]
          if state[child] == 1 {
            backEdges.insert(node * count + child)
          } else if state[child] == 0 {
            state[child] = 1
            work.append((child, 0))
          }
        } else {
          state[node] = 2
          work.removeLast()
        }
      }
    }
    return (0..<count).map { node in
      if node == graph.triggerIndex { return [] }
      if backEdges.isEmpty { return graph.parents[node] }
      return graph.parents[node].filter { !backEdges.contains($0 * count + node) }
    }
  }
}
