import FlowLayout
import PromotionKit
import TerminalCanvas

/// The flow as boxes and connectors: lays the flow out with FlowLayout and draws it onto a
/// canvas. The TUI's graph view and `promoflow render` both draw with this, so they show the
/// same picture.
public struct FlowDiagram: Sendable {
  public let flow: PromotionFlow
  public let layout: Layout
  public let compact: Bool
  /// Each box with its inputs and size, for the next diagram to take what did not change.
  let made: [String: BoxContent.Made]

  /// Every environment's box, by name.
  public var boxes: [String: BoxContent] { made.mapValues(\.box) }

  /// The box of one environment.
  public func box(_ name: String) -> BoxContent? { made[name]?.box }

  /// What the marks in compact boxes mean.
  public static let compactLegend =
    "Compact boxes: T trigger; c commit, pr pull request, - no action, · decided by policy; < Pre-Action, > Post-Action, h hooks."

  /// Lays out `flow`. `previous` keeps existing boxes in their relative order after an edit;
  /// a `recent` layout of the same graph and box sizes is taken as it is. The boxes of
  /// `reusing` (the diagram before an edit) that nothing changed are taken as they are.
  public init(
    flow: PromotionFlow, catalog: EnvironmentCatalog?, resolved: [ResolvedStep]? = nil,
    compact: Bool = false,
    glyphs: GlyphSet = .unicode, previous: Layout? = nil, recent: [Layout] = [],
    reusing earlier: FlowDiagram? = nil
  ) {
    self.flow = flow
    self.compact = compact
    let made = BoxContent.make(
      for: flow, catalog: catalog, resolved: resolved, glyphs: glyphs, compact: compact,
      reusing: earlier?.compact == compact ? earlier?.made ?? [:] : [:])
    self.made = made
    let graph = FlowGraph(flow)
    let waves = Waves(graph)
    let nodes = graph.names.map { name -> LayoutNode in
      let size = made[name]?.size ?? (width: 18, height: 3)
      return LayoutNode(
        id: name, width: size.width, height: size.height, rank: waves.waveOf[name] ?? 0)
    }
    var edges: [LayoutEdge] = []
    for (child, parents) in graph.parents.enumerated() {
      for parent in parents { edges.append(LayoutEdge(from: parent, to: child)) }
    }
    layout = FlowLayoutEngine.layout(
      nodes: nodes, edges: edges, previous: previous, recent: recent)
  }

  /// Names that do not fit their box (the full name is shown elsewhere: status line, inspector,
  /// or the notes under `render`).
  public var shortenedNames: [String] {
    layout.nodes.compactMap { node in
      let box = self.box(node.id)
      let room = node.width - 4 - (compact ? 0 : (box?.badge.map { DisplayWidth.of($0) + 1 } ?? 0))
      return DisplayWidth.of(node.id) > room ? node.id : nil
    }
  }

  /// Draws the diagram with its top-left corner at (`originX`, `originY`) of `canvas`. Only what
  /// falls on the canvas is drawn, so drawing a viewport of a huge flow costs what the viewport
  /// shows. `marks` flags the boxes of a review (`D`): added or changed.
  public func draw(
    on canvas: inout Canvas, originX: Int = 0, originY: Int = 0, theme: Theme = .standard,
    glyphs: GlyphSet = .unicode, selected: String? = nil, marks: [String: FlowDiff.Mark] = [:]
  ) {
    let visibleX = (-originX - 1)...(canvas.width - originX)
    let visibleY = (-originY - 1)...(canvas.height - originY)
    for edge in layout.edges {
      guard let first = edge.points.first, let last = edge.points.last else { continue }
      var previous = Point(first.x - 1, first.y)
      for point in edge.points {
        let spanX = min(previous.x, point.x)...max(previous.x, point.x)
        let spanY = min(previous.y, point.y)...max(previous.y, point.y)
        if spanX.overlaps(visibleX) && spanY.overlaps(visibleY) {
          canvas.line(
            from: (previous.x + originX, previous.y + originY),
            to: (point.x + originX, point.y + originY),
            style: theme.connector)
        }
        previous = point
      }
      if visibleX.contains(last.x) && visibleY.contains(last.y) {
        canvas.put(
          glyphs.arrowRight, x: last.x + originX, y: last.y + originY, style: theme.connector)
      }
    }
    for node in layout.nodes {
      guard (node.x...(node.x + node.width)).overlaps(visibleX),
        (node.y...(node.y + node.height)).overlaps(visibleY), let box = self.box(node.id)
      else { continue }
      let x = node.x + originX
      let y = node.y + originY
      drawBox(
        box, node, on: &canvas, x: x, y: y, theme: theme, glyphs: glyphs,
        selected: node.id == selected)
      if let mark = marks[node.id] {
        let style = mark == .added ? theme.added : theme.changed
        if node.id != selected {
          canvas.box(x: x, y: y, width: node.width, height: node.height, style: style)
        }
        canvas.put(mark.sign, x: x + 1, y: y, style: style)
      }
    }
  }

  func drawBox(
    _ box: BoxContent, _ node: PlacedNode, on canvas: inout Canvas, x: Int, y: Int, theme: Theme,
    glyphs: GlyphSet,
    selected: Bool
  ) {
    let borderStyle =
      box.isTrigger ? theme.triggerBorder : box.isProduction ? theme.productionBorder : theme.border
    canvas.fill(x: x + 1, y: y + 1, width: node.width - 2, height: node.height - 2)
    canvas.box(
      x: x, y: y, width: node.width, height: node.height,
      style: selected ? theme.selected : borderStyle)
    let inner = node.width - 4
    var nameStyle = box.isProduction ? theme.productionBadge : theme.name
    if selected { nameStyle = theme.selected }
    let badgeStyle = box.isTrigger ? theme.triggerBadge : theme.productionBadge
    if compact {
      let after = (box.hasPostAction ? ">" : " ") + (box.hasHooks ? "h" : " ")
      let suffix =
        box.isTrigger
        ? " T" + after : " " + box.compactAction + (box.hasPreAction ? "<" : " ") + after
      let nameRoom = max(1, inner - DisplayWidth.of(suffix))
      canvas.put(
        DisplayWidth.truncate(box.name, to: nameRoom, ellipsis: glyphs.ellipsis), x: x + 2,
        y: y + 1, style: nameStyle)
      canvas.put(
        suffix, x: x + 2 + inner - DisplayWidth.of(suffix), y: y + 1,
        style: box.isTrigger ? theme.triggerBadge : theme.label)
      return
    }
    let badge = box.badge ?? ""
    let nameRoom = max(1, inner - (badge.isEmpty ? 0 : DisplayWidth.of(badge) + 1))
    canvas.put(
      DisplayWidth.truncate(box.name, to: nameRoom, ellipsis: glyphs.ellipsis), x: x + 2, y: y + 1,
      style: nameStyle)
    if !badge.isEmpty {
      canvas.put(badge, x: x + 2 + inner - DisplayWidth.of(badge), y: y + 1, style: badgeStyle)
    }
    for (index, line) in box.lines.enumerated() {
      let row = y + 2 + index
      var column = x + 2
      if !line.label.isEmpty {
        column += canvas.put(
          BoxContent.paddedLabel(line.label), x: column, y: row, style: theme.label)
      }
      let style: Style
      switch line.valueRole {
      case .value: style = theme.value
      case .missing: style = theme.label
      case .fromPolicy: style = theme.fromPolicy
      case .problem: style = theme.problem
      }
      canvas.put(
        DisplayWidth.truncate(line.value, to: x + 2 + inner - column, ellipsis: glyphs.ellipsis),
        x: column, y: row, style: style)
    }
  }
}
