import Foundation
import TestSupport
import Testing

/// `render` of a drawing too big for one canvas: it is made strip by strip (fewer rows per strip
/// the wider it is), and the strips join into the one drawing the layout describes.
@Suite struct BigRenderTests {
  /// 1,000 environments, each waiting for one or two of the four before it: a drawing thousands
  /// of columns wide and over a thousand rows high.
  static let flow: String = {
    var lines = [
      "apiVersion: codefresh.io/v1beta1", "kind: PromotionFlow", "metadata: {name: wide}",
      "spec:", "  triggerEnvironment: e0", "  steps:",
    ]
    for index in 1..<1_000 {
      let dependencies = Set([index - 1 - (index * 7) % 4, index - 1 - (index * 3) % 4])
        .map { max(0, $0) }.sorted().map { "e\($0)" }
      lines.append(
        "    - {environment: e\(index), dependsOn: [\(dependencies.joined(separator: ", "))]}")
    }
    return lines.joined(separator: "\n") + "\n"
  }()

  @Test func everyBoxOfAStripByStripDrawingStandsWhereTheLayoutPlacesIt() throws {
    let folder = try TemporaryFolder("promoflow-big-render")
    try Self.flow.write(
      to: folder.url.appendingPathComponent("flow.yaml"), atomically: true, encoding: .utf8)
    let json = try CommandLineTests.runBinary(
      ["render", "flow.yaml", "--format", "json"], in: folder.url)
    let layout = try #require(
      try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any])
    let width = try #require(layout["width"] as? Int)
    let height = try #require(layout["height"] as? Int)
    let nodes = try #require(layout["nodes"] as? [[String: Any]])
    try #require(width * height > 4_000_000, "the drawing must need several strips of any kind")
    let text = try CommandLineTests.runBinary(["render", "flow.yaml"], in: folder.url)
    #expect(text.status == 0)
    let rows = text.output.split(separator: "\n", omittingEmptySubsequences: false).map(Array.init)
    #expect(rows.count >= height)
    var misplaced: [String] = []
    for node in nodes {
      guard let name = node["name"] as? String, let x = node["x"] as? Int,
        let y = node["y"] as? Int, let boxHeight = node["height"] as? Int
      else { continue }
      let top = rows.indices.contains(y) && rows[y].indices.contains(x) ? rows[y][x] : nil
      let bottom = y + boxHeight - 1
      let corner =
        rows.indices.contains(bottom) && rows[bottom].indices.contains(x) ? rows[bottom][x] : nil
      if top != "┌" || corner != "└" { misplaced.append(name) }
    }
    #expect(misplaced.isEmpty, "boxes not where the layout puts them: \(misplaced.prefix(10))")
  }
}
