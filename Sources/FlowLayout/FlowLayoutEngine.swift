/// Lays out a flow left to right: ranks → long edges split by dummies → crossing reduction →
/// vertical coordinates → columns and routed connectors. Pure and deterministic: the same input
/// always gives the same drawing; ties break by input (file) order.
public enum FlowLayoutEngine {
  /// Lays out `nodes` and `edges`. With `previous`, boxes that were already there keep their
  /// relative order, so the drawing does not jump after an edit.
  public static func layout(nodes: [LayoutNode], edges: [LayoutEdge], previous: Layout? = nil)
    -> Layout
  {
    let (ranks, forward, skipped) = RankPhase.run(nodes: nodes, edges: edges)
    var graph = LongEdgePhase.run(nodes: nodes, edges: edges, ranks: ranks, forward: forward)
    OrderingPhase.run(&graph, nodes: nodes, previous: previous)
    var y = CoordinatePhase.run(graph)
    return RoutingPhase.run(graph, y: &y, nodes: nodes, edges: edges, skipped: skipped)
  }
}
