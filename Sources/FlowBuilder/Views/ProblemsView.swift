import PromotionKit
import TerminalCanvas

/// The problems list: a row per problem — its severity in a word (so it reads without colour),
/// where it is (an environment, a line, another file) and the message with its code.
extension OverlayViews {
  static func drawProblems(
    _ list: ProblemsList, in frame: Rect, overlay: Overlay, state: AppState,
    screen: ScreenLayout, on canvas: inout Canvas, theme: Theme
  ) {
    let errors = list.entries.errorCount
    let warnings = list.entries.warningCount
    Panel.draw(
      "Problems: \(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")",
      in: frame, on: &canvas, theme: theme)
    canvas.put(
      "Enter: go to it · ↑↓: choose · Esc: close", x: frame.x + 2, y: frame.y + 1,
      style: theme.hint, maxWidth: frame.width - 4)
    canvas.line(
      from: (frame.x, frame.y + 2), to: (frame.x + frame.width - 1, frame.y + 2),
      style: theme.border)
    guard let rows = screen.listRows(of: overlay, in: state) else { return }
    let width = frame.width - 4
    let placeWidth = min(
      24, list.entries.map { DisplayWidth.of(place(of: $0, in: state)) }.max() ?? 0)
    for row in 0..<rows.count {
      let index = rows.offset + row
      guard list.entries.indices.contains(index) else { break }
      let problem = list.entries[index]
      let y = rows.top + row
      let highlighted = index == list.highlighted
      let severityStyle = problem.severity == .error ? theme.error : theme.warning
      if highlighted {
        canvas.paint(x: frame.x + 1, y: y, width: frame.width - 2, style: theme.selected)
      }
      var x = frame.x + 2
      x += canvas.put(
        problem.severity == .error ? "error   " : "warning ", x: x, y: y,
        style: highlighted ? theme.selected : severityStyle)
      let shownPlace = DisplayWidth.truncate(place(of: problem, in: state), to: placeWidth)
      canvas.put(shownPlace, x: x, y: y, style: highlighted ? theme.selected : theme.name)
      x += placeWidth + 2
      canvas.put(
        "\(problem.message) [\(problem.code)]", x: x, y: y,
        style: highlighted ? theme.selected : theme.value, maxWidth: frame.x + 2 + width - x)
    }
  }

  /// Where a problem is, in a few words: `qa`, `line 12`, `policies/prod.yaml:4`, `flow`.
  static func place(of problem: Diagnostic, in state: AppState) -> String {
    if let file = problem.file, file != state.displayPath {
      return file + (problem.location.map { ":\($0.line)" } ?? "")
    }
    if let environment = problem.environment { return environment }
    if let location = problem.location { return "line \(location.line)" }
    return "flow"
  }
}
