/// A node to lay out: an environment's box, its size in cells, and its rank (wave).
public struct LayoutNode: Hashable, Sendable {
  public var id: String
  public var width: Int
  public var height: Int
  public var rank: Int

  public init(id: String, width: Int, height: Int, rank: Int) {
    self.id = id
    self.width = width
    self.height = height
    self.rank = rank
  }
}

/// A dependency: `from` must finish before `to` (indexes into the node list).
public struct LayoutEdge: Hashable, Sendable {
  public var from: Int
  public var to: Int

  public init(from: Int, to: Int) {
    self.from = from
    self.to = to
  }
}

/// Where a box landed.
public struct PlacedNode: Hashable, Sendable {
  public var id: String
  public var x: Int
  public var y: Int
  public var width: Int
  public var height: Int
  public var rank: Int
  /// Position among the boxes of its rank, top to bottom.
  public var order: Int

  /// The row where connectors leave and enter the box.
  public var portRow: Int { y + (height - 1) / 2 }
}

/// A connector: a polyline of cell points from just right of the source box to just left of the
/// target box, axis-aligned segments only.
public struct RoutedEdge: Hashable, Sendable {
  public var from: String
  public var to: String
  public var points: [Point]
}

/// A cell position.
public struct Point: Hashable, Sendable {
  public var x: Int
  public var y: Int

  public init(_ x: Int, _ y: Int) {
    self.x = x
    self.y = y
  }
}

/// The result of a layout: boxes, connectors and the canvas size, plus edges that could not be
/// drawn left to right (they close a cycle; validation reports them).
public struct Layout: Sendable {
  public var nodes: [PlacedNode]
  public var edges: [RoutedEdge]
  public var width: Int
  public var height: Int
  public var skippedEdges: [LayoutEdge]
  /// What was laid out: a layout of the same boxes and edges is this one again.
  public var input = LayoutInput(nodes: [], edges: [])
  /// Where each long edge ran through the columns it crosses (its dummies' rows, ordered as the
  /// boxes' are), by its ends: the next layout keeps them there when the edge stays.
  var longEdgeRows: [LongEdge: [Double]] = [:]

  /// A long edge by the boxes it joins.
  struct LongEdge: Hashable, Sendable {
    var from: String
    var to: String
  }

  public func node(_ id: String) -> PlacedNode? { nodes.first { $0.id == id } }
}

/// The boxes and edges a layout was made from.
public struct LayoutInput: Hashable, Sendable {
  public var nodes: [LayoutNode]
  public var edges: [LayoutEdge]
}
