/// Lays out a flow left to right: ranks → long edges split by dummies → crossing reduction →
/// vertical coordinates → columns and routed connectors. Pure and deterministic: the same input
/// always gives the same drawing; ties break by input (file) order.
public enum FlowLayoutEngine {
  /// Lays out `nodes` and `edges`. With `previous`, boxes that were already there keep their
  /// relative order, so the drawing does not jump after an edit; when nothing that shapes the
  /// drawing changed (an edit of what a box says, not of its size or its edges), `previous` is
  /// the answer and nothing is laid out again. `recent` are other layouts drawn lately: one of
  /// exactly this input (what an undo or a redo returns to) is the answer too, so going back
  /// shows the very picture the user saw and costs no layout.
  public static func layout(
    nodes: [LayoutNode], edges: [LayoutEdge], previous: Layout? = nil, recent: [Layout] = []
  ) -> Layout {
    let input = LayoutInput(nodes: nodes, edges: edges)
    if let previous, previous.input == input { return previous }
    if let seen = recent.first(where: { $0.input == input }) { return seen }
    let (ranks, forward, skipped) = RankPhase.run(nodes: nodes, edges: edges)
    var graph = LongEdgePhase.run(nodes: nodes, edges: edges, ranks: ranks, forward: forward)
    OrderingPhase.run(&graph, nodes: nodes, previous: previous)
    var y = CoordinatePhase.run(graph)
    var layout = RoutingPhase.run(graph, y: &y, nodes: nodes, edges: edges, skipped: skipped)
    layout.input = input
    return layout
  }
}
