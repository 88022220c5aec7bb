/// Phase 5 — columns and connectors. Columns are as wide as their widest box; between two columns
/// runs a channel. Every connector leaves its source's right side at the box's port row and
/// enters its target's left side at the target's port row with an arrowhead. In the channel, all
/// connectors of one source share a vertical trunk on a track of their own (fan-out); connectors
/// into one target share its entry line (fan-in). Tracks are given so that no two trunks overlap
/// and no horizontal line runs along another source's line; when two connectors would need each
/// other's rows, the target column is nudged down a row.
enum RoutingPhase {
  struct Channel {
    var tracks = 0
    var track: [Int: Int] = [:]

    /// Columns between neighbouring trunks: a blank column between them, except in busy channels
    /// where trunks sit side by side to keep the drawing narrow.
    var spacing: Int { tracks > 4 ? 1 : 2 }

    /// The channel's width: margins, trunks and the arrowhead column.
    var width: Int { spacing * tracks + 4 }

    /// The x of a track, counted from the channel's left edge.
    func offset(ofTrack track: Int) -> Int { 2 + spacing * track }
  }

  static func run(
    _ graph: LayeredGraph, y: inout [Int], nodes: [LayoutNode], edges: [LayoutEdge],
    skipped: [LayoutEdge]
  ) -> Layout {
    let layerCount = graph.layers.count
    var channels = Array(repeating: Channel(), count: max(0, layerCount - 1))
    for index in 0..<max(0, layerCount - 1) {
      var attempts = 0
      while true {
        if let channel = assignTracks(graph, y: y, layer: index) {
          channels[index] = channel
          break
        }
        attempts += 1
        if attempts > 64 { break }
        nudge(graph, y: &y, layer: index)
      }
    }
    let widths = graph.layers.map { layer in
      max(
        1,
        layer.compactMap { graph.vertices[$0].isDummy ? nil : graph.vertices[$0].width }.max() ?? 1)
    }
    var columnX: [Int] = []
    var x = 0
    for index in 0..<layerCount {
      columnX.append(x)
      x += widths[index] + (index < channels.count ? channels[index].width : 0)
    }
    func port(_ vertex: Int) -> Int { y[vertex] + graph.portOffset(vertex) }
    func right(_ vertex: Int) -> Int {
      let rank = graph.vertices[vertex].rank
      return columnX[rank]
        + (graph.vertices[vertex].isDummy ? widths[rank] : graph.vertices[vertex].width)
    }
    var routed: [RoutedEdge] = []
    for (edgeIndex, edge) in edges.enumerated() {
      guard let chain = graph.chains[edgeIndex] else { continue }
      var points: [Point] = []
      for (u, v) in zip(chain, chain.dropFirst()) {
        let rank = graph.vertices[u].rank
        let start = Point(right(u), port(u))
        let endX = graph.vertices[v].isDummy ? columnX[rank + 1] : columnX[rank + 1] - 1
        let end = Point(endX, port(v))
        points.append(start)
        if let track = channels[rank].track[u] {
          let trackX = columnX[rank] + widths[rank] + channels[rank].offset(ofTrack: track)
          points.append(Point(trackX, start.y))
          points.append(Point(trackX, end.y))
        }
        points.append(end)
      }
      routed.append(
        RoutedEdge(from: nodes[edge.from].id, to: nodes[edge.to].id, points: simplified(points)))
    }
    var placed: [PlacedNode] = []
    for layer in graph.layers {
      var order = 0
      for vertex in layer {
        guard let node = graph.vertices[vertex].node else { continue }
        let rank = graph.vertices[vertex].rank
        placed.append(
          PlacedNode(
            id: nodes[node].id, x: columnX[rank], y: y[vertex], width: nodes[node].width,
            height: graph.vertices[vertex].height, rank: rank, order: order))
        order += 1
      }
    }
    let width = (columnX.last ?? 0) + (widths.last ?? 0)
    let height = graph.vertices.indices.map { y[$0] + graph.vertices[$0].height }.max() ?? 0
    var layout = Layout(
      nodes: placed, edges: routed, width: width, height: height, skippedEdges: skipped)
    for (edgeIndex, chain) in graph.chains where chain.count > 2 {
      let edge = edges[edgeIndex]
      layout.longEdgeRows[Layout.LongEdge(from: nodes[edge.from].id, to: nodes[edge.to].id)] =
        chain.dropFirst().dropLast().map { Double(y[$0]) + Double(graph.position[$0]) * 1e-3 }
    }
    return layout
  }

  /// Tracks for the sources of the channel after `layer`, or nil when two of them would each need
  /// the other's row (then the target column must move).
  static func assignTracks(_ graph: LayeredGraph, y: [Int], layer: Int) -> Channel? {
    func port(_ vertex: Int) -> Int { y[vertex] + graph.portOffset(vertex) }
    let sources = graph.layers[layer].filter { vertex in
      let targets = graph.lower[vertex]
      return !targets.isEmpty && !(targets.count == 1 && port(targets[0]) == port(vertex))
    }
    let count = sources.count
    var channel = Channel()
    guard count > 0 else { return channel }
    let ports = sources.map(port)
    let rows = TargetRows(graph, sources: sources, port: port)
    let spans = (0..<count).map { index in
      let targets = rows[index]
      return min(
        ports[index], targets.first ?? ports[index])...max(
          ports[index], targets.last ?? ports[index])
    }
    let (successors, predecessors, waiting) = precedence(ports: ports, rows: rows)
    var pending = waiting
    // Sources whose lines go down are placed lower-first, those going up upper-first, so that the
    // usual fan-outs do not cross their own trunks.
    let keys = (0..<count).map { index -> (Int, Int) in
      let targets = rows[index]
      let goesDown = targets.reduce(0, +) >= ports[index] * targets.count
      return goesDown ? (0, -ports[index]) : (1, ports[index])
    }
    let ordered = (0..<count).sorted { (keys[$0].0, keys[$0].1, $0) < (keys[$1].0, keys[$1].1, $1) }
    var rankOf = Array(repeating: 0, count: count)
    for (rank, index) in ordered.enumerated() { rankOf[index] = rank }
    var placed = Array(repeating: false, count: count)
    var trackOf = Array(repeating: -1, count: count)
    var occupied: [[Int]] = []
    /// Two trunks may share a track when they touch only at the one row both enter and neither
    /// goes anywhere else (a pure fan-in), so a shared line never suggests a connection that is
    /// not there.
    func compatible(_ a: Int, _ b: Int) -> Bool {
      guard spans[a].overlaps(spans[b]) else { return true }
      let low = max(spans[a].lowerBound, spans[b].lowerBound)
      let high = min(spans[a].upperBound, spans[b].upperBound)
      return low == high && rows.isOnly(low, of: a) && rows.isOnly(low, of: b)
    }
    var placedCount = 0
    var cursor = 0
    while placedCount < count {
      while cursor < count && (placed[ordered[cursor]] || pending[ordered[cursor]] > 0) {
        cursor += 1
      }
      guard cursor < count else { return nil }
      let index = ordered[cursor]
      placed[index] = true
      placedCount += 1
      var track = predecessors[index].map { trackOf[$0] + 1 }.max() ?? 0
      while track < occupied.count && !occupied[track].allSatisfy({ compatible($0, index) }) {
        track += 1
      }
      if track == occupied.count { occupied.append([]) }
      occupied[track].append(index)
      trackOf[index] = track
      for next in successors[index] {
        pending[next] -= 1
        if pending[next] == 0 { cursor = min(cursor, rankOf[next]) }
      }
    }
    channel.track.reserveCapacity(count)
    for index in 0..<count { channel.track[sources[index]] = trackOf[index] }
    channel.tracks = occupied.count
    return channel
  }

  /// A source must stand left of every other source whose lines enter a row it leaves from:
  /// for each source, those that must come after it, those before it, and how many are before.
  static func precedence(ports: [Int], rows: TargetRows) -> (
    successors: [[Int]], predecessors: [[Int]], pending: [Int]
  ) {
    let count = ports.count
    var successors = Array(repeating: [Int](), count: count)
    var predecessors = Array(repeating: [Int](), count: count)
    var pending = Array(repeating: 0, count: count)
    var sourceAtRow: [Int: Int] = [:]
    sourceAtRow.reserveCapacity(count)
    for index in 0..<count { sourceAtRow[ports[index]] = index }
    for other in 0..<count {
      for row in rows[other] {
        guard let source = sourceAtRow[row], source != other else { continue }
        successors[source].append(other)
        predecessors[other].append(source)
        pending[other] += 1
      }
    }
    return (successors, predecessors, pending)
  }

  /// Moves a target down a row (with everything below it in its column) to break a conflict.
  static func nudge(_ graph: LayeredGraph, y: inout [Int], layer: Int) {
    func port(_ vertex: Int) -> Int { y[vertex] + graph.portOffset(vertex) }
    let sourceRows = Set(graph.layers[layer].filter { !graph.lower[$0].isEmpty }.map(port))
    let next = graph.layers[layer + 1]
    guard
      let index = next.firstIndex(where: {
        !graph.upper[$0].isEmpty && sourceRows.contains(port($0))
      })
    else { return }
    for vertex in next[index...] { y[vertex] += 1 }
  }

  /// Drops repeated points and points in the middle of a straight run.
  static func simplified(_ points: [Point]) -> [Point] {
    var result: [Point] = []
    for point in points {
      if result.last == point { continue }
      if result.count >= 2 {
        let a = result[result.count - 2]
        let b = result[result.count - 1]
        if (a.x == b.x && b.x == point.x) || (a.y == b.y && b.y == point.y) {
          result[result.count - 1] = point
          continue
        }
      }
      result.append(point)
    }
    return result
  }
}
