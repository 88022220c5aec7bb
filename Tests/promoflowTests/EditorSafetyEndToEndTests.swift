import Foundation
import TestSupport
import Testing

/// The editor's edges, driven as a user would: nothing acts unseen, nothing is written unasked,
/// nothing typed is dropped without a word.
@Suite(.serialized) struct EditorSafetyEndToEndTests {
  let temporary: TemporaryFolder
  var folder: URL { temporary.url }

  static let chain = """
    apiVersion: codefresh.io/v1beta1
    kind: PromotionFlow
    metadata:
      name: chain
    spec:
      triggerEnvironment: dev
      steps:
        - environment: qa
          dependsOn: [dev]
        - environment: prod
          dependsOn: [qa]

    """

  init() throws {
    temporary = try TemporaryFolder("pf-safety")
    try write(Self.chain, to: "chain.yaml")
  }

  func write(_ text: String, to name: String) throws {
    try text.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8)
  }

  func text(_ name: String) throws -> String {
    try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
  }

  func open(_ name: String = "chain.yaml") throws -> TmuxSession {
    let app = try TmuxSession(name, in: folder)
    try app.waitFor("dev · trigger")
    return app
  }

  @Test func aFileWithASyntaxErrorOpensInTheYAMLViewAndIsFixedThere() throws {
    let broken = Self.chain.replacingOccurrences(of: "dependsOn: [dev]", with: "dependsOn: [dev")
    try write(broken, to: "broken.yaml")
    let app = try TmuxSession("broken.yaml", in: folder)
    let opened = try app.waitFor("The file is not valid YAML")
    #expect(opened.contains("— YAML"), "the YAML view, not a refusal")
    #expect(opened.contains("1 error"))
    try app.press("s")
    try app.waitFor("not valid YAML yet")
    try app.press("!")
    let problems = try app.waitFor("Problems: 1 error")
    #expect(problems.contains("did not find expected"))
    try app.press("Enter", "k", "i", "End")
    try app.type("]")
    try app.press("Escape")
    try app.waitFor("The file reads now")
    try app.press("Tab")
    try app.waitFor("│ qa ")
    #expect(try text("broken.yaml") == broken, "nothing is written before a save")
    try app.press("s")
    try app.waitFor("Saved")
    #expect(try text("broken.yaml") == Self.chain)
    try app.press("q")
    #expect(try app.waitForExit() == 0)
  }

  @Test func quittingAFileThatDoesNotReadLeavesItAsItIs() throws {
    let broken = "apiVersion: codefresh.io/v1beta1\nkind: [PromotionFlow\n"
    try write(broken, to: "broken.yaml")
    let app = try TmuxSession("broken.yaml", in: folder)
    try app.waitFor("The file is not valid YAML")
    try app.press("q")
    try app.waitFor("quitting leaves it as it is on disk")
    try app.press("d")
    #expect(try app.waitForExit() == 0)
    #expect(try text("broken.yaml") == broken)
  }

  @Test func keysDoNothingWhileTheTerminalIsTooSmall() throws {
    let app = try open()
    try app.press("l")
    try app.waitFor("qa · after dev")
    try app.resize(width: 40, height: 10)
    try app.waitFor("Terminal too small")
    try app.press("x")
    try app.press("Enter")
    try app.click(x: 5, y: 5)
    try app.resize(width: 120, height: 36)
    let screen = try app.waitFor("qa · after dev")
    #expect(!screen.contains("Remove") && !screen.contains("[+]"), "\(screen)")
    #expect(screen.contains("│ qa "), "the environment is still there")
    try app.press("q")
    #expect(try app.waitForExit() == 0)
    #expect(try text("chain.yaml") == Self.chain)
  }

  @Test func quitWhileTooSmallAsksOnceThereIsRoomWhenWorkIsUnsaved() throws {
    let app = try open()
    try app.press("l", "e")
    try app.type("pull")
    try app.press("Enter")
    try app.waitFor("[+]")
    try app.resize(width: 40, height: 10)
    try app.waitFor("Terminal too small")
    try app.press("q")
    try app.press("d")
    try app.resize(width: 120, height: 36)
    try app.waitFor("You have unsaved changes.")
    try app.press("Escape")
    try app.waitFor("[+]")
    try app.resize(width: 40, height: 10)
    try app.waitFor("Terminal too small")
    try app.resize(width: 120, height: 36)
    try app.waitFor("/ find")
    try app.press("q", "d")
    #expect(try app.waitForExit() == 0)
    #expect(try text("chain.yaml") == Self.chain)
  }

  @Test func aReadOnlyFileIsWrittenOnlyWhenAskedExplicitly() throws {
    let path = folder.appendingPathComponent("chain.yaml").path
    try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: path)
    let app = try open()
    try app.press("l", "e")
    try app.type("pull")
    try app.press("Enter", "s")
    try app.waitFor("chain.yaml is read-only")
    #expect(try text("chain.yaml") == Self.chain)
    try app.press("q", "s")
    try app.waitFor("chain.yaml is read-only")
    #expect(try text("chain.yaml") == Self.chain, "the quit prompt's save refuses too")
    try app.press("S")
    try app.waitFor("Saved chain.yaml")
    #expect(try text("chain.yaml").contains("action: pr"))
    let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
    #expect(mode == 0o444, "the override keeps the file's mode")
    try app.press("q")
    #expect(try app.waitForExit() == 0)
  }

  @Test func aRejectedTextEditIsNeverDroppedSilently() throws {
    let app = try open()
    try app.press("Tab")
    try app.waitFor("— YAML")
    try app.press("G", "i")
    try app.type("  - {environment: [")
    try app.press("Escape")
    let rejected = try app.waitFor("1 error")
    #expect(!rejected.contains("0 errors"), "the status line counts the pending text's error")
    try app.press("q")
    try app.waitFor("Your text edit in the YAML view would be lost.")
    try app.press("e")
    try app.waitFor("{environment: [")
    try app.press("Escape", "q")
    try app.waitFor("would be lost")
    try app.press("d")
    #expect(try app.waitForExit() == 0)
    #expect(try text("chain.yaml") == Self.chain)
  }

  @Test func aFileWithNoPromotionFlowIsRefusedNotAppendedTo() throws {
    let deployment = """
      apiVersion: apps/v1
      kind: Deployment
      metadata: {name: web}
      ---
      apiVersion: v1
      kind: Service
      metadata: {name: web}

      """
    try write(deployment, to: "deploy.yaml")
    let run = try CommandLineTests.runBinary(["deploy.yaml"], in: folder)
    #expect(run.status == 1)
    #expect(
      run.error.contains("deploy.yaml:1:1: error:") && run.error.contains("Deployment")
        && run.error.contains("Service") && run.error.contains("PromotionFlow"), "\(run.error)")
    #expect(try text("deploy.yaml") == deployment)
    try write(deployment + "---\n" + Self.chain, to: "mixed.yaml")
    let app = try open("mixed.yaml")
    try app.press("q")
    #expect(try app.waitForExit() == 0, "a file that holds a flow among others still opens")
  }

  @Test func savingAFlowWithErrorsAsksFirst() throws {
    let app = try open()
    try app.press("l", "x")
    try app.waitFor("Also remove prod")
    try app.press("Down", "Enter")
    try app.waitFor("Removed qa, prod")
    try app.press("s")
    let asked = try app.waitFor("chain.yaml has 1 error: save anyway?")
    #expect(asked.contains("the flow has no steps"), "the question names the first error")
    try app.press("Escape")
    try app.waitFor("[+]")
    #expect(try text("chain.yaml") == Self.chain)
    try app.press("q", "s")
    try app.waitFor("Save anyway, then quit")
    try app.press("Down", "Enter")
    #expect(try app.waitForExit() == 0)
    #expect(!(try text("chain.yaml")).contains("qa"))
  }
}
