import TerminalCanvas

/// How a message is drawn on the status row. One longer than the row beside the problem counter
/// goes on over the key-hint row below it, so a message is never cut while the screen has room;
/// the hints come back with the next key, which clears the message.
extension StatusMessage {
  /// Draws the message from the left edge of `row` within `room` cells, in its kind's colour;
  /// returns whether it took the row below too (the caller then leaves the hints out).
  func draw(
    row: Int, room: Int, theme: Theme, glyphs: GlyphSet, on canvas: inout Canvas
  ) -> Bool {
    let style =
      kind == .error ? theme.error : kind == .success ? theme.success : theme.value
    let line = " " + text
    guard DisplayWidth.of(line) > room, room > 1 else {
      canvas.put(line, x: 0, y: row, style: style, maxWidth: room)
      return false
    }
    let lines = DisplayWidth.wrap(text, width: room - 1)
    canvas.put(" " + lines[0], x: 0, y: row, style: style, maxWidth: room)
    let rest = lines.dropFirst().joined(separator: " ")
    canvas.put(
      " " + DisplayWidth.truncate(rest, to: canvas.width - 2, ellipsis: glyphs.ellipsis), x: 0,
      y: row + 1, style: style)
    return true
  }
}
