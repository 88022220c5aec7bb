import FlowBuilder
import PromotionKit
import TerminalCanvas
import Testing

/// The drawing of typical shapes, as reviewed text.
@Suite struct DiagramGoldenTests {
  static let catalog = EnvironmentCatalog(environments: [
    EnvironmentDefinition(name: "prod", kind: .production),
    EnvironmentDefinition(name: "prod-us", kind: .production),
    EnvironmentDefinition(name: "prod-eu", kind: .production),
  ])

  func draw(_ flow: PromotionFlow, compact: Bool = false, glyphs: GlyphSet = .unicode) -> String {
    let diagram = FlowDiagram(flow: flow, catalog: Self.catalog, compact: compact, glyphs: glyphs)
    var canvas = Canvas(width: diagram.layout.width, height: diagram.layout.height)
    diagram.draw(on: &canvas, glyphs: glyphs)
    return canvas.text(glyphs: glyphs)
  }

  @Test func singleTrigger() {
    Golden.check(
      draw(makeFlow(trigger: "dev", []) { $0.hooks.onStart = "build-notes" }), "single-trigger")
  }

  @Test func straightLine() {
    let flow = makeFlow(trigger: "dev", ["qa<dev", "staging<qa", "prod<staging"]) { flow in
      flow.steps[0].action = .commit
      flow.steps[0].preAction = "smoke-tests"
      flow.steps[2].action = .pullRequest
      flow.steps[2].postAction = "notify-slack"
    }
    Golden.check(draw(flow), "straight-line")
  }

  /// Hooks show as a `hook` line naming them in full boxes and as an `h` mark in compact ones,
  /// on the trigger (the flow's onSuccess / onFail) as on steps.
  @Test(arguments: [false, true]) func hooksInBoxes(compact: Bool) {
    let flow = makeFlow(trigger: "dev", ["qa<dev", "prod<qa"]) { flow in
      flow.hooks.onFail = "page-oncall"
      flow.steps[0].hooks.onSuccess = "notify"
      flow.steps[1].postAction = "close-ticket"
    }
    Golden.check(draw(flow, compact: compact), compact ? "hooks-compact" : "hooks")
  }

  @Test func fanOut() {
    Golden.check(draw(makeFlow(trigger: "dev", ["qa<dev", "perf<dev", "security<dev"])), "fan-out")
  }

  @Test func fanIn() {
    Golden.check(draw(makeFlow(trigger: "dev", ["qa<dev", "perf<dev", "prod<qa,perf"])), "fan-in")
  }

  @Test func diamond() {
    Golden.check(
      draw(makeFlow(trigger: "dev", ["qa<dev", "staging<dev", "prod<qa,staging"])), "diamond")
  }

  @Test func edgeThatSkipsColumns() {
    Golden.check(
      draw(makeFlow(trigger: "dev", ["qa<dev", "staging<qa", "uat<staging", "prod<uat,dev"])),
      "skip-columns")
  }

  @Test func twentyParallelEnvironments() {
    let steps = (1...20).map { "region-\($0)<dev" }
    Golden.check(draw(makeFlow(trigger: "dev", steps), compact: true), "twenty-parallel")
  }

  @Test func thirtyDeepChain() {
    let steps = (1...30).map { "e\($0)<" + ($0 == 1 ? "dev" : "e\($0 - 1)") }
    Golden.check(draw(makeFlow(trigger: "dev", steps), compact: true), "thirty-deep")
  }

  @Test func crossingProneGraph() {
    let flow = makeFlow(
      trigger: "dev",
      [
        "a<dev", "b<dev", "c<dev", "x<c", "y<a", "z<b", "p<x,z", "q<y", "r<x,y,z",
      ])
    Golden.check(draw(flow), "crossing-prone")
  }

  @Test func wideNames() {
    let flow = makeFlow(trigger: "開発", ["検証<開発", "本番<検証"]) { $0.steps[1].action = .pullRequest }
    Golden.check(draw(flow), "wide-names")
  }

  @Test func longNamesAreShortenedWithAnEllipsis() {
    let flow = makeFlow(trigger: "dev", ["production-europe-west-frankfurt-primary-cluster<dev"])
    let diagram = FlowDiagram(flow: flow, catalog: nil)
    #expect(diagram.shortenedNames == ["production-europe-west-frankfurt-primary-cluster"])
    Golden.check(draw(flow), "long-names")
  }

  @Test func asciiGlyphs() {
    let flow = makeFlow(trigger: "dev", ["qa<dev", "staging<dev", "prod<qa,staging"])
    let text = draw(flow, glyphs: .ascii)
    #expect(text.unicodeScalars.allSatisfy { $0.isASCII })
    Golden.check(text, "diamond-ascii")
  }
}
