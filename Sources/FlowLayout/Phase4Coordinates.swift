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
    var fit = ColumnFit(graph)
    for sweep in 0..<sweeps {
      let down = sweep % 2 == 0
      let order =
        down ? Array(1..<graph.layers.count) : Array((0..<(graph.layers.count - 1)).reversed())
      for index in order { fit.place(graph, layer: index, y: &y, useUpper: down, useLower: !down) }
    }
    for index in graph.layers.indices {
      fit.place(graph, layer: index, y: &y, useUpper: true, useLower: true)
    }
    let top = y.min() ?? 0
    return y.map { $0 - top }
  }

  /// Rows from the top of `upper` to the top of `lower` when `lower` follows it in a column.
  static func separation(_ graph: LayeredGraph, _ upper: Int, _ lower: Int) -> Int {
    let gap = graph.vertices[upper].isDummy && graph.vertices[lower].isDummy ? 0 : 1
    return graph.vertices[upper].height + gap
  }
}

/// Places one column at a time, in buffers kept from column to column (a sweep places every
/// column several times, so nothing is allocated per vertex).
struct ColumnFit {
  var portOffsets: [Int]
  var rows: [Int] = []
  var targets: [Double] = []
  var weights: [Double] = []
  var offsets: [Int] = []
  var blocks: [(weight: Double, sum: Double, count: Int)] = []

  init(_ graph: LayeredGraph) {
    portOffsets = graph.vertices.indices.map(graph.portOffset)
  }

  /// Moves the column's vertices as near as their order and spacing allow to the median port
  /// row of their neighbours on the sides asked for.
  mutating func place(
    _ graph: LayeredGraph, layer index: Int, y: inout [Int], useUpper: Bool, useLower: Bool
  ) {
    let layer = graph.layers[index]
    guard !layer.isEmpty else { return }
    targets.removeAll(keepingCapacity: true)
    weights.removeAll(keepingCapacity: true)
    offsets.removeAll(keepingCapacity: true)
    var offset = 0
    for (position, vertex) in layer.enumerated() {
      rows.removeAll(keepingCapacity: true)
      if useUpper { gather(graph.flatUpper, graph.upperStart, vertex, y) }
      if useLower { gather(graph.flatLower, graph.lowerStart, vertex, y) }
      OrderingPhase.insertionSort(&rows)
      let desired: Double
      let weight: Double
      if rows.isEmpty {
        desired = Double(y[vertex])
        weight = 0.25
      } else {
        let middle = rows.count / 2
        let port =
          rows.count % 2 == 1 ? Double(rows[middle]) : Double(rows[middle - 1] + rows[middle]) / 2
        desired = port - Double(portOffsets[vertex])
        weight = graph.vertices[vertex].isDummy ? 4 : Double(rows.count)
      }
      offsets.append(offset)
      targets.append(desired - Double(offset))
      weights.append(weight)
      if position + 1 < layer.count {
        offset += CoordinatePhase.separation(graph, vertex, layer[position + 1])
      }
    }
    fitIsotonic()
    var position = 0
    for block in blocks {
      let value = Int((block.sum / block.weight).rounded(.down))
      for _ in 0..<block.count {
        y[layer[position]] = value + offsets[position]
        position += 1
      }
    }
  }

  /// The port rows of `vertex`'s neighbours in one flat neighbour list.
  mutating func gather(_ flat: [Int], _ start: [Int], _ vertex: Int, _ y: [Int]) {
    for index in start[vertex]..<start[vertex + 1] {
      let neighbour = flat[index]
      rows.append(y[neighbour] + portOffsets[neighbour])
    }
  }

  /// The non-decreasing sequence closest to `targets` in weighted least squares (pool adjacent
  /// violators), as blocks of equal values.
  mutating func fitIsotonic() {
    blocks.removeAll(keepingCapacity: true)
    for (value, weight) in zip(targets, weights) {
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
  }
}
