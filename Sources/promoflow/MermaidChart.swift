import PromotionKit

/// A Mermaid `flowchart LR` being written: nodes with safe ids and quoted labels, edges in order
/// (Mermaid styles an edge by its index), and the classes of a reviewed change — added, changed
/// and removed (dashed) — that GitHub draws in a pull-request comment.
struct MermaidChart {
  enum Style: String {
    case added, changed, removed
  }

  private var lines = ["flowchart LR"]
  private var ids: [String: String] = [:]
  private var edgeCount = 0
  private var linkStyles: [String] = []
  private var usedStyles = Set<Style>()

  mutating func node(_ name: String, style: Style?) {
    guard ids[name] == nil else { return }
    let id = "n\(ids.count)"
    ids[name] = id
    let label = (style == .removed ? name + " (removed)" : name)
      .replacingOccurrences(of: "\"", with: "#quot;")
    lines.append("  \(id)[\"\(label)\"]" + (style.map { ":::" + $0.rawValue } ?? ""))
    if let style { usedStyles.insert(style) }
  }

  mutating func edge(_ from: String, _ to: String, style: Style?) {
    guard let source = ids[from], let target = ids[to] else { return }
    lines.append("  \(source) \(style == .removed ? "-.->" : "-->") \(target)")
    switch style {
    case .added?: linkStyles.append("  linkStyle \(edgeCount) stroke:#1a7f37,stroke-width:3px")
    case .removed?:
      linkStyles.append("  linkStyle \(edgeCount) stroke:#cf222e,stroke-dasharray:4 4")
    case .changed?, nil: break
    }
    edgeCount += 1
  }

  var text: String {
    let classes: [(Style, String)] = [
      (.added, "fill:#dafbe1,stroke:#1a7f37,stroke-width:2px"),
      (.changed, "fill:#fff8c5,stroke:#9a6700,stroke-width:2px"),
      (.removed, "fill:#ffebe9,stroke:#cf222e,stroke-dasharray:4 4,color:#82071e"),
    ]
    let definitions = classes.filter { usedStyles.contains($0.0) }.map {
      "  classDef \($0.0.rawValue) \($0.1)"
    }
    return (lines + linkStyles + definitions).joined(separator: "\n") + "\n"
  }
}
