import PromotionKit
import TerminalCanvas

/// Draws the YAML view: line numbers, colours for keys, strings, numbers, comments and
/// indicators, the selected environment's lines marked in the gutter, the cursor line, and each
/// problem of an unapplied edit at its line.
enum YAMLTextView {
  static func draw(
    _ view: YAMLView, state: AppState, area: Rect, on canvas: inout Canvas, theme: Theme
  ) -> (x: Int, y: Int)? {
    let gutter = String(view.lines.count).count + 3
    let selected = state.selection.flatMap { name in view.environmentLines.first { $0.name == name }
    }
    var problems: [Int: Diagnostic] = [:]
    for diagnostic in view.diagnostics {
      guard let line = diagnostic.location?.line else { continue }
      if problems[line] == nil || diagnostic.severity == .error { problems[line] = diagnostic }
    }
    let textWidth = area.width - gutter
    var cursor: (x: Int, y: Int)?
    for row in 0..<area.height {
      let index = view.scroll + row
      guard view.lines.indices.contains(index) else { break }
      let y = area.y + row
      let number = index + 1
      let isCursorLine = index == view.line
      var numberStyle = isCursorLine ? theme.selected : theme.label
      if let selected, number >= selected.first, number <= selected.last, !isCursorLine {
        numberStyle = theme.key
      }
      let label = String(number)
      canvas.put(
        String(repeating: " ", count: gutter - 2 - label.count) + label, x: area.x, y: y,
        style: numberStyle)
      if let problem = problems[number] {
        canvas.put(
          problem.severity == .error ? "✗" : "!", x: area.x + gutter - 2, y: y,
          style: problem.severity == .error ? theme.error : theme.warning)
      } else if let selected, number >= selected.first, number <= selected.last {
        canvas.put("▌", x: area.x + gutter - 2, y: y, style: theme.key)
      }
      let line = view.lines[index]
      drawLine(line, x: area.x + gutter, y: y, width: textWidth, on: &canvas, theme: theme)
      if let problem = problems[number] {
        let used = DisplayWidth.of(line) + 3
        if used < textWidth - 10 {
          canvas.put(
            "← " + problem.message, x: area.x + gutter + used, y: y,
            style: problem.severity == .error ? theme.error : theme.warning,
            maxWidth: textWidth - used)
        }
      }
      if isCursorLine && view.isEditing {
        let prefix = String(line.prefix(view.column))
        cursor = (area.x + gutter + min(DisplayWidth.of(prefix), textWidth - 1), y)
      }
    }
    return cursor
  }

  /// One line with colours by role.
  static func drawLine(
    _ line: String, x: Int, y: Int, width: Int, on canvas: inout Canvas, theme: Theme
  ) {
    var column = x
    let limit = x + width
    func put(_ text: String, _ style: Style) {
      guard column < limit else { return }
      column += canvas.put(text, x: column, y: y, style: style, maxWidth: limit - column)
    }
    var rest = Substring(line)
    let indentation = rest.prefix { $0 == " " }
    put(String(indentation), theme.value)
    rest = rest.dropFirst(indentation.count)
    while rest.hasPrefix("- ") || rest == "-" {
      put(String(rest.prefix(2)), theme.label)
      rest = rest.dropFirst(2)
    }
    if rest.hasPrefix("#") {
      put(String(rest), theme.hint)
      return
    }
    let (code, comment) = splitComment(rest)
    if let colon = keyEnd(code) {
      put(String(code[..<colon]), theme.key)
      put(":", theme.label)
      putValue(String(code[code.index(after: colon)...]), put)
    } else {
      putValue(String(code), put)
    }
    if let comment { put(comment, theme.hint) }
  }

  static func putValue(_ text: String, _ put: (String, Style) -> Void) {
    let theme = Theme.standard
    let trimmed = text.trimmingCharacters(in: " ")
    let style: Style
    if trimmed.hasPrefix("\"") || trimmed.hasPrefix("'") {
      style = theme.success
    } else if trimmed.hasPrefix("&") || trimmed.hasPrefix("*") || trimmed.hasPrefix("!") {
      style = theme.warning
    } else if PlainScalarResolver.kind(of: trimmed) != .string && !trimmed.isEmpty {
      style = Style(foreground: .magenta)
    } else {
      style = theme.value
    }
    put(text, style)
  }

  /// The end of a `key:` at the start of `code` (outside quotes), if there is one.
  static func keyEnd(_ code: Substring) -> Substring.Index? {
    var quote: Character?
    var index = code.startIndex
    while index < code.endIndex {
      let character = code[index]
      if let open = quote {
        if character == open { quote = nil }
      } else if character == "\"" || character == "'" {
        if index == code.startIndex { quote = character } else { return nil }
      } else if character == ":" {
        let next = code.index(after: index)
        if next == code.endIndex || code[next] == " " { return index }
      } else if character == "{" || character == "[" {
        return nil
      }
      index = code.index(after: index)
    }
    return nil
  }

  /// Splits a trailing ` # comment` off, outside quotes.
  static func splitComment(_ text: Substring) -> (Substring, String?) {
    var quote: Character?
    var previous: Character = " "
    for index in text.indices {
      let character = text[index]
      if let open = quote {
        if character == open { quote = nil }
      } else if character == "\"" || character == "'" {
        quote = character
      } else if character == "#" && previous == " " {
        return (text[..<index], String(text[index...]))
      }
      previous = character
    }
    return (text, nil)
  }
}
