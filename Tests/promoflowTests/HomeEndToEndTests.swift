import Foundation
import TestSupport
import Testing

/// A new user's first minutes in a copy of the demo workspace, through the real binary: the
/// home lists every flow with its problems, a flow opens and its warning is read with `!` and
/// jumped to, `q` comes back, `n` starts a flow, and a flow with a syntax error is fixed in the
/// YAML view.
@Suite(.serialized) struct HomeEndToEndTests {
  let temporary: TemporaryFolder
  var folder: URL { temporary.url }
  static let demo = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("../../Sources/promoflow/DemoWorkspace").standardizedFileURL
  static let broken = """
    apiVersion: codefresh.io/v1beta1
    kind: PromotionFlow
    metadata: {name: broken}
    spec:
      triggerEnvironment: dev
      steps:
        - environment: qa
          dependsOn: [dev
        - environment: staging
          dependsOn: [qa]

    """

  init() throws {
    temporary = try TemporaryFolder("pf-home-e2e")
    for item in try FileManager.default.contentsOfDirectory(atPath: Self.demo.path) {
      try FileManager.default.copyItem(
        at: Self.demo.appendingPathComponent(item), to: folder.appendingPathComponent(item))
    }
    try temporary.write(
      "resources/configurations/promotion-flows/checkout.yaml",
      "apiVersion: codefresh.io/v1beta1\nkind: PromotionFlow\nmetadata: {name: checkout}\nspec:\n  triggerEnvironment: dev\n  steps:\n    - {environment: qa, dependsOn: [dev]}\n    - {environment: perf, dependsOn: [qa]}\n"
    )
    try temporary.write("resources/configurations/promotion-flows/broken.yaml", Self.broken)
  }

  var flows: URL { folder.appendingPathComponent("resources/configurations/promotion-flows") }

  @Test func aNewUsersFirstMinutes() throws {
    let app = try TmuxSession("", in: folder)
    let home = try app.waitFor("4 flows")
    for name in ["payments", "shop", "checkout"] { #expect(home.contains(name), "\(home)") }
    #expect(home.contains("▲ 1 warning"), "checkout's problem count")
    #expect(home.contains("✖ cannot be read"), "the broken flow is listed, to be fixed")

    try app.press("/")
    try app.type("check")
    try app.press("Enter")
    try app.waitFor("— checkout")
    try app.press("!")
    try app.waitFor("Problems: 0 errors, 1 warning")
    try app.press("Enter")
    let jumped = try app.waitFor("Perf is not in the environment catalog")
    #expect(jumped.contains("│ perf"), "the environment is on screen")
    try app.press("q")
    try app.waitFor("4 flows")

    try app.press("Escape", "n")
    try app.waitFor("New flow: its name")
    try app.type("Release")
    try app.waitFor("Not a valid name")
    try app.press("BSpace", "BSpace", "BSpace", "BSpace", "BSpace", "BSpace", "BSpace")
    try app.type("release")
    try app.waitFor("promotion-flows/release.yaml")
    try app.press("Enter")
    try app.waitFor("This flow is empty.")
    try app.press("q")
    try app.waitFor("4 flows")
    #expect(
      !FileManager.default.fileExists(atPath: flows.appendingPathComponent("release.yaml").path),
      "nothing is written until the new flow is saved")

    try app.press("/")
    try app.type("broken")
    try app.press("Enter")
    try app.waitFor("The file is not valid YAML")
    try app.press("k", "i", "End")
    try app.type("]")
    try app.press("Escape")
    try app.waitFor("The file reads now")
    try app.press("s")
    try app.waitFor("Saved")
    try app.press("q")
    let fixed = try app.waitFor("4 flows")
    #expect(!fixed.contains("cannot be read"), "\(fixed)")
    #expect(
      try String(contentsOf: flows.appendingPathComponent("broken.yaml"), encoding: .utf8)
        == Self.broken.replacingOccurrences(of: "[dev\n", with: "[dev]\n"))
    try app.press("q")
    #expect(try app.waitForExit() == 0)
    #expect(app.terminalRestored)
  }

  @Test func validateInCIPrintsAnnotations() throws {
    let run = try CommandLineTests.runBinary(["validate", "--format", "github"], in: folder)
    #expect(run.status == 1)
    #expect(run.output.contains("::error file="), "\(run.output)")
    #expect(run.output.contains("broken.yaml,line=9,col="))
    #expect(
      run.output.contains("::warning file=")
        && run.output.contains("title=unknown-environment::perf"))
  }
}
