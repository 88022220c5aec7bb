import PromotionKit
import TerminalCanvas

/// The home screen's dialogs: a new flow's name (checked as typed, with the file it goes to),
/// the delete confirmation, the workspace's problems by file, and help.
enum HomeDialogs {
  static func draw(
    _ overlay: HomeOverlay, state: HomeState, layout: ScreenLayout, on canvas: inout Canvas,
    theme: Theme
  ) -> (x: Int, y: Int)? {
    switch overlay {
    case .name(let field):
      let frame = layout.centered(width: 72, height: 8)
      let title =
        field.copying.map { "Copy of \($0.name): the new flow's name" } ?? "New flow: its name"
      Panel.draw(title, in: frame, on: &canvas, theme: theme)
      canvas.put("> ", x: frame.x + 2, y: frame.y + 2, style: theme.key)
      canvas.put(field.text, x: frame.x + 4, y: frame.y + 2, maxWidth: frame.width - 6)
      if field.text.isEmpty {
        canvas.put(
          "lowercase letters, digits, '-' and '.'", x: frame.x + 4, y: frame.y + 2,
          style: theme.hint)
      } else if let problem = field.problem(in: state.summary) {
        canvas.put(
          problem, x: frame.x + 2, y: frame.y + 4, style: theme.error, maxWidth: frame.width - 4)
      } else {
        canvas.put(
          "→ " + field.file(in: state.summary), x: frame.x + 2, y: frame.y + 4,
          style: theme.success, maxWidth: frame.width - 4)
      }
      canvas.put(
        "Enter: create and open · Esc: cancel", x: frame.x + 2, y: frame.y + frame.height - 2,
        style: theme.hint, maxWidth: frame.width - 4)
      return (frame.x + 4 + min(frame.width - 7, DisplayWidth.of(field.text)), frame.y + 2)
    case .confirmDelete(let flow):
      let frame = layout.centered(width: 72, height: 8)
      Panel.draw("Delete \(flow.file)?", in: frame, on: &canvas, theme: theme)
      canvas.put(
        "This removes the file that holds the flow \(flow.name).", x: frame.x + 2, y: frame.y + 2,
        maxWidth: frame.width - 4)
      canvas.put(
        "A committed file can be brought back with git.", x: frame.x + 2, y: frame.y + 3,
        style: theme.hint, maxWidth: frame.width - 4)
      canvas.put(
        "Enter or y: delete · Esc or n: keep it", x: frame.x + 2, y: frame.y + frame.height - 2,
        style: theme.key, maxWidth: frame.width - 4)
    case .problems(let highlighted):
      drawProblems(state, highlighted: highlighted, layout: layout, on: &canvas, theme: theme)
    case .help(let scroll):
      let lines = HomeKeyMap.bindings(for: .list).map { binding in
        (binding.keys.map(\.label).joined(separator: " ") as String, binding.description)
      }
      let frame = layout.centered(width: 90, height: lines.count + 6)
      Panel.draw("Home: keys", in: frame, on: &canvas, theme: theme)
      for (row, line) in lines.dropFirst(scroll).prefix(frame.height - 4).enumerated() {
        canvas.put(line.0, x: frame.x + 2, y: frame.y + 2 + row, style: theme.key)
        canvas.put(line.1, x: frame.x + 20, y: frame.y + 2 + row, maxWidth: frame.width - 22)
      }
    }
    return nil
  }

  /// The workspace's problems under a heading per file; the highlighted one reversed and kept in
  /// view.
  static func drawProblems(
    _ state: HomeState, highlighted: Int, layout: ScreenLayout, on canvas: inout Canvas,
    theme: Theme
  ) {
    var rows: [(text: String, style: Style, problem: Int?)] = []
    var index = 0
    for file in state.summary.problems {
      rows.append((file.file, theme.name, nil))
      for problem in file.problems {
        let place = problem.location.map { "\($0.line):\($0.column)" } ?? "—"
        let word = problem.severity == .error ? "error  " : "warning"
        rows.append(
          (
            "  \(word) \(place)  \(problem.message) [\(problem.code)]",
            problem.severity == .error ? theme.error : theme.warning, index
          ))
        index += 1
      }
    }
    let frame = layout.centered(width: 110, height: rows.count + 5)
    let problems = state.allProblems
    Panel.draw(
      "Workspace problems: "
        + HomeScreen.problemLabel(problems, unreadable: false, theme: theme, glyphs: state.glyphs).0
        .dropFirst(2),
      in: frame, on: &canvas, theme: theme)
    canvas.put(
      "Enter: open the flow at the problem · Esc: close", x: frame.x + 2, y: frame.y + 1,
      style: theme.hint, maxWidth: frame.width - 4)
    let visible = frame.height - 4
    let position = rows.firstIndex { $0.problem == highlighted } ?? 0
    let offset = max(0, position - visible + 1)
    for (row, line) in rows.dropFirst(offset).prefix(visible).enumerated() {
      let y = frame.y + 2 + row
      let selected = line.problem == highlighted
      if selected {
        canvas.paint(x: frame.x + 1, y: y, width: frame.width - 2, style: theme.selected)
      }
      canvas.put(
        line.text, x: frame.x + 2, y: y, style: selected ? theme.selected : line.style,
        maxWidth: frame.width - 4)
    }
  }
}
