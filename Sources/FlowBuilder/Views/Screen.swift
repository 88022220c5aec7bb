import FlowLayout
import PromotionKit
import TerminalCanvas

/// The whole screen for a state: title line, the canvas (the flow, panned to the viewport),
/// status line, key hints, and the overlays on top — or the "terminal too small" message.
public enum Screen {
  public static func render(_ state: AppState) -> (canvas: Canvas, cursor: (x: Int, y: Int)?) {
    let theme: Theme = state.color ? .standard : .monochrome
    let screen = ScreenLayout(of: state)
    var canvas = Canvas(width: state.screenWidth, height: state.screenHeight)
    if screen.isTooSmall {
      let waiting =
        state.overlays.contains(.quitPrompt)
        ? "enlarge it to answer the quit prompt"
        : state.hasUnsavedWork ? "unsaved changes are kept; q asks about them" : "q quits"
      let lines = [
        "Terminal too small",
        "need \(ScreenLayout.minimumWidth)×\(ScreenLayout.minimumHeight), have \(state.screenWidth)×\(state.screenHeight)",
        waiting,
      ]
      for (index, line) in lines.enumerated() {
        let width = DisplayWidth.of(line)
        canvas.put(
          line, x: max(0, (state.screenWidth - width) / 2),
          y: max(0, state.screenHeight / 2 - 1 + index),
          style: index == 0 ? theme.error : theme.value)
      }
      return (canvas, nil)
    }
    drawTitle(state, on: &canvas, theme: theme)
    var cursor: (x: Int, y: Int)?
    if let view = state.yaml {
      cursor = YAMLTextView.draw(
        view, state: state, area: screen.graphArea, on: &canvas, theme: theme)
    } else if state.listView && !state.flow.environments.isEmpty {
      ListView.draw(state, area: screen.graphArea, on: &canvas, theme: theme)
      if let review = state.review, let panel = screen.sidePanel {
        ReviewPanel.draw(review, in: panel, on: &canvas, theme: theme)
      }
    } else {
      drawGraph(state, area: screen.graphArea, on: &canvas, theme: theme)
      if let review = state.review, let panel = screen.sidePanel {
        ReviewPanel.draw(review, in: panel, on: &canvas, theme: theme)
      }
    }
    let messageTookHintRow = drawStatus(state, row: screen.statusRow, on: &canvas, theme: theme)
    if let query = state.yaml?.searchQuery {
      cursor = (1 + DisplayWidth.of("/" + query), screen.statusRow)
    }
    if !messageTookHintRow { drawHints(state, row: screen.hintRow, on: &canvas, theme: theme) }
    for overlay in state.overlays {
      cursor = OverlayViews.draw(overlay, state: state, screen: screen, on: &canvas, theme: theme)
    }
    return (canvas, cursor)
  }

  static func drawTitle(_ state: AppState, on canvas: inout Canvas, theme: Theme) {
    canvas.fill(x: 0, y: 0, width: canvas.width, height: 1, style: theme.title)
    var title = " promoflow  \(state.displayPath)"
    if !state.flow.name.isEmpty { title += " — \(state.flow.name)" }
    // The marks stay whole at any width: the path gives way first.
    var marks = state.isModified ? "  [+]" : ""
    if let view = state.yaml {
      marks +=
        view.isEditing
        ? "  — YAML (editing)" : view.isDirty ? "  — YAML (edit not applied)" : "  — YAML"
    }
    let right = state.product.map { "policies: \($0) " } ?? ""
    let room = canvas.width - DisplayWidth.of(right) - 1 - DisplayWidth.of(marks)
    title = DisplayWidth.truncate(title, to: max(12, room), ellipsis: state.glyphs.ellipsis)
    canvas.put(
      title + marks, x: 0, y: 0, style: theme.title,
      maxWidth: canvas.width - DisplayWidth.of(right) - 1)
    canvas.put(right, x: canvas.width - DisplayWidth.of(right), y: 0, style: theme.title)
  }

  static func drawGraph(_ state: AppState, area: Rect, on canvas: inout Canvas, theme: Theme) {
    if state.flow.environments.isEmpty {
      let lines = [
        "This flow is empty.", "Press a to choose the trigger environment, ? for all keys.",
      ]
      for (index, line) in lines.enumerated() {
        canvas.put(
          line, x: max(0, (area.width - DisplayWidth.of(line)) / 2),
          y: area.y + area.height / 2 - 1 + index, style: index == 0 ? theme.name : theme.hint)
      }
      return
    }
    var view = Canvas(width: area.width, height: area.height)
    state.diagram.draw(
      on: &view, originX: -state.scroll.x + 1, originY: -state.scroll.y, theme: theme,
      glyphs: state.glyphs,
      selected: state.selection, marks: state.review?.marks ?? [:])
    canvas.draw(view, x: area.x, y: area.y)
    drawPosition(state, area: area, on: &canvas, theme: theme)
  }

  /// Which part of a drawing larger than the screen is shown: `columns 41–140 of 320 · rows
  /// 1–30 of 182`, at the bottom right of the canvas.
  static func drawPosition(_ state: AppState, area: Rect, on canvas: inout Canvas, theme: Theme) {
    let layout = state.diagram.layout
    // The drawing starts one column in (a margin), so it fits in one column less.
    let wide = layout.width > area.width - 1
    let tall = layout.height > area.height
    guard wide || tall else { return }
    var parts: [String] = []
    if wide {
      let last = min(layout.width, state.scroll.x + area.width - 1)
      parts.append("columns \(state.scroll.x + 1)–\(last) of \(layout.width)")
    }
    if tall {
      let last = min(layout.height, state.scroll.y + area.height)
      parts.append("rows \(state.scroll.y + 1)–\(last) of \(layout.height)")
    }
    let text = " " + parts.joined(separator: " · ") + " "
    canvas.put(
      text, x: area.x + area.width - DisplayWidth.of(text), y: area.y + area.height - 1,
      style: theme.hint)
  }

  /// The status row: the search being typed, the message or the selection's summary, and the
  /// problem counter. Returns whether a long message went on over the hint row.
  static func drawStatus(
    _ state: AppState, row: Int, on canvas: inout Canvas, theme: Theme
  ) -> Bool {
    let diagnostics = state.allProblems
    let counter = ScreenLayout(of: state).problemCounter(state)
    let countStyle =
      diagnostics.errorCount > 0
      ? theme.error : diagnostics.warningCount > 0 ? theme.warning : theme.success
    let countWidth = DisplayWidth.of(counter.text)
    canvas.put(counter.text, x: counter.x, y: row, style: countStyle)
    let room = canvas.width - countWidth - 3
    if let query = state.yaml?.searchQuery {
      canvas.put(" /" + query, x: 0, y: row, style: theme.key, maxWidth: room)
    } else if let message = state.message {
      return message.draw(row: row, room: room, theme: theme, glyphs: state.glyphs, on: &canvas)
    } else {
      canvas.put(" " + summary(state), x: 0, y: row, style: theme.value, maxWidth: room)
    }
    return false
  }

  /// One line about the selected environment.
  static func summary(_ state: AppState) -> String {
    guard let name = state.selection else { return "No environment selected" }
    let flow = state.flow
    let kind = state.catalog.environment(named: name)?.kind.rawValue
    var parts = [name + (kind.map { " (\($0))" } ?? "")]
    if name == flow.triggerEnvironment {
      parts.append("trigger")
      if let workflow = flow.triggerWorkflow { parts.append("workflow \(workflow)") }
    } else if let step = flow.step(name) {
      parts.append(
        "after " + (step.dependsOn.isEmpty ? "nothing" : step.dependsOn.joined(separator: ", ")))
      parts.append(step.action?.label ?? "action by policy")
      if let pre = step.preAction { parts.append("pre \(pre)") }
      if let post = step.postAction { parts.append("post \(post)") }
    }
    if let problem = state.validation.first(where: {
      $0.severity == .error && $0.message.contains(name)
    }) {
      parts.append("⚠ " + problem.message)
    }
    return parts.joined(separator: " · ")
  }

  static func drawHints(_ state: AppState, row: Int, on canvas: inout Canvas, theme: Theme) {
    var x = 1
    for hint in KeyMap.hints(for: state.mode) {
      let width = DisplayWidth.of(hint.key) + DisplayWidth.of(hint.word) + 3
      if x + width > canvas.width { break }
      x += canvas.put(hint.key, x: x, y: row, style: theme.key)
      x += canvas.put(" " + hint.word + "  ", x: x, y: row, style: theme.hint)
    }
  }
}
