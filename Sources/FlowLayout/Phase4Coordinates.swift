/// Phase 4 — vertical coordinates. Each vertex wants its port row level with the median port row
/// of its neighbours (so connectors run straight); within a column the order and the spacing are
/// fixed. Each column's placement is the weighted least-squares fit under those constraints —
/// isotonic regression, solved exactly by pooling adjacent violators — swept left to right and
/// back a few times. Dummies weigh more, so long edges come out straight.
enum CoordinatePhase {
  static let sweeps = 6

  static func run(_ graph: LayeredGraph) -> [Int] {
    var y = Array(repeating: 0, count: graph.vertices.count)
    for layer in graph.layers {
      var row = 0
      for (index, vertex) in layer.enumerated() {
        y[vertex] = row
        if index + 1 < layer.count { row += separation(graph, vertex, layer[index + 1]) }
      }
    }
    guard graph.layers.count > 1 else { return y }
    for sweep in 0..<sweeps {
      let down = sweep % 2 == 0
      let order =
        down ? Array(1..<graph.layers.count) : Array((0..<(graph.layers.count - 1)).reversed())
      for index in order { place(graph, layer: index, y: &y, useUpper: down, useLower: !down) }
    }
    for index in graph.layers.indices {
      place(graph, layer: index, y: &y, useUpper: true, useLower: true)
    }
    let top = y.min() ?? 0
    return y.map { $0 - top }
  }

  /// Rows from the top of `upper` to the top of `lower` when `lower` follows it in a column.
  static func separation(_ graph: LayeredGraph, _ upper: Int, _ lower: Int) -> Int {
    let gap = graph.vertices[upper].isDummy && graph.vertices[lower].isDummy ? 0 : 1
    return graph.vertices[upper].height + gap
  }

  static func place(
    _ graph: LayeredGraph, layer index: Int, y: inout [Int], useUpper: Bool, useLower: Bool
  ) {
    let layer = graph.layers[index]
    guard !layer.isEmpty else { return }
    var targets: [Double] = []
    var weights: [Double] = []
    var offsets: [Int] = []
    var offset = 0
    for (position, vertex) in layer.enumerated() {
      var rows: [Int] = []
      if useUpper { rows += graph.upper[vertex].map { y[$0] + graph.portOffset($0) } }
      if useLower { rows += graph.lower[vertex].map { y[$0] + graph.portOffset($0) } }
      rows.sort()
      let desired: Double
      let weight: Double
      if rows.isEmpty {
        desired = Double(y[vertex])
        weight = 0.25
      } else {
        let middle = rows.count / 2
        let port =
          rows.count % 2 == 1 ? Double(rows[middle]) : Double(rows[middle - 1] + rows[middle]) / 2
        desired = port - Double(graph.portOffset(vertex))
        weight = graph.vertices[vertex].isDummy ? 4 : Double(rows.count)
      }
      offsets.append(offset)
      targets.append(desired - Double(offset))
      weights.append(weight)
      if position + 1 < layer.count { offset += separation(graph, vertex, layer[position + 1]) }
    }
    let fitted = isotonicFit(targets, weights: weights)
    for (position, vertex) in layer.enumerated() {
      y[vertex] = Int(fitted[position].rounded(.down)) + offsets[position]
    }
  }

  /// The non-decreasing sequence closest to `values` in weighted least squares (pool adjacent
  /// violators).
  static func isotonicFit(_ values: [Double], weights: [Double]) -> [Double] {
    var blocks: [(weight: Double, sum: Double, count: Int)] = []
    for (value, weight) in zip(values, weights) {
      blocks.append((weight, weight * value, 1))
      while blocks.count > 1 {
        let last = blocks[blocks.count - 1]
        let previous = blocks[blocks.count - 2]
        guard previous.sum / previous.weight > last.sum / last.weight else { break }
        blocks.removeLast(2)
        blocks.append(
          (previous.weight + last.weight, previous.sum + last.sum, previous.count + last.count))
      }
    }
    return blocks.flatMap { Array(repeating: $0.sum / $0.weight, count: $0.count) }
  }
}
