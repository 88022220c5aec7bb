/// Each node's ancestors as a bit set, filled in topological order: cheap reachability questions
/// for the redundancy check, even on flows of thousands of environments.
struct Ancestors {
  let words: Int
  var bits: [UInt64]

  init(_ graph: FlowGraph) {
    let count = graph.names.count
    words = (count + 63) / 64
    bits = Array(repeating: 0, count: count * words)
    let parents = Waves.acyclicParents(graph)
    var order: [Int] = []
    var state = Array(repeating: 0, count: count)
    for root in 0..<count where state[root] == 0 {
      var stack: [(Int, Bool)] = [(root, false)]
      while let (node, expanded) = stack.popLast() {
        if expanded {
          state[node] = 2
          order.append(node)
          continue
        }
        if state[node] != 0 { continue }
        state[node] = 1
        stack.append((node, true))
        for parent in parents[node] where state[parent] == 0 { stack.append((parent, false)) }
      }
    }
    for node in order {
      for parent in parents[node] {
        for word in 0..<words { bits[node * words + word] |= bits[parent * words + word] }
        bits[node * words + parent / 64] |= 1 << UInt64(parent % 64)
      }
    }
  }

  /// True when `ancestor` is upstream of `node`.
  func contains(_ ancestor: Int, in node: Int) -> Bool {
    bits[node * words + ancestor / 64] & (1 << UInt64(ancestor % 64)) != 0
  }

  /// Everything upstream of any of `nodes`, as one bit set.
  func union(of nodes: [Int]) -> [UInt64] {
    var union = [UInt64](repeating: 0, count: words)
    for node in nodes {
      for word in 0..<words { union[word] |= bits[node * words + word] }
    }
    return union
  }

  /// True when `node` is in the bit set `set`.
  static func contains(_ node: Int, in set: [UInt64]) -> Bool {
    set[node / 64] & (1 << UInt64(node % 64)) != 0
  }
}
