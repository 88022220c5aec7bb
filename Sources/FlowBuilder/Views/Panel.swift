import TerminalCanvas

/// A bordered box with a title, cleared inside, for overlays.
enum Panel {
  static func draw(_ title: String, in rect: Rect, on canvas: inout Canvas, theme: Theme) {
    canvas.fill(x: rect.x - 1, y: rect.y, width: rect.width + 2, height: rect.height)
    canvas.box(x: rect.x, y: rect.y, width: rect.width, height: rect.height, style: theme.border)
    canvas.put(
      " " + title + " ", x: rect.x + 2, y: rect.y, style: theme.name, maxWidth: rect.width - 4)
  }
}
