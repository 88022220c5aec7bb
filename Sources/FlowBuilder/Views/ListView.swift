import PromotionKit
import TerminalCanvas

/// `L`: the flow as a table, one row per environment grouped by wave — name, kind, what it
/// depends on, action, Pre-/Post-Action, hooks and problems — for flows too big to read as a
/// drawing. The selected row is the canvas's selection, so every editing key acts on it.
enum ListView {
  /// The rows in order: a heading per wave, then its environments.
  enum Row: Equatable {
    case wave(Int, count: Int)
    case environment(String)
  }

  static func rows(_ flow: PromotionFlow) -> [Row] {
    Waves(flow).waves.enumerated().flatMap { index, names in
      [Row.wave(index, count: names.count)] + names.map(Row.environment)
    }
  }

  /// The environments in the list's order (for moving through it).
  static func order(_ flow: PromotionFlow) -> [String] { Waves(flow).waves.flatMap { $0 } }

  static func draw(_ state: AppState, area: Rect, on canvas: inout Canvas, theme: Theme) {
    let rows = rows(state.flow)
    let resolved = Dictionary(
      state.resolvedSteps.map { ($0.environment, $0) }, uniquingKeysWith: { first, _ in first })
    let headings = [
      "ENVIRONMENT", "KIND", "DEPENDS ON", "ACTION", "PRE", "POST", "HOOKS", "PROBLEMS",
    ]
    let widths = [22, 9, 22, 14, 16, 16, 22, 30]
    var x = area.x + 3
    for (heading, width) in zip(headings, widths) {
      canvas.put(heading, x: x, y: area.y, style: theme.label, maxWidth: width)
      x += width + 1
    }
    let visible = max(1, area.height - 1)
    for (offset, row) in rows.dropFirst(state.listScroll).prefix(visible).enumerated() {
      let y = area.y + 1 + offset
      switch row {
      case .wave(let index, let count):
        let what = index == 0 ? "trigger" : "\(count) environment\(count == 1 ? "" : "s")"
        canvas.put("Wave \(index) · \(what)", x: area.x + 1, y: y, style: theme.name)
      case .environment(let name):
        let cells = self.cells(name, state: state, resolved: resolved[name])
        let selected = name == state.selection
        if selected { canvas.paint(x: area.x, y: y, width: area.width, style: theme.selected) }
        if let mark = state.review?.mark(of: name) {
          canvas.put(
            mark.sign, x: area.x + 1, y: y, style: mark == .added ? theme.added : theme.changed)
        }
        var column = area.x + 3
        for ((text, style), width) in zip(cells, widths) {
          canvas.put(
            DisplayWidth.truncate(text, to: width, ellipsis: state.glyphs.ellipsis), x: column,
            y: y,
            style: selected ? theme.selected : style)
          column += width + 1
        }
      }
    }
  }

  /// The cells of one environment's row, each with its style (values from policy as in boxes).
  static func cells(_ name: String, state: AppState, resolved: ResolvedStep?) -> [(String, Style)] {
    let flow = state.flow
    let kind = state.catalog.environment(named: name)?.kind.rawValue ?? "—"
    let problems = state.validation.filter { $0.environment == name }
    let problem: (String, Style) =
      problems.isEmpty
      ? ("✓", theme(state).success)
      : (
        problems.map(\.message).joined(separator: "; "),
        problems.errorCount > 0 ? theme(state).error : theme(state).warning
      )
    if name == flow.triggerEnvironment {
      return [
        (name, theme(state).name), (kind, theme(state).value), ("(trigger)", theme(state).label),
        ("start " + (flow.triggerWorkflow ?? "—"), theme(state).value), ("", theme(state).value),
        ("", theme(state).value),
        (
          Hooks(onSuccess: flow.hooks.onSuccess, onFail: flow.hooks.onFail).phrase ?? "",
          theme(state).value
        ),
        problem,
      ]
    }
    let step = flow.step(name)
    func value(_ inline: String?, _ policy: ResolvedValue?) -> (String, Style) {
      if let inline { return (inline, theme(state).value) }
      if let text = policy?.value { return (text, theme(state).fromPolicy) }
      return ("by policy", theme(state).label)
    }
    return [
      (name, theme(state).name), (kind, theme(state).value),
      ((step?.dependsOn ?? []).joined(separator: ", "), theme(state).value),
      value(step?.action?.rawValue, resolved?.action), value(step?.preAction, resolved?.preAction),
      value(step?.postAction, resolved?.postAction),
      (step?.hooks.phrase ?? "", theme(state).value), problem,
    ]
  }

  static func theme(_ state: AppState) -> Theme { state.color ? .standard : .monochrome }
}
