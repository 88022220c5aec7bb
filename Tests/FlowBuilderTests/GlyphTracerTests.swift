import FlowBuilder
import FlowLayout
import PromotionKit
import TerminalCanvas
import Testing

/// Reads the rendered text the way a person does: from the line leaving each source box, follow
/// the connected strokes to the arrowheads reached; each arrowhead's box must include every target.
@Suite struct GlyphTracerTests {
  static func reachedTargets(from source: PlacedNode, in text: [[Character]], layout: Layout)
    -> Set<String>
  {
    func glyph(_ x: Int, _ y: Int) -> Character {
      y >= 0 && y < text.count && x >= 0 && x < text[y].count ? text[y][x] : " "
    }
    func insideBox(_ x: Int, _ y: Int) -> Bool {
      layout.nodes.contains {
        x >= $0.x && x < $0.x + $0.width && y >= $0.y && y < $0.y + $0.height
      }
    }
    var reached = Set<String>()
    var visited = Set<[Int]>()
    var queue = [[source.x + source.width, source.portRow]]
    while let cell = queue.popLast() {
      guard visited.insert(cell).inserted else { continue }
      let (x, y) = (cell[0], cell[1])
      let character = glyph(x, y)
      if character == "▶" {
        if let target = layout.nodes.first(where: {
          $0.x == x + 1 && y >= $0.y && y < $0.y + $0.height
        }) {
          reached.insert(target.id)
        }
        continue
      }
      guard let strokes = GlyphSet.strokes(of: character) else { continue }
      let moves: [(Strokes, Int, Int, Strokes)] = [
        (.north, 0, -1, .south), (.south, 0, 1, .north), (.east, 1, 0, .west),
        (.west, -1, 0, .east),
      ]
      for (direction, dx, dy, opposite) in moves where strokes.contains(direction) {
        let next = (x + dx, y + dy)
        if insideBox(next.0, next.1) { continue }
        let neighbour = glyph(next.0, next.1)
        if neighbour == "▶" && direction == .east {
          queue.append([next.0, next.1])
        } else if GlyphSet.strokes(of: neighbour)?.contains(opposite) == true {
          queue.append([next.0, next.1])
        }
      }
    }
    return reached
  }

  @Test(arguments: 0..<4)
  func everySourceReachesItsTargetsInTheText(shard: Int) {
    for seed in stride(from: shard, to: 400, by: 4) {
      var flow = PromotionFlow(name: "t", triggerEnvironment: "e0")
      var state = UInt64(seed) &* 6_364_136_223_846_793_005 &+ 1
      func next(_ bound: Int) -> Int {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        return Int((state >> 33) % UInt64(bound))
      }
      for index in 1..<(3 + seed % 30) {
        var parents = Set([next(index)])
        if index > 2 && next(3) == 0 { parents.insert(next(index)) }
        flow.steps.append(
          FlowStep(environment: "e\(index)", dependsOn: parents.sorted().map { "e\($0)" }))
      }
      let diagram = FlowDiagram(flow: flow, catalog: nil, compact: seed % 2 == 0)
      var canvas = Canvas(width: diagram.layout.width, height: diagram.layout.height)
      diagram.draw(on: &canvas)
      let text = canvas.text().split(separator: "\n", omittingEmptySubsequences: false).map {
        Array($0)
      }
      for node in diagram.layout.nodes {
        let expected = Set(flow.steps.filter { $0.dependsOn.contains(node.id) }.map(\.environment))
        guard !expected.isEmpty else { continue }
        let reached = Self.reachedTargets(from: node, in: text, layout: diagram.layout)
        #expect(
          expected.isSubset(of: reached),
          "seed \(seed): from \(node.id) reached \(reached), expected \(expected)")
      }
    }
  }
}
