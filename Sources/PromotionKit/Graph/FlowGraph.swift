/// The dependency graph of a flow — an edge runs from each `dependsOn` entry to the step that
/// waits for it — with the questions layout, validation and edits ask of it. Names that are not
/// environments of the flow, self-loops and edges that close a cycle are set aside, so even a
/// broken flow has waves to draw.
public struct FlowGraph: Sendable {
  /// The trigger (if any) first, then the steps in file order; duplicates appear once.
  public let names: [String]
  public let index: [String: Int]
  /// For each node, the nodes it waits for (known names only, duplicates dropped).
  public let parents: [[Int]]
  public let children: [[Int]]
  public let triggerIndex: Int?

  public init(_ flow: PromotionFlow) {
    let capacity = flow.steps.count + 1
    var names: [String] = []
    names.reserveCapacity(capacity)
    var index: [String: Int] = [:]
    index.reserveCapacity(capacity)
    func add(_ name: String) {
      if index[name] == nil {
        index[name] = names.count
        names.append(name)
      }
    }
    if !flow.triggerEnvironment.isEmpty { add(flow.triggerEnvironment) }
    for step in flow.steps { add(step.environment) }
    let trigger = index[flow.triggerEnvironment]
    var parents = Array(repeating: [Int](), count: names.count)
    var children = Array(repeating: [Int](), count: names.count)
    var seenSteps = Array(repeating: false, count: names.count)
    for step in flow.steps {
      guard let node = index[step.environment], node != trigger, !seenSteps[node] else { continue }
      seenSteps[node] = true
      parents[node].reserveCapacity(step.dependsOn.count)
      for dependency in step.dependsOn {
        guard let parent = index[dependency], parent != node, !parents[node].contains(parent) else {
          continue
        }
        parents[node].append(parent)
        children[parent].append(node)
      }
    }
    self.names = names
    self.index = index
    self.parents = parents
    self.children = children
    self.triggerIndex = flow.triggerEnvironment.isEmpty ? nil : trigger
  }

  /// True when `from` reaches `to` by following edges (a node reaches itself).
  public func reaches(_ from: String, _ to: String) -> Bool {
    path(from: from, to: to) != nil
  }

  /// The shortest chain of names from `from` to `to` along edges, both included.
  public func path(from: String, to: String) -> [String]? {
    guard let start = index[from], let goal = index[to] else { return nil }
    if start == goal { return [from] }
    var previous = [Int: Int]()
    var queue = [start]
    var head = 0
    var visited = Set([start])
    while head < queue.count {
      let node = queue[head]
      head += 1
      for child in children[node] where visited.insert(child).inserted {
        previous[child] = node
        if child == goal {
          var chain = [goal]
          var current = goal
          while let back = previous[current] {
            chain.append(back)
            current = back
          }
          return chain.reversed().map { names[$0] }
        }
        queue.append(child)
      }
    }
    return nil
  }

  /// Every node reachable from `name`, not including it, in breadth-first order.
  public func downstream(of name: String) -> [String] {
    guard let start = index[name] else { return [] }
    var visited = Set([start])
    var queue = [start]
    var head = 0
    while head < queue.count {
      for child in children[queue[head]] where visited.insert(child).inserted {
        queue.append(child)
      }
      head += 1
    }
    return queue.dropFirst().map { names[$0] }
  }

  /// The cycles of the graph, each as the names along it with the first repeated at the end
  /// (`qa → staging → qa`), one per strongly connected component, in file order.
  public func cycles() -> [[String]] {
    var result: [[String]] = []
    for component in stronglyConnectedComponents() where component.count > 1 {
      guard let start = component.min() else { continue }
      let members = Set(component)
      var chain = [start]
      var visited: Set<Int> = [start]
      var current = start
      while true {
        guard let next = children[current].first(where: { members.contains($0) }) else { break }
        if next == start || !visited.insert(next).inserted {
          if let loopStart = chain.firstIndex(of: next) { chain = Array(chain[loopStart...]) }
          chain.append(next)
          break
        }
        chain.append(next)
        current = next
      }
      result.append(chain.map { names[$0] })
    }
    return result.sorted { (index[$0[0]] ?? 0) < (index[$1[0]] ?? 0) }
  }

  /// Tarjan's algorithm, iteratively (deep chains must not exhaust the stack).
  func stronglyConnectedComponents() -> [[Int]] {
    let count = names.count
    var indexOf = Array(repeating: -1, count: count)
    var lowLink = Array(repeating: 0, count: count)
    var onStack = Array(repeating: false, count: count)
    var stack: [Int] = []
    var components: [[Int]] = []
    var counter = 0
    for root in 0..<count where indexOf[root] < 0 {
      var work: [(node: Int, next: Int)] = [(root, 0)]
      indexOf[root] = counter
      lowLink[root] = counter
      counter += 1
      stack.append(root)
      onStack[root] = true
      while let (node, next) = work.last {
        if next < children[node].count {
          work[work.count - 1].next += 1
          let child = children[node][next]
          if indexOf[child] < 0 {
            indexOf[child] = counter
            lowLink[child] = counter
            counter += 1
            stack.append(child)
            onStack[child] = true
            work.append((child, 0))
          } else if onStack[child] {
            lowLink[node] = min(lowLink[node], indexOf[child])
          }
        } else {
          work.removeLast()
          if let parent = work.last?.node { lowLink[parent] = min(lowLink[parent], lowLink[node]) }
          if lowLink[node] == indexOf[node] {
            var component: [Int] = []
            while let member = stack.popLast() {
              onStack[member] = false
              component.append(member)
              if member == node { break }
            }
            components.append(component)
          }
        }
      }
    }
    return components
  }
}
