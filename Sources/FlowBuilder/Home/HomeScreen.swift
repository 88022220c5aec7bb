import PromotionKit
import TerminalCanvas

/// The home screen for a state: title, the flows table (name, file, environments, trigger,
/// problems — errors marked with a sign as well as colour), the workspace's policies, products
/// and workflows, the status and hint lines, and the dialog on top.
public enum HomeScreen {
  /// The first row of the flows table; a click on row `y` picks flow `y - firstRow + offset`.
  public static let firstRow = 3

  public static func render(_ state: HomeState) -> (canvas: Canvas, cursor: (x: Int, y: Int)?) {
    let theme: Theme = state.color ? .standard : .monochrome
    var canvas = Canvas(width: state.screenWidth, height: state.screenHeight)
    let layout = ScreenLayout(width: state.screenWidth, height: state.screenHeight)
    if layout.isTooSmall {
      canvas.put("Terminal too small — q quits", x: 0, y: 0, style: theme.error)
      return (canvas, nil)
    }
    canvas.fill(x: 0, y: 0, width: canvas.width, height: 1, style: theme.title)
    let count = state.summary.flows.count
    canvas.put(
      " promoflow  \(state.summary.root) \(none(state)) \(count) flow\(count == 1 ? "" : "s")",
      x: 0, y: 0,
      style: theme.title, maxWidth: canvas.width)
    let bottom = drawFlows(state, on: &canvas, theme: theme)
    drawResources(state, from: bottom + 1, on: &canvas, theme: theme)
    drawStatus(state, row: layout.statusRow, on: &canvas, theme: theme)
    var cursor: (x: Int, y: Int)?
    if state.isFiltering {
      cursor = (3 + DisplayWidth.of(state.query), layout.statusRow)
    }
    if let overlay = state.overlay {
      cursor = HomeDialogs.draw(overlay, state: state, layout: layout, on: &canvas, theme: theme)
    }
    return (canvas, cursor)
  }

  /// How many flow rows fit, and which flow is at the top.
  public static func window(_ state: HomeState) -> (rows: Int, offset: Int) {
    let rows = max(1, (state.screenHeight - 5) * 2 / 3 - 1)
    return (rows, max(0, state.selected - rows + 1))
  }

  /// The table of flows; returns the row below it.
  static func drawFlows(_ state: HomeState, on canvas: inout Canvas, theme: Theme) -> Int {
    let flows = state.visibleFlows
    guard !state.summary.flows.isEmpty else {
      canvas.put("No flows yet \(none(state)) n creates one.", x: 2, y: 2, style: theme.name)
      canvas.put(
        "It goes to \(state.summary.flowsFolder)/. ? lists every key.", x: 2, y: 3,
        style: theme.hint, maxWidth: canvas.width - 4)
      return 4
    }
    let nameWidth = min(28, max(4, flows.map { DisplayWidth.of($0.name) }.max() ?? 4))
    let fileWidth = min(48, max(4, flows.map { DisplayWidth.of($0.file) }.max() ?? 4))
    let columns = [
      2, 4 + nameWidth, 6 + nameWidth + fileWidth, 12 + nameWidth + fileWidth,
      30 + nameWidth + fileWidth,
    ]
    for (text, x) in zip(["FLOW", "FILE", "ENVS", "TRIGGER", "PROBLEMS"], columns) {
      canvas.put(text, x: x, y: 2, style: theme.label)
    }
    if flows.isEmpty {
      canvas.put("No flow matches \"\(state.query)\"", x: 2, y: firstRow, style: theme.hint)
      return firstRow + 1
    }
    let (rows, offset) = window(state)
    for row in 0..<min(rows, flows.count - offset) {
      let index = offset + row
      let flow = flows[index]
      let y = firstRow + row
      let selected = index == state.selected
      if selected { canvas.paint(x: 0, y: y, width: canvas.width, style: theme.selected) }
      let base = selected ? theme.selected : theme.value
      canvas.put(selected ? (state.glyphs == .ascii ? ">" : "▸") : " ", x: 0, y: y, style: base)
      canvas.put(
        DisplayWidth.truncate(flow.name, to: nameWidth, ellipsis: state.glyphs.ellipsis),
        x: columns[0], y: y,
        style: selected ? theme.selected : theme.name)
      canvas.put(
        DisplayWidth.truncate(flow.file, to: fileWidth, ellipsis: state.glyphs.ellipsis),
        x: columns[1], y: y, style: base)
      canvas.put(
        flow.environments.map(String.init) ?? none(state), x: columns[2], y: y, style: base)
      canvas.put(
        DisplayWidth.truncate(flow.trigger ?? none(state), to: 16, ellipsis: state.glyphs.ellipsis),
        x: columns[3], y: y, style: base)
      let (text, style) = problemLabel(
        flow.problems, unreadable: flow.environments == nil, theme: theme, glyphs: state.glyphs)
      canvas.put(
        text, x: columns[4], y: y, style: selected ? theme.selected : style,
        maxWidth: canvas.width - columns[4])
    }
    if flows.count > rows {
      canvas.put(
        "\(offset + 1)–\(offset + min(rows, flows.count - offset)) of \(flows.count)", x: 2,
        y: firstRow + rows, style: theme.hint)
      return firstRow + rows + 1
    }
    return firstRow + flows.count
  }

  /// `✖ 2 errors, 1 warning`, `▲ 1 warning`, `✓`: a sign that reads without colour, then counts
  /// (`x`, `!` and `ok` with ASCII glyphs).
  static func problemLabel(
    _ problems: [Diagnostic], unreadable: Bool, theme: Theme, glyphs: GlyphSet
  ) -> (String, Style) {
    let errors = problems.errorCount
    let warnings = problems.warningCount
    let ascii = glyphs == .ascii
    let (errorSign, warningSign) = ascii ? ("x", "!") : ("✖", "▲")
    if unreadable { return ("\(errorSign) cannot be read", theme.error) }
    if errors + warnings == 0 { return (ascii ? "ok" : "✓", theme.success) }
    var parts: [String] = []
    if errors > 0 { parts.append("\(errors) error\(errors == 1 ? "" : "s")") }
    if warnings > 0 { parts.append("\(warnings) warning\(warnings == 1 ? "" : "s")") }
    return (
      (errors > 0 ? errorSign : warningSign) + " " + parts.joined(separator: ", "),
      errors > 0 ? theme.error : theme.warning
    )
  }

  /// Policies, products and workflows, read-only, as far as there is room.
  static func drawResources(
    _ state: HomeState, from top: Int, on canvas: inout Canvas, theme: Theme
  ) {
    let summary = state.summary
    var lines: [(String, Style)] = []
    lines.append(("Promotion policies (\(summary.policies.count))", theme.label))
    for policy in summary.policies {
      lines.append(
        ("  \(policy.name)  priority \(policy.priority)  \(selectors(of: policy))", theme.value))
    }
    lines.append(("Products (\(summary.products.count))", theme.label))
    for product in summary.products {
      let flows =
        product.promotionFlows.isEmpty
        ? "" : "  flows: " + product.promotionFlows.joined(separator: ", ")
      lines.append(("  \(product.name)\(flows)", theme.value))
    }
    lines.append(("Promotion workflows (\(summary.workflows.count))", theme.label))
    if !summary.workflows.isEmpty {
      lines.append(("  " + summary.workflows.map(\.name).joined(separator: ", "), theme.value))
    }
    let room =
      ScreenLayout(width: state.screenWidth, height: state.screenHeight).statusRow - top - 1
    for (row, line) in lines.prefix(max(0, room)).enumerated() {
      canvas.put(line.0, x: 2, y: top + 1 + row, style: line.1, maxWidth: canvas.width - 4)
    }
  }

  /// The sign for "none" with the state's glyphs.
  static func none(_ state: HomeState) -> String { state.glyphs == .ascii ? "-" : "—" }

  /// What a policy selects, in short: `env types PROD; products shop`.
  static func selectors(of policy: PromotionPolicy) -> String {
    var parts: [String] = []
    if let names = policy.environmentNames { parts.append("envs " + names.joined(separator: ", ")) }
    if let types = policy.environmentTypes {
      parts.append("env types " + types.joined(separator: ", "))
    }
    if let tags = policy.environmentTags {
      parts.append("env tags " + tags.joined(separator: ", "))
    }
    if let names = policy.productNames { parts.append("products " + names.joined(separator: ", ")) }
    if let tags = policy.productTags {
      parts.append("product tags " + tags.joined(separator: ", "))
    }
    return parts.isEmpty ? "every environment" : parts.joined(separator: "; ")
  }

  static func drawStatus(_ state: HomeState, row: Int, on canvas: inout Canvas, theme: Theme) {
    let problems = state.allProblems
    let counts = problemLabel(problems, unreadable: false, theme: theme, glyphs: state.glyphs)
    let countText = problems.isEmpty ? counts.0 + " valid" : counts.0
    canvas.put(countText, x: canvas.width - DisplayWidth.of(countText) - 1, y: row, style: counts.1)
    let room = canvas.width - DisplayWidth.of(countText) - 3
    if state.isFiltering || !state.query.isEmpty {
      canvas.put(" / " + state.query, x: 0, y: row, style: theme.key, maxWidth: room)
    } else if let message = state.message {
      if message.draw(row: row, room: room, theme: theme, glyphs: state.glyphs, on: &canvas) {
        return
      }
    }
    var x = 1
    for binding in HomeKeyMap.bindings(for: state.mode) {
      guard let hint = binding.hint, let key = binding.keys.first?.label else { continue }
      let width = DisplayWidth.of(key) + DisplayWidth.of(hint) + 3
      if x + width > canvas.width { break }
      x += canvas.put(key, x: x, y: row + 1, style: theme.key)
      x += canvas.put(" " + hint + "  ", x: x, y: row + 1, style: theme.hint)
    }
  }
}
