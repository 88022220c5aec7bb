import PromotionKit
import TerminalCanvas

/// Draws the overlays: lists that filter as you type (matches emphasised), the depends-on
/// checklist, forms with their fields and message, the remove dialog, the quit prompt, help and
/// the inspector.
enum OverlayViews {
  static func draw(
    _ overlay: Overlay, state: AppState, screen: ScreenLayout, on canvas: inout Canvas, theme: Theme
  )
    -> (x: Int, y: Int)?
  {
    let frame = screen.frame(of: overlay, in: state)
    switch overlay {
    case .picker(let picker):
      Panel.draw(picker.title, in: frame, on: &canvas, theme: theme)
      drawQuery(picker.query, in: frame, on: &canvas, theme: theme)
      let matches = picker.matches
      if matches.isEmpty {
        canvas.put(
          picker.hintText, x: frame.x + 2, y: frame.y + 3,
          style: picker.takenName == nil ? theme.hint : theme.error,
          maxWidth: frame.width - 4)
      }
      drawList(
        matches, highlighted: picker.highlighted, checked: nil, overlay: overlay, state: state,
        screen: screen, on: &canvas, theme: theme)
      return (frame.x + 4 + DisplayWidth.of(picker.query), frame.y + 1)
    case .checklist(let checklist):
      Panel.draw(checklist.title, in: frame, on: &canvas, theme: theme)
      drawQuery(checklist.query, in: frame, on: &canvas, theme: theme)
      drawList(
        checklist.matches, highlighted: checklist.highlighted, checked: checklist.checked,
        overlay: overlay, state: state, screen: screen, on: &canvas, theme: theme)
      return nil
    case .form(let form):
      return drawForm(form, in: frame, on: &canvas, theme: theme)
    case .problems(let list):
      drawProblems(
        list, in: frame, overlay: overlay, state: state, screen: screen, on: &canvas, theme: theme)
    case .removeDialog(let dialog):
      Panel.draw("Remove \(dialog.environment)", in: frame, on: &canvas, theme: theme)
      canvas.put(
        "What happens to what comes after \(dialog.environment)?", x: frame.x + 2, y: frame.y + 2,
        maxWidth: frame.width - 4)
      DialogViews.drawOptions(
        dialog.options, choice: dialog.choice, in: frame, on: &canvas, theme: theme)
      canvas.put(
        "Enter: do it · Esc: keep \(dialog.environment)", x: frame.x + 2,
        y: frame.y + frame.height - 2, style: theme.hint, maxWidth: frame.width - 4)
    case .quitPrompt:
      Panel.draw("Quit", in: frame, on: &canvas, theme: theme)
      for (index, line) in quitPromptLines(state).enumerated() {
        canvas.put(
          line.text, x: frame.x + 2, y: frame.y + 2 + index,
          style: line.isKeys ? theme.key : Style(),
          maxWidth: frame.width - 4)
      }
    case .help(let scroll):
      Panel.draw(
        "Keys — \(stateBelowTop(state).mode.rawValue)", in: frame, on: &canvas,
        theme: theme)
      drawText(
        KeyMap.helpLines(for: stateBelowTop(state).mode), scroll: scroll, in: frame,
        on: &canvas, theme: theme)
    case .inspector(let environment, let scroll):
      Panel.draw("Inspector", in: frame, on: &canvas, theme: theme)
      drawText(
        Inspector.lines(for: environment, in: state), scroll: scroll, in: frame, on: &canvas,
        theme: theme)
    case .diff(let title, let lines, let scroll):
      DialogViews.drawDiff(title, lines, scroll: scroll, in: frame, on: &canvas, theme: theme)
    case .commitDialog(let dialog):
      return DialogViews.drawCommit(dialog, in: frame, on: &canvas, theme: theme)
    case .diskChanged(let dialog), .confirm(let dialog):
      DialogViews.drawChoice(dialog, in: frame, on: &canvas, theme: theme)
    }
    return nil
  }

  /// What the quit prompt says: the unsaved changes, and a text edit not applied yet by name.
  static func quitPromptLines(_ state: AppState) -> [(text: String, isKeys: Bool)] {
    guard let view = state.yaml, view.isDirty else {
      return [
        ("You have unsaved changes.", false), ("", false),
        ("s: Save and quit   d: Discard   Esc: Cancel", true),
      ]
    }
    let errors = view.diagnostics.filter { $0.severity == .error }
    var problem = "It is not applied yet"
    if let first = errors.first {
      let place = first.location.map { "line \($0.line): " } ?? ""
      problem += " (\(errors.count) error\(errors.count == 1 ? "" : "s"); \(place)\(first.message))"
    }
    var keys = "e: back to the text   d: discard all and quit   Esc: Cancel"
    if state.isModified { keys = "e: back to the text   s: save the flow without it and quit" }
    let lost =
      state.unparsedFile
      ? "The file is not valid YAML yet; quitting leaves it as it is on disk."
      : "Your text edit in the YAML view would be lost."
    var lines: [(String, Bool)] = [
      (lost, false), (problem + ".", false),
      ("", false),
      (keys, true),
    ]
    if state.isModified { lines.append(("d: discard all and quit   Esc: Cancel", true)) }
    return lines
  }

  /// The state as the overlay below the help sees it (help explains the mode under it).
  static func stateBelowTop(_ state: AppState) -> AppState {
    var below = state
    if !below.overlays.isEmpty { below.overlays.removeLast() }
    return below
  }

  static func drawQuery(_ query: String, in frame: Rect, on canvas: inout Canvas, theme: Theme) {
    canvas.put("> ", x: frame.x + 2, y: frame.y + 1, style: theme.key)
    canvas.put(query, x: frame.x + 4, y: frame.y + 1, maxWidth: frame.width - 6)
    canvas.line(
      from: (frame.x, frame.y + 2), to: (frame.x + frame.width - 1, frame.y + 2),
      style: theme.border)
  }

  static func drawList(
    _ matches: [FuzzyMatch], highlighted: Int, checked: Set<String>?, overlay: Overlay,
    state: AppState, screen: ScreenLayout,
    on canvas: inout Canvas, theme: Theme
  ) {
    guard let rows = screen.listRows(of: overlay, in: state) else { return }
    let frame = screen.frame(of: overlay, in: state)
    let width = frame.width - 4
    for row in 0..<rows.count {
      let index = rows.offset + row
      guard matches.indices.contains(index) else { break }
      let match = matches[index]
      let y = rows.top + row
      let isHighlighted = index == highlighted
      var x = frame.x + 2
      if let checked {
        x += canvas.put(
          checked.contains(match.item.value) ? "[x] " : "[ ] ", x: x, y: y, style: theme.key)
      }
      let labelStyle =
        isHighlighted ? theme.selected : (match.item.kind == .value ? theme.value : theme.hint)
      let labelWidth = canvas.put(
        match.item.label, x: x, y: y, style: labelStyle, maxWidth: width - (x - frame.x - 2))
      for position in match.positions where position < labelWidth {
        var style = labelStyle
        style.underline = true
        style.bold = true
        canvas.paint(x: x + position, y: y, width: 1, style: style)
      }
      if isHighlighted {
        canvas.paint(
          x: x + labelWidth, y: y, width: frame.x + frame.width - 2 - x - labelWidth,
          style: theme.selected)
      }
      let detail = match.item.detail
      let detailWidth = DisplayWidth.of(detail)
      let detailX = frame.x + frame.width - 2 - detailWidth
      if !detail.isEmpty && detailX > x + labelWidth + 1 {
        canvas.put(detail, x: detailX, y: y, style: isHighlighted ? theme.selected : theme.hint)
      }
    }
  }

  static func drawForm(_ form: Form, in frame: Rect, on canvas: inout Canvas, theme: Theme) -> (
    x: Int, y: Int
  )? {
    Panel.draw(form.title, in: frame, on: &canvas, theme: theme)
    var cursor: (x: Int, y: Int)?
    let labelWidth = min(20, (form.fields.map { $0.label.count }.max() ?? 0) + 2)
    for (index, field) in form.fields.enumerated() {
      let y = frame.y + 2 + index * 2
      let focused = index == form.focused
      canvas.put(field.label, x: frame.x + 2, y: y, style: focused ? theme.key : theme.label)
      let x = frame.x + 2 + labelWidth
      let width = frame.width - labelWidth - 5
      if field.choices.isEmpty {
        canvas.fill(x: x, y: y, width: width, height: 1, style: Style(underline: true))
        let start = max(0, field.cursor - width + 1)
        let visible = String(Array(field.text).dropFirst(start))
        canvas.put(visible, x: x, y: y, style: Style(underline: true), maxWidth: width)
        if focused {
          cursor = (
            x
              + DisplayWidth.of(
                String(Array(field.text)[start..<min(field.cursor, field.text.count)])), y
          )
        }
      } else {
        var column = x
        for choice in field.choices {
          let on = choice == field.text
          column +=
            canvas.put(
              on ? "(•) \(choice)" : "( ) \(choice)", x: column, y: y,
              style: on && focused ? theme.selected : theme.value) + 2
        }
      }
    }
    let bottom = frame.y + frame.height - 2
    if let error = form.error {
      let lines = DisplayWidth.wrap(error, width: frame.width - 4)
      for (index, line) in lines.enumerated() {
        canvas.put(
          line, x: frame.x + 2, y: bottom - lines.count + 1 + index, style: theme.error,
          maxWidth: frame.width - 4)
      }
    } else {
      canvas.put(
        "Tab: next field · Enter: submit · Esc: cancel", x: frame.x + 2, y: bottom,
        style: theme.hint, maxWidth: frame.width - 4)
    }
    return cursor
  }

  static func drawText(
    _ lines: [String], scroll: Int, in frame: Rect, on canvas: inout Canvas, theme: Theme
  ) {
    let rows = frame.height - 2
    let start = min(scroll, max(0, lines.count - rows))
    for (offset, line) in lines.dropFirst(start).prefix(rows).enumerated() {
      let isHeading =
        !line.hasPrefix(" ") && !line.isEmpty && offset + start > 0 && !line.contains(":  ")
      canvas.put(
        line, x: frame.x + 2, y: frame.y + 1 + offset, style: isHeading ? theme.name : theme.value,
        maxWidth: frame.width - 4)
    }
    if lines.count > rows {
      canvas.put(
        " \(start + 1)–\(min(lines.count, start + rows)) of \(lines.count) ",
        x: frame.x + frame.width - 18, y: frame.y + frame.height - 1, style: theme.hint)
    }
  }
}
