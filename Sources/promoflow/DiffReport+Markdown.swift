import PromotionKit

/// The diff as a pull-request comment: per flow a heading, a table of the changes and a Mermaid
/// flowchart of the new flow with what was added, changed and removed styled — GitHub draws it.
extension DiffReport {
  var markdown: String {
    guard !reviews.isEmpty else { return "No promotion flow changed (\(cell(range))).\n" }
    var output = ""
    for review in reviews {
      output += "### Promotion flow `\(review.diff.flow)` — \(review.summary)\n\n"
      output += "`\(review.file)` (\(cell(range)))\n\n"
      if review.lines.isEmpty {
        output += "No semantic changes: comments, order or formatting only.\n\n"
        continue
      }
      output += "| | Change |\n|---|---|\n"
      for line in review.lines {
        output += "| \(Self.word(line.kind)) | \(cell(line.text)) |\n"
      }
      let chart = GraphExport.mermaid(review.new, changes: review.diff, old: review.old)
      output += "\n```mermaid\n" + chart + "```\n\n"
    }
    return output
  }

  private static func word(_ kind: FlowDiff.Line.Kind) -> String {
    switch kind {
    case .added: return "added"
    case .removed: return "removed"
    case .changed: return "changed"
    }
  }

  /// Text safe inside a table cell.
  private func cell(_ text: String) -> String {
    text.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: " ")
  }
}
