/// Phase 3, continued: sifting, and counting the crossings every step of the ordering compares.
extension OrderingPhase {
  /// Layers wider than this are not sifted: sifting costs the square of a layer's width, and
  /// median sweeps with transposition already do well on such wide, shallow layers.
  static let siftingLimit = 120

  /// Moves each vertex to the position in its layer with the fewest crossings (sifting).
  static func sift(_ graph: inout LayeredGraph, fixed: [Bool]) {
    for index in graph.layers.indices
    where graph.layers[index].count > 1 && graph.layers[index].count <= siftingLimit {
      let byDegree = graph.layers[index].sorted {
        (graph.upper[$0].count + graph.lower[$0].count, $1) > (
          graph.upper[$1].count + graph.lower[$1].count, $0
        )
      }
      for vertex in byDegree where !fixed[vertex] {
        var layer = graph.layers[index].filter { $0 != vertex }
        var bestPosition = 0
        var bestDelta = 0
        var delta = 0
        for (position, other) in layer.enumerated() {
          delta += pairCrossings(graph, other, vertex) - pairCrossings(graph, vertex, other)
          if delta < bestDelta {
            bestDelta = delta
            bestPosition = position + 1
          }
        }
        guard let current = graph.layers[index].firstIndex(of: vertex) else { continue }
        let currentDelta = layer.prefix(current).reduce(0) {
          $0 + pairCrossings(graph, $1, vertex) - pairCrossings(graph, vertex, $1)
        }
        guard bestDelta < currentDelta else { continue }
        layer.insert(vertex, at: bestPosition)
        graph.layers[index] = layer
        for (position, member) in layer.enumerated() { graph.position[member] = position }
      }
    }
  }

  /// Crossings between the edges of `v` and `w` (with `v` above `w`) on both sides.
  static func pairCrossings(_ graph: LayeredGraph, _ v: Int, _ w: Int) -> Int {
    var count = 0
    graph.position.withUnsafeBufferPointer { position in
      graph.flatUpper.withUnsafeBufferPointer { upper in
        for i in graph.upperStart[v]..<graph.upperStart[v + 1] {
          let a = position[upper[i]]
          for j in graph.upperStart[w]..<graph.upperStart[w + 1] where a > position[upper[j]] {
            count += 1
          }
        }
      }
      graph.flatLower.withUnsafeBufferPointer { lower in
        for i in graph.lowerStart[v]..<graph.lowerStart[v + 1] {
          let a = position[lower[i]]
          for j in graph.lowerStart[w]..<graph.lowerStart[w + 1] where a > position[lower[j]] {
            count += 1
          }
        }
      }
    }
    return count
  }

  /// All crossings between adjacent layers, counted with a Fenwick tree per layer pair.
  static func totalCrossings(_ graph: LayeredGraph) -> Int {
    var total = 0
    for index in 0..<max(0, graph.layers.count - 1) {
      let size = graph.layers[index + 1].count
      var pairs: [(Int, Int)] = []
      for vertex in graph.layers[index] {
        for child in graph.lower[vertex] {
          pairs.append((graph.position[vertex], graph.position[child]))
        }
      }
      pairs.sort { $0 < $1 }
      var tree = Array(repeating: 0, count: size + 1)
      var seen = 0
      for (_, target) in pairs {
        var index = target + 1
        var atMost = 0
        while index > 0 {
          atMost += tree[index]
          index -= index & -index
        }
        total += seen - atMost
        index = target + 1
        while index <= size {
          tree[index] += 1
          index += index & -index
        }
        seen += 1
      }
    }
    return total
  }
}
