import PromotionKit
import TerminalCanvas

/// The side panel of a review (`D`): every change since the last commit, removed environments
/// too (they have no box left to mark), each line signed `+`, `-` or `~` and wrapped to fit.
enum ReviewPanel {
  static func draw(_ review: Review, in rect: Rect, on canvas: inout Canvas, theme: Theme) {
    let count = review.lines.count
    Panel.draw(
      "Changes since HEAD: \(count == 0 ? "none" : String(count))",
      in: rect, on: &canvas, theme: theme)
    let width = rect.width - 4
    let rows = rect.height - 2
    var printed: [(String, Style)] = []
    for line in review.lines {
      let style =
        line.kind == .added ? theme.added : line.kind == .removed ? theme.error : theme.changed
      for (index, part) in DisplayWidth.wrap(line.text, width: width - 2).enumerated() {
        printed.append(
          ((index == 0 ? line.sign + " " : "  ") + part, index == 0 ? style : theme.value))
      }
    }
    if review.lines.isEmpty {
      printed.append(("The flow is as committed.", theme.hint))
    }
    let shown = printed.count > rows ? Array(printed.prefix(max(0, rows - 1))) : printed
    for (row, (text, style)) in shown.enumerated() {
      canvas.put(text, x: rect.x + 2, y: rect.y + 1 + row, style: style, maxWidth: width)
    }
    if shown.count < printed.count {
      canvas.put(
        "… \(printed.count - shown.count) more lines: promoflow diff HEAD", x: rect.x + 2,
        y: rect.y + rows, style: theme.hint, maxWidth: width)
    }
  }
}
