/// The working graph of the layered layout: the real boxes plus one dummy vertex for every rank a
/// long edge passes through, so that every segment joins adjacent ranks and a long edge has its
/// own slot in each column it crosses (it never runs through a box).
struct LayeredGraph {
  struct Vertex {
    var rank: Int
    var width: Int
    var height: Int
    /// The input node, for a box; nil for a dummy.
    var node: Int?
    /// The input edge a dummy carries.
    var edge: Int?
    var isDummy: Bool { node == nil }
  }

  var vertices: [Vertex] = []
  /// Vertex ids of each rank, top to bottom.
  var layers: [[Int]] = []
  /// Neighbours in the rank above (left) and below (right).
  var upper: [[Int]] = []
  var lower: [[Int]] = []
  /// For each input edge that is drawn: its chain of vertices from source to target.
  var chains: [Int: [Int]] = [:]
  /// Each vertex's index within its layer.
  var position: [Int] = []
  /// The same neighbours in flat arrays (vertex v's are `flatUpper[upperStart[v]..<upperStart[v+1]]`),
  /// for the inner loops of crossing counts.
  var flatUpper: [Int] = []
  var upperStart: [Int] = []
  var flatLower: [Int] = []
  var lowerStart: [Int] = []

  /// Builds the flat neighbour arrays once the graph's edges are final.
  mutating func flattenNeighbours() {
    flatUpper = upper.flatMap { $0 }
    flatLower = lower.flatMap { $0 }
    upperStart = [0]
    lowerStart = [0]
    for vertex in vertices.indices {
      upperStart.append(upperStart[vertex] + upper[vertex].count)
      lowerStart.append(lowerStart[vertex] + lower[vertex].count)
    }
  }

  mutating func addVertex(_ vertex: Vertex) -> Int {
    vertices.append(vertex)
    upper.append([])
    lower.append([])
    position.append(0)
    return vertices.count - 1
  }

  mutating func connect(_ from: Int, _ to: Int) {
    lower[from].append(to)
    upper[to].append(from)
  }

  mutating func updatePositions() {
    for layer in layers {
      for (index, vertex) in layer.enumerated() { position[vertex] = index }
    }
  }

  /// The port row offset of a vertex: the middle row of a box, the only row of a dummy.
  func portOffset(_ vertex: Int) -> Int { (vertices[vertex].height - 1) / 2 }
}
