import FlowBuilder
import PromotionKit
import TerminalCanvas
import Testing

/// After an edit, the diagram takes the boxes of the one before it that nothing changed: what it
/// shows is exactly what a diagram made afresh shows, for every kind of input a box is made of.
@Suite struct BoxReuseTests {
  static let catalog = EnvironmentCatalog(environments: [
    EnvironmentDefinition(name: "prod", kind: .production)
  ])

  /// Each change, applied to the flow, catalog, policies or style the diagram is made from.
  struct Case: Sendable, CustomStringConvertible {
    var description: String
    var flow: @Sendable (PromotionFlow) -> PromotionFlow = { $0 }
    var catalog: EnvironmentCatalog = BoxReuseTests.catalog
    var policies: [PromotionPolicy] = []
    var glyphs: GlyphSet = .unicode
    var compact = false
  }

  static let cases: [Case] = [
    Case(description: "nothing"),
    Case(
      description: "an action",
      flow: { flow in
        var flow = flow
        flow.steps[0].action = .pullRequest
        return flow
      }),
    Case(
      description: "a hook",
      flow: { flow in
        var flow = flow
        flow.steps[1].hooks.onFail = "page"
        return flow
      }),
    Case(
      description: "the trigger workflow and the flow's hooks",
      flow: { flow in
        var flow = flow
        flow.hooks.onStart = "build"
        flow.hooks.onSuccess = "notify"
        return flow
      }),
    Case(
      description: "a kind in the catalog",
      catalog: EnvironmentCatalog(environments: [
        EnvironmentDefinition(name: "qa", kind: .production)
      ])),
    Case(
      description: "what policies give",
      policies: [
        PromotionPolicy(
          name: "gated", priority: 1, action: .pullRequest, preAction: "gate",
          environmentTypes: ["NON_PROD"])
      ]),
    Case(description: "ASCII glyphs", glyphs: .ascii),
    Case(description: "compact boxes", compact: true),
  ]

  @Test(arguments: cases)
  func aDiagramMadeFromAnEarlierOneShowsWhatAFreshOneShows(change: Case) {
    let flow = makeFlow(trigger: "dev", ["qa<dev", "prod<qa"])
    let earlier = FlowDiagram(flow: flow, catalog: Self.catalog)
    let changed = change.flow(flow)
    let resolved =
      change.policies.isEmpty
      ? nil
      : PolicyResolver.resolve(
        changed, product: nil, policies: change.policies, catalog: change.catalog)
    let reused = FlowDiagram(
      flow: changed, catalog: change.catalog, resolved: resolved,
      compact: change.compact, glyphs: change.glyphs, previous: earlier.layout,
      reusing: earlier)
    let fresh = FlowDiagram(
      flow: changed, catalog: change.catalog, resolved: resolved,
      compact: change.compact, glyphs: change.glyphs, previous: earlier.layout)
    #expect(reused.boxes == fresh.boxes)
    #expect(reused.layout.nodes == fresh.layout.nodes)
  }
}
