/// The rows each source of a channel sends connectors to, distinct and sorted, in one flat list
/// (source `i`'s are `rows[start[i]..<start[i + 1]]`): one array per channel instead of one per
/// source.
struct TargetRows {
  private var rows: [Int] = []
  private var start = [0]

  init(_ graph: LayeredGraph, sources: [Int], port: (Int) -> Int) {
    start.reserveCapacity(sources.count + 1)
    for source in sources {
      let first = rows.count
      for target in graph.lower[source] { rows.append(port(target)) }
      rows[first...].sort()
      var kept = first
      for index in first..<rows.count where kept == first || rows[kept - 1] != rows[index] {
        rows[kept] = rows[index]
        kept += 1
      }
      rows.removeLast(rows.count - kept)
      start.append(rows.count)
    }
  }

  /// The target rows of the source at `index` of the channel's sources.
  subscript(index: Int) -> ArraySlice<Int> { rows[start[index]..<start[index + 1]] }

  /// Whether the source at `index` sends connectors to `row` and nowhere else.
  func isOnly(_ row: Int, of index: Int) -> Bool {
    start[index + 1] - start[index] == 1 && rows[start[index]] == row
  }
}
