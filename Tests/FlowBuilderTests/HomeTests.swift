import FlowBuilder
import PromotionKit
import TerminalCanvas
import TestSupport
import Testing

/// The home: the workspace's flows with their problems, and the keys that open, start, copy and
/// delete flows and read the workspace's problems.
@Suite struct HomeTests {
  let folder: TemporaryFolder

  init() throws { folder = try HomeFixture.make() }

  @Test func theSummaryListsEveryFlowWithItsProblemsAsValidateCountsThem() throws {
    let summary = WorkspaceSummary.scan(root: folder.path)
    #expect(summary.flows.map(\.name) == ["billing", "broken", "combined", "shop"])
    let billing = try #require(summary.flows.first { $0.name == "billing" })
    #expect(billing.environments == 3 && billing.trigger == "dev")
    #expect(billing.problems.errorCount == 1, "\(billing.problems)")
    let broken = try #require(summary.flows.first { $0.name == "broken" })
    #expect(broken.environments == nil, "a flow file that is not YAML is listed, to be fixed")
    #expect(summary.flows.first { $0.name == "combined" }?.sharesFile == true)
    #expect(summary.flows.first { $0.name == "shop" }?.problems.isEmpty == true)
    #expect(summary.flowsFolder == "flows", "where most flows are")
    #expect(summary.policies.map(\.name) == ["prod-pr"] && summary.products.map(\.name) == ["shop"])
    #expect(summary.problems.first?.problems.errorCount ?? 0 > 0, "files with errors first")
  }

  @Test func enterOpensTheHighlightedFlowAndTheFilterNarrowsTheList() {
    var state = HomeFixture.state(folder)
    #expect(
      run(&state, .down, .down, .down, .down, .confirm) == [.open("flows/shop.yaml", at: nil)])
    run(&state, .startFilter)
    #expect(state.mode == .filter)
    type(&state, "bill")
    #expect(state.visibleFlows.map(\.name) == ["billing"])
    #expect(run(&state, .confirm) == [.open("flows/billing.yaml", at: nil)])
    run(&state, .cancel)
    #expect(state.query.isEmpty && state.visibleFlows.count == 4)
  }

  @Test func aNewFlowsNameIsCheckedAsItIsTyped() {
    var state = HomeFixture.state(folder)
    run(&state, .newFlow)
    type(&state, "Shop")
    guard case .name(let field)? = state.overlay else {
      Issue.record("no name dialog")
      return
    }
    #expect(field.problem(in: state.summary)?.hasPrefix("Not a valid name") == true)
    #expect(run(&state, .confirm).isEmpty, "an invalid name creates nothing")
    run(&state, .backspace, .backspace, .backspace, .backspace)
    type(&state, "shop")
    #expect(run(&state, .confirm).isEmpty, "nor a name in use")
    #expect(state.message?.text == "A flow named shop exists")
    type(&state, "-eu")
    #expect(run(&state, .confirm) == [.open("flows/shop-eu.yaml", at: nil)])
    #expect(state.overlay == nil)
  }

  @Test func copyingAndDeletingAskFirstAndDeletingRefusesASharedFile() {
    var state = HomeFixture.state(folder)
    run(&state, .down, .down, .down, .copyFlow)
    #expect(
      run(&state, .confirm) == [
        .copy(from: "flows/shop.yaml", name: "shop-copy", to: "flows/shop-copy.yaml")
      ])
    run(&state, .deleteFlow)
    #expect(state.mode == .confirmDelete)
    #expect(run(&state, .cancel).isEmpty && state.overlay == nil, "Esc keeps it")
    #expect(run(&state, .deleteFlow, .confirm) == [.delete("flows/shop.yaml")])
    run(&state, .up, .deleteFlow)
    #expect(state.overlay == nil, "combined.yaml holds a product too")
    #expect(state.message?.text.contains("holds other resources too") == true)
  }

  @Test func problemsAreGroupedByFileAndEnterOpensTheFlowAtOne() throws {
    var state = HomeFixture.state(folder)
    run(&state, .showProblems)
    #expect(state.mode == .problems)
    let first = try #require(state.allProblems.first)
    #expect(run(&state, .confirm) == [.open(try #require(first.file), at: first)])
  }

  @Test func quitLeavesAndAnEmptyWorkspaceSaysHowToStart() throws {
    var state = HomeFixture.state(folder)
    #expect(run(&state, .quit) == [.exit] && state.finished)
    let empty = try TemporaryFolder("pf-home-empty")
    let home = HomeFixture.state(empty)
    let screen = HomeScreen.render(home).canvas.text()
    #expect(screen.contains("No flows yet — n creates one."))
    #expect(screen.contains("resources/configurations/promotion-flows/"), "where it will go")
  }

  @Test func withASCIIGlyphsTheHomeIsPlainASCII() {
    var state = HomeFixture.state(folder)
    state.glyphs = .ascii
    let screen = HomeScreen.render(state).canvas.text(glyphs: .ascii)
    let plain = screen.unicodeScalars.allSatisfy { $0.isASCII }
    #expect(plain, "\(screen)")
    #expect(screen.contains("x 1 error") && screen.contains("x cannot be read"))
  }

  @Test func theHomeScreens() {
    var state = HomeFixture.state(folder)
    state.summary.root = "/work/shop-config"
    Golden.check(HomeScreen.render(state).canvas.text(), "home")
    Golden.check(HomeScreen.render(state).canvas.styleMap(), "style-home")
    run(&state, .showProblems, .down)
    Golden.check(HomeScreen.render(state).canvas.text(), "home-problems")
  }
}
