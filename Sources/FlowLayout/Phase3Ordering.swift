/// Phase 3 — order within ranks. Crossings are reduced by median sweeps (each vertex goes to the
/// median position of its neighbours in the rank just fixed) followed by transposition of
/// neighbours, alternating down and up, then by sifting (each vertex tries every position in its
/// rank); the best order seen is kept. It starts from the order a depth-first walk in file order
/// finds, from a breadth-first one, and — for graphs small enough to afford it — from a few
/// seeded shuffles, so the result is deterministic and ties follow the file.
///
/// With a previous layout, boxes that were there keep their relative order: new boxes and long
/// edges move around them, and a new box starts next to what it depends on.
enum OrderingPhase {
  static let iterations = 24

  /// Fewer sweeps for very big graphs, where each costs more and gains less.
  static func iterations(for graph: LayeredGraph) -> Int {
    graph.vertices.count > 2_000 ? 6 : graph.vertices.count > 1_500 ? 12 : iterations
  }

  static func run(_ graph: inout LayeredGraph, nodes: [LayoutNode], previous: Layout?) {
    if let previous {
      let fixed = stableOrder(&graph, nodes: nodes, previous: previous)
      improve(&graph, fixed: fixed, iterations: iterations(for: graph), patience: 4)
      return
    }
    let noneFixed = Array(repeating: false, count: graph.vertices.count)
    var best: [[Int]]?
    var bestCrossings = Int.max
    let isBig = graph.vertices.count > 2_000
    var starts =
      isBig ? [depthFirstOrder(graph)] : [depthFirstOrder(graph), breadthFirstOrder(graph)]
    var random = SeededRandom(seed: 0x5EED)
    let budget = restartBudget(vertices: graph.vertices.count)
    for _ in 0..<(budget / 4) {
      starts.append(Array(0..<graph.vertices.count).shuffled(using: &random))
    }
    for start in starts {
      var candidate = graph
      candidate.layers = sortLayers(graph.layers, by: start)
      candidate.updatePositions()
      improve(&candidate, fixed: noneFixed, iterations: iterations(for: graph))
      let crossings = totalCrossings(candidate)
      if crossings < bestCrossings {
        bestCrossings = crossings
        best = candidate.layers
      }
      if crossings == 0 { break }
    }
    for _ in 0..<(bestCrossings > 0 ? budget : 0) {
      guard let layers = best else { break }
      var candidate = graph
      candidate.layers = layers.map { layer in
        var perturbed = layer
        for _ in 0..<(layer.count / 5) {
          let from = Int.random(in: 0..<layer.count, using: &random)
          let to = Int.random(in: 0..<layer.count, using: &random)
          perturbed.insert(perturbed.remove(at: from), at: to)
        }
        return perturbed
      }
      candidate.updatePositions()
      improve(&candidate, fixed: noneFixed, iterations: 8)
      let crossings = totalCrossings(candidate)
      if crossings < bestCrossings {
        bestCrossings = crossings
        best = candidate.layers
      }
    }
    if let best { graph.layers = best }
    graph.updatePositions()
  }

  /// How many seeded restarts a fresh layout tries: many on the small graphs most flows make
  /// (each costs little there and they keep crossings under dot's), fewer as a graph grows, none
  /// on very big ones.
  static func restartBudget(vertices: Int) -> Int {
    if vertices > 2_000 { return 0 }
    if vertices <= 400 { return min(48, 12_000 / max(vertices, 1)) }
    return min(24, 6_000 / vertices)
  }

  static func sortLayers(_ layers: [[Int]], by key: [Int]) -> [[Int]] {
    layers.map { layer in layer.sorted { (key[$0], $0) < (key[$1], $1) } }
  }

  /// Discovery order of a depth-first walk from each box in file order, children in edge order.
  static func depthFirstOrder(_ graph: LayeredGraph) -> [Int] {
    var order = Array(repeating: Int.max, count: graph.vertices.count)
    var counter = 0
    let roots = graph.vertices.indices.filter { !graph.vertices[$0].isDummy }
    for root in roots where order[root] == Int.max {
      var stack = [root]
      while let vertex = stack.popLast() {
        guard order[vertex] == Int.max else { continue }
        order[vertex] = counter
        counter += 1
        for child in graph.lower[vertex].reversed() where order[child] == Int.max {
          stack.append(child)
        }
      }
    }
    return order
  }

  static func breadthFirstOrder(_ graph: LayeredGraph) -> [Int] {
    var order = Array(repeating: Int.max, count: graph.vertices.count)
    var counter = 0
    for root in graph.vertices.indices where !graph.vertices[root].isDummy && order[root] == Int.max
    {
      var queue = [root]
      var head = 0
      order[root] = counter
      counter += 1
      while head < queue.count {
        for child in graph.lower[queue[head]] where order[child] == Int.max {
          order[child] = counter
          counter += 1
          queue.append(child)
        }
        head += 1
      }
    }
    return order
  }

  /// Median sweeps with transposition; keeps the best order found. With `patience`, stops after
  /// that many sweeps in a row found nothing better (an order kept from the previous layout
  /// starts near its best, so the rest of the sweeps would only cost time).
  static func improve(
    _ graph: inout LayeredGraph, fixed: [Bool], iterations: Int, patience: Int? = nil
  ) {
    var bestLayers = graph.layers
    var bestCrossings = totalCrossings(graph)
    guard bestCrossings > 0, graph.layers.count > 1 else { return }
    var sinceBetter = 0
    var scratch: [Int] = []
    let movable = movableLayers(graph, fixed: fixed)
    for iteration in 0..<iterations {
      if let patience, sinceBetter >= patience { break }
      sinceBetter += 1
      let down = iteration % 2 == 0
      let range: [Int] =
        down ? Array(1..<graph.layers.count) : Array((0..<(graph.layers.count - 1)).reversed())
      for layerIndex in range where movable[layerIndex] {
        reorder(
          &graph, layer: layerIndex, byUpper: down, fixed: fixed, barycenter: iteration % 4 >= 2,
          scratch: &scratch)
      }
      transpose(&graph, fixed: fixed, acceptEqual: iteration % 4 == 1)
      if iteration % 2 == 1 && graph.vertices.count <= 1_500 { sift(&graph, fixed: fixed) }
      let crossings = totalCrossings(graph)
      if crossings < bestCrossings {
        bestCrossings = crossings
        bestLayers = graph.layers
        sinceBetter = 0
        if crossings == 0 { break }
      }
    }
    graph.layers = bestLayers
    graph.updatePositions()
    for _ in 0..<(graph.vertices.count > 2_000 ? 1 : 8) {
      sift(&graph, fixed: fixed)
      transpose(&graph, fixed: fixed)
      let crossings = totalCrossings(graph)
      guard crossings < bestCrossings else { break }
      bestCrossings = crossings
      bestLayers = graph.layers
    }
    graph.layers = bestLayers
    graph.updatePositions()
  }

  /// Sorts one layer by the median position of each vertex's neighbours in the adjacent layer.
  static func reorder(
    _ graph: inout LayeredGraph, layer index: Int, byUpper: Bool, fixed: [Bool], barycenter: Bool,
    scratch: inout [Int]
  ) {
    let layer = graph.layers[index]
    var keyed: [(value: Double, position: Int, vertex: Int)] = []
    keyed.reserveCapacity(layer.count)
    let flat = byUpper ? graph.flatUpper : graph.flatLower
    let start = byUpper ? graph.upperStart : graph.lowerStart
    for vertex in layer {
      scratch.removeAll(keepingCapacity: true)
      var sum = 0
      for slot in start[vertex]..<start[vertex + 1] {
        let position = graph.position[flat[slot]]
        scratch.append(position)
        sum += position
      }
      insertionSort(&scratch)
      let mean = scratch.isEmpty ? nil : Double(sum) / Double(scratch.count)
      keyed.append(
        (
          (barycenter ? mean : median(scratch)) ?? Double(graph.position[vertex]),
          graph.position[vertex], vertex
        ))
    }
    keyed.sort { ($0.value, $0.position) < ($1.value, $1.position) }
    var sorted = keyed.map(\.vertex)
    if layer.contains(where: { fixed[$0] }) {
      let slots = sorted.indices.filter { fixed[sorted[$0]] }
      let keptOrder = layer.filter { fixed[$0] }
      for (slot, vertex) in zip(slots, keptOrder) { sorted[slot] = vertex }
    }
    graph.layers[index] = sorted
    for (position, vertex) in sorted.enumerated() { graph.position[vertex] = position }
  }

  /// The weighted median of sorted positions (Gansner et al.), nil when there are none.
  static func median(_ positions: [Int]) -> Double? {
    let count = positions.count
    guard count > 0 else { return nil }
    let middle = count / 2
    if count % 2 == 1 { return Double(positions[middle]) }
    if count == 2 { return Double(positions[0] + positions[1]) / 2 }
    let left = Double(positions[middle - 1] - positions[0])
    let right = Double(positions[count - 1] - positions[middle])
    guard left + right > 0 else { return Double(positions[middle - 1] + positions[middle]) / 2 }
    return (Double(positions[middle - 1]) * right + Double(positions[middle]) * left)
      / (left + right)
  }

  /// The layers with a vertex that may move: the others are left as they are (after an edit,
  /// most of a big drawing).
  static func movableLayers(_ graph: LayeredGraph, fixed: [Bool]) -> [Bool] {
    graph.layers.map { layer in layer.contains { !fixed[$0] } }
  }

  /// Swaps neighbours in a layer while that removes crossings; with `acceptEqual`, also when it
  /// keeps them equal (to walk off a plateau).
  static func transpose(_ graph: inout LayeredGraph, fixed: [Bool], acceptEqual: Bool = false) {
    let movable = movableLayers(graph, fixed: fixed)
    var dirty = movable
    var passes = 0
    let maximumPasses = acceptEqual ? 1 : graph.vertices.count > 2_000 ? 3 : 8
    while dirty.contains(true) && passes < maximumPasses {
      passes += 1
      var next = Array(repeating: false, count: graph.layers.count)
      for index in graph.layers.indices where dirty[index] {
        var layer = graph.layers[index]
        guard layer.count > 1 else { continue }
        var changed = false
        for position in 0..<(layer.count - 1) {
          let v = layer[position]
          let w = layer[position + 1]
          if fixed[v] && fixed[w] { continue }
          let (current, swapped) = pairCrossings(graph, v, w)
          if swapped < current || (acceptEqual && current > 0 && swapped == current) {
            layer.swapAt(position, position + 1)
            graph.position[v] = position + 1
            graph.position[w] = position
            changed = true
          }
        }
        graph.layers[index] = layer
        if changed {
          for neighbour in max(0, index - 1)...min(graph.layers.count - 1, index + 1) {
            next[neighbour] = movable[neighbour]
          }
        }
      }
      dirty = next
    }
  }
}
