/// Editing the YAML text in place: typing, new lines that keep the indentation, deleting across
/// lines, undoing typing; Esc applies the text (`applyTextEdit`).
extension Reducer {
  static func reduceYAMLEdit(_ state: inout AppState, _ action: YAMLEditAction) {
    guard var view = state.yaml else { return }
    let page = max(1, state.screenHeight - 4)
    switch action {
    case .lineUp: view.line -= 1
    case .lineDown: view.line += 1
    case .pageUp: view.line -= page
    case .pageDown: view.line += page
    case .finish:
      view.isEditing = false
      state.yaml = view
      applyTextEdit(&state)
      return
    case .undoTyping:
      if let last = view.typingHistory.popLast() {
        view.lines = last.lines
        view.line = last.line
        view.column = last.column
        view.isDirty = view.text + "\n" != view.baseText
      }
    case .newline:
      edit(&view) { lines, line, column in
        let text = Array(lines[line])
        let indentation = text.prefix { $0 == " " }
        lines[line] = String(text[..<column])
        lines.insert(String(indentation) + String(text[column...]), at: line + 1)
        line += 1
        column = indentation.count
        return true
      }
    case .text(let lineEdit):
      edit(&view, lineEdit)
    }
    view.clampCursor()
    state.yaml = view
    revealCursor(&state)
  }

  /// One keystroke in the line at the cursor: typing and deleting change the text (deleting at
  /// a line's end or start joins two lines); the others move the cursor (← → wrap across lines).
  static func edit(_ view: inout YAMLView, _ lineEdit: LineEdit) {
    switch lineEdit {
    case .type(let character):
      guard !character.isNewline else { return }
      edit(&view) { lines, line, column in
        var text = Array(lines[line])
        text.insert(character, at: column)
        lines[line] = String(text)
        column += 1
        return true
      }
    case .backspace:
      edit(&view) { lines, line, column in
        if column > 0 {
          var text = Array(lines[line])
          text.remove(at: column - 1)
          lines[line] = String(text)
          column -= 1
        } else if line > 0 {
          column = lines[line - 1].count
          lines[line - 1] += lines[line]
          lines.remove(at: line)
          line -= 1
        } else {
          return false
        }
        return true
      }
    case .deleteForward:
      edit(&view) { lines, line, column in
        var text = Array(lines[line])
        if column < text.count {
          text.remove(at: column)
          lines[line] = String(text)
        } else if line + 1 < lines.count {
          lines[line] += lines[line + 1]
          lines.remove(at: line + 1)
        } else {
          return false
        }
        return true
      }
    case .left, .right, .lineStart, .lineEnd:
      moveCursor(&view, lineEdit)
    }
  }

  /// Changes the text at the cursor with `change` (which says whether it changed anything),
  /// keeping what it was for undo.
  static func edit(
    _ view: inout YAMLView, _ change: (inout [String], inout Int, inout Int) -> Bool
  ) {
    var lines = view.lines
    if lines.isEmpty { lines = [""] }
    let before = YAMLView.TextState(lines: view.lines, line: view.line, column: view.column)
    var line = max(0, min(view.line, lines.count - 1))
    var column = min(view.column, lines[line].count)
    guard change(&lines, &line, &column) else { return }
    view.typingHistory.append(before)
    if view.typingHistory.count > 500 { view.typingHistory.removeFirst() }
    view.lines = lines
    view.line = line
    view.column = column
    view.isDirty = view.text + "\n" != view.baseText
    view.diagnostics = []
  }

  /// ← → (wrapping across lines), Home, End.
  static func moveCursor(_ view: inout YAMLView, _ lineEdit: LineEdit) {
    let lines = view.lines
    let length = lines.indices.contains(view.line) ? lines[view.line].count : 0
    switch lineEdit {
    case .left:
      if view.column > 0 {
        view.column -= 1
      } else if view.line > 0 {
        view.line -= 1
        view.column = lines[view.line].count
      }
    case .right:
      if view.column < length {
        view.column += 1
      } else if view.line + 1 < lines.count {
        view.line += 1
        view.column = 0
      }
    case .lineStart: view.column = 0
    case .lineEnd: view.column = length
    case .type, .backspace, .deleteForward: break
    }
  }
}
