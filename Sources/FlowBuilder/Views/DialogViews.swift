import TerminalCanvas

/// Draws the commit dialog, the questions (changed on disk, reload, discard) and the diff.
enum DialogViews {
  static func drawCommit(
    _ dialog: CommitDialog, in frame: Rect, on canvas: inout Canvas, theme: Theme
  ) -> (x: Int, y: Int)? {
    Panel.draw("Commit to git", in: frame, on: &canvas, theme: theme)
    var y = drawCommitDiff(dialog, in: frame, on: &canvas, theme: theme)
    canvas.line(from: (frame.x, y), to: (frame.x + frame.width - 1, y), style: theme.border)
    y += 1
    var cursor: (x: Int, y: Int)?
    func label(_ text: String, _ field: CommitDialog.Field) -> Int {
      canvas.put(text, x: frame.x + 2, y: y, style: dialog.field == field ? theme.key : theme.label)
    }
    let labelWidth = 12
    _ = label("Message", .message)
    let messageX = frame.x + 2 + labelWidth
    let messageWidth = frame.width - labelWidth - 5
    let messageStyle = dialog.messageSelected ? theme.selected : Style(underline: true)
    canvas.fill(x: messageX, y: y, width: messageWidth, height: 1, style: Style(underline: true))
    canvas.put(dialog.message, x: messageX, y: y, style: messageStyle, maxWidth: messageWidth)
    if dialog.field == .message && !dialog.messageSelected {
      cursor = (
        textCursor(dialog.message, at: dialog.messageCursor, x: messageX, width: messageWidth), y
      )
    }
    y += 2
    _ = label("Branch", .branch)
    let current = dialog.branch.map { "this branch (\($0))" } ?? "detached HEAD"
    let choice =
      (dialog.onNewBranch ? "( ) " : "(•) ") + current + "   "
      + (dialog.onNewBranch ? "(•) " : "( ) ") + "a new branch"
    canvas.put(
      choice, x: frame.x + 2 + labelWidth, y: y,
      style: dialog.field == .branch ? theme.selected : theme.value,
      maxWidth: frame.width - labelWidth - 5)
    y += 1
    if dialog.onNewBranch {
      _ = label("New branch", .newBranchName)
      let x = frame.x + 2 + labelWidth
      canvas.fill(x: x, y: y, width: messageWidth, height: 1, style: Style(underline: true))
      canvas.put(
        dialog.newBranch, x: x, y: y, style: Style(underline: true), maxWidth: messageWidth)
      if dialog.field == .newBranchName {
        cursor = (
          textCursor(dialog.newBranch, at: dialog.newBranchCursor, x: x, width: messageWidth), y
        )
      }
      y += 1
    }
    _ = label("Push", .push)
    canvas.put(
      (dialog.push ? "[x]" : "[ ]") + " push after committing", x: frame.x + 2 + labelWidth, y: y,
      style: dialog.field == .push ? theme.selected : theme.value)
    y += 2
    if let error = dialog.error {
      canvas.put(error, x: frame.x + 2, y: y, style: theme.error, maxWidth: frame.width - 4)
    } else {
      canvas.put(
        "Enter: commit · Tab: next field · Space: choose · PgUp/PgDn: scroll the diff · Esc: cancel",
        x: frame.x + 2, y: y, style: theme.hint, maxWidth: frame.width - 4)
    }
    return cursor
  }

  /// The files and the scrolled diff at the top of the commit dialog; the row below them.
  static func drawCommitDiff(
    _ dialog: CommitDialog, in frame: Rect, on canvas: inout Canvas, theme: Theme
  ) -> Int {
    let fieldsHeight = dialog.onNewBranch ? 7 : 6
    let diffTop = frame.y + 1
    let diffRows = max(1, frame.height - fieldsHeight - 3)
    let lines = dialog.reviewLines
    canvas.put(
      "Files: " + dialog.paths.map(fileName).joined(separator: ", "), x: frame.x + 2, y: diffTop,
      style: theme.label, maxWidth: frame.width - 4)
    for row in 0..<diffRows {
      let index = dialog.diffScroll + row
      guard lines.indices.contains(index) else { break }
      let line = lines[index]
      canvas.put(
        line, x: frame.x + 2, y: diffTop + 1 + row, style: diffStyle(of: line, theme: theme),
        maxWidth: frame.width - 4)
    }
    return diffTop + 1 + diffRows
  }

  /// The column of a text field's cursor: after the text before it, inside the field.
  static func textCursor(_ text: String, at position: Int, x: Int, width: Int) -> Int {
    x + min(width - 1, DisplayWidth.of(String(text.prefix(position))))
  }

  static func drawChoice(
    _ dialog: ChoiceDialog, in frame: Rect, on canvas: inout Canvas, theme: Theme
  ) {
    Panel.draw(dialog.title, in: frame, on: &canvas, theme: theme)
    canvas.put(dialog.text, x: frame.x + 2, y: frame.y + 2, maxWidth: frame.width - 4)
    drawOptions(dialog.options, choice: dialog.choice, in: frame, on: &canvas, theme: theme)
    canvas.put(
      "Enter: choose · Esc: cancel", x: frame.x + 2, y: frame.y + frame.height - 2,
      style: theme.hint, maxWidth: frame.width - 4)
  }

  /// A dialog's choices, one a line from the fourth row, the chosen one marked.
  static func drawOptions(
    _ options: [String], choice: Int, in frame: Rect, on canvas: inout Canvas, theme: Theme
  ) {
    for (index, option) in options.enumerated() {
      let selected = index == choice
      canvas.put(
        (selected ? "▸ " : "  ") + option, x: frame.x + 2, y: frame.y + 4 + index,
        style: selected ? theme.selected : theme.value, maxWidth: frame.width - 4)
    }
  }

  /// How a line of a unified diff is coloured: file names, added, removed, hunk headers.
  static func diffStyle(of line: String, theme: Theme) -> Style {
    if line.hasPrefix("+++") || line.hasPrefix("---") { return theme.name }
    if line.hasPrefix("+") { return theme.success }
    if line.hasPrefix("-") { return theme.error }
    return line.hasPrefix("@@") ? theme.key : theme.value
  }

  static func drawDiff(
    _ title: String, _ lines: [String], scroll: Int, in frame: Rect, on canvas: inout Canvas,
    theme: Theme
  ) {
    Panel.draw(title, in: frame, on: &canvas, theme: theme)
    let rows = frame.height - 2
    let start = min(scroll, max(0, lines.count - rows))
    for (offset, line) in lines.dropFirst(start).prefix(rows).enumerated() {
      let style = diffStyle(of: line, theme: theme)
      canvas.put(
        line, x: frame.x + 2, y: frame.y + 1 + offset, style: style, maxWidth: frame.width - 4)
    }
  }
}

/// The last component of a path.
func fileName(_ path: String) -> String {
  path.split(separator: "/").last.map(String.init) ?? path
}
