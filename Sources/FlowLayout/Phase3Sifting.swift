/// Phase 3, continued: sifting, and counting the crossings every step of the ordering compares.
extension OrderingPhase {
  /// Layers wider than this are not sifted: sifting costs the square of a layer's width, and
  /// median sweeps with transposition already do well on such wide, shallow layers.
  static let siftingLimit = 120

  /// Moves each vertex to the position in its layer with the fewest crossings (sifting).
  static func sift(_ graph: inout LayeredGraph, fixed: [Bool]) {
    var counter = SiftCounter()
    let movable = movableLayers(graph, fixed: fixed)
    for index in graph.layers.indices
    where graph.layers[index].count > 1 && graph.layers[index].count <= siftingLimit
      && movable[index]
    {
      let byDegree = graph.layers[index].sorted {
        (graph.upper[$0].count + graph.lower[$0].count, $1) > (
          graph.upper[$1].count + graph.lower[$1].count, $0
        )
      }
      let widths = (
        upper: index > 0 ? graph.layers[index - 1].count : 0,
        lower: index + 1 < graph.layers.count ? graph.layers[index + 1].count : 0
      )
      // The layer is taken out of the graph while it is sifted, so moving a vertex in it
      // changes it in place instead of copying it.
      var layer = graph.layers[index]
      graph.layers[index] = []
      for vertex in byDegree where !fixed[vertex] {
        let current = graph.position[vertex]
        guard layer.indices.contains(current), layer[current] == vertex else { continue }
        counter.prepare(graph, vertex, widths: widths)
        layer.remove(at: current)
        var bestPosition = 0
        var bestDelta = 0
        var currentDelta = 0
        var delta = 0
        for (position, other) in layer.enumerated() {
          let pair = counter.crossings(graph, other)
          delta += pair.above - pair.below
          if delta < bestDelta {
            bestDelta = delta
            bestPosition = position + 1
          }
          if position + 1 == current { currentDelta = delta }
        }
        let target = bestDelta < currentDelta ? bestPosition : current
        layer.insert(vertex, at: target)
        for position in min(current, target)...max(current, target) {
          graph.position[layer[position]] = position
        }
      }
      graph.layers[index] = layer
    }
  }

  /// Crossings between the edges of `v` and `w` on both sides, with `v` above `w` (`above`)
  /// and with `w` above `v` (`below`): one pass answers both orders of the pair.
  static func pairCrossings(_ graph: LayeredGraph, _ v: Int, _ w: Int) -> (above: Int, below: Int) {
    let upper = sideCrossings(graph.position, graph.flatUpper, graph.upperStart, v, w)
    let lower = sideCrossings(graph.position, graph.flatLower, graph.lowerStart, v, w)
    return (upper.above + lower.above, upper.below + lower.below)
  }

  /// `pairCrossings` on one side: the neighbours of each vertex are `flat[start[v]..<start[v+1]]`.
  @inline(__always)
  private static func sideCrossings(
    _ position: [Int], _ flat: [Int], _ start: [Int], _ v: Int, _ w: Int
  ) -> (above: Int, below: Int) {
    var above = 0
    var below = 0
    position.withUnsafeBufferPointer { position in
      flat.withUnsafeBufferPointer { neighbours in
        for i in start[v]..<start[v + 1] {
          let a = position[neighbours[i]]
          for j in start[w]..<start[w + 1] {
            let b = position[neighbours[j]]
            if a > b {
              above += 1
            } else if a < b {
              below += 1
            }
          }
        }
      }
    }
    return (above, below)
  }

  /// All crossings between adjacent layers, counted with a Fenwick tree per layer pair.
  static func totalCrossings(_ graph: LayeredGraph) -> Int {
    var total = 0
    var tree: [Int] = []
    var targets: [Int] = []
    for index in 0..<max(0, graph.layers.count - 1) {
      let size = graph.layers[index + 1].count
      tree.removeAll(keepingCapacity: true)
      tree.append(contentsOf: repeatElement(0, count: size + 1))
      var seen = 0
      // The layer is in position order, so its edges go by in source order; each source's
      // edges, taken by target position, never count as crossing one another.
      for vertex in graph.layers[index] {
        targets.removeAll(keepingCapacity: true)
        for slot in graph.lowerStart[vertex]..<graph.lowerStart[vertex + 1] {
          targets.append(graph.position[graph.flatLower[slot]])
        }
        insertionSort(&targets)
        for target in targets {
          var node = target + 1
          var atMost = 0
          while node > 0 {
            atMost += tree[node]
            node -= node & -node
          }
          total += seen - atMost
          node = target + 1
          while node <= size {
            tree[node] += 1
            node += node & -node
          }
          seen += 1
        }
      }
    }
    return total
  }

  /// Sorts the values of one vertex's neighbours: in place when they are few, as they are for
  /// most vertices (the standard sort allocates); a fan-out's many with the standard sort.
  static func insertionSort(_ values: inout [Int]) {
    guard values.count > 1 else { return }
    guard values.count <= 24 else {
      values.sort()
      return
    }
    for index in 1..<values.count {
      let value = values[index]
      var slot = index
      while slot > 0 && values[slot - 1] > value {
        values[slot] = values[slot - 1]
        slot -= 1
      }
      values[slot] = value
    }
  }
}

/// The crossings of one vertex `v` with every other vertex of its layer, for sifting: how many
/// of `v`'s neighbours stand above each position of the adjacent layers, counted once, so each
/// other vertex `u` costs a lookup per neighbour of `u` instead of a comparison with every
/// neighbour of `v` — the same numbers as `pairCrossings(u, v)`, in time linear in the layer.
struct SiftCounter {
  /// For each side, `before[p]`: neighbours of `v` at positions below `p`; `at[p]`: at `p`.
  private var upperBefore: [Int] = []
  private var upperAt: [Int] = []
  private var lowerBefore: [Int] = []
  private var lowerAt: [Int] = []
  private var upperDegree = 0
  private var lowerDegree = 0

  mutating func prepare(_ graph: LayeredGraph, _ v: Int, widths: (upper: Int, lower: Int)) {
    upperDegree = Self.fill(
      &upperBefore, &upperAt, width: widths.upper, graph.position,
      graph.flatUpper[graph.upperStart[v]..<graph.upperStart[v + 1]])
    lowerDegree = Self.fill(
      &lowerBefore, &lowerAt, width: widths.lower, graph.position,
      graph.flatLower[graph.lowerStart[v]..<graph.lowerStart[v + 1]])
  }

  private static func fill(
    _ before: inout [Int], _ at: inout [Int], width: Int, _ position: [Int],
    _ neighbours: ArraySlice<Int>
  ) -> Int {
    before.removeAll(keepingCapacity: true)
    before.append(contentsOf: repeatElement(0, count: width + 1))
    at.removeAll(keepingCapacity: true)
    at.append(contentsOf: repeatElement(0, count: width + 1))
    for neighbour in neighbours { at[position[neighbour]] += 1 }
    for index in 0..<width { before[index + 1] = before[index] + at[index] }
    return neighbours.count
  }

  /// Crossings of `u`'s edges with `v`'s: with `u` above `v` (`above`) and below it (`below`).
  func crossings(_ graph: LayeredGraph, _ u: Int) -> (above: Int, below: Int) {
    var above = 0
    var below = 0
    for i in graph.upperStart[u]..<graph.upperStart[u + 1] {
      let a = graph.position[graph.flatUpper[i]]
      above += upperBefore[a]
      below += upperDegree - upperBefore[a] - upperAt[a]
    }
    for i in graph.lowerStart[u]..<graph.lowerStart[u + 1] {
      let a = graph.position[graph.flatLower[i]]
      above += lowerBefore[a]
      below += lowerDegree - lowerBefore[a] - lowerAt[a]
    }
    return (above, below)
  }
}
