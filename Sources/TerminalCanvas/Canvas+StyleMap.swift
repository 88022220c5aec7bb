/// The canvas's styles as text, for reviewed goldens: one letter per cell (`.` for the plain
/// style), and a legend naming what each letter is — so a test can pin which cells are selected,
/// red for an error or yellow for a value from a policy, not only which characters are there.
extension Canvas {
  public func styleMap() -> String {
    var letters: [Style: Character] = [.plain: "."]
    var legend: [(Character, Style)] = []
    let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
    var rows: [String] = []
    for y in 0..<height {
      var row = ""
      for x in 0..<width {
        let style = self[x, y].style
        if letters[style] == nil {
          let letter = legend.count < alphabet.count ? alphabet[legend.count] : "?"
          letters[style] = letter
          legend.append((letter, style))
        }
        row.append(letters[style] ?? "?")
      }
      rows.append(row)
    }
    return (rows + [""] + legend.map { "\($0.0) \($0.1.summary)" }).joined(separator: "\n") + "\n"
  }
}

extension Style {
  /// The style in words, for the style map's legend: `fg=red bold`.
  var summary: String {
    var parts: [String] = []
    if let foreground { parts.append("fg=\(foreground)") }
    if let background { parts.append("bg=\(background)") }
    if bold { parts.append("bold") }
    if dim { parts.append("dim") }
    if reverse { parts.append("reverse") }
    if underline { parts.append("underline") }
    return parts.isEmpty ? "plain" : parts.joined(separator: " ")
  }
}
