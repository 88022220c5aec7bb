import Foundation
import TestSupport
import Testing

/// The editor as a user drives it: the real binary in tmux, keys and mouse in, the screen out.
@Suite(.serialized) struct EditorEndToEndTests {
  let temporary: TemporaryFolder
  var folder: URL { temporary.url }

  init() throws {
    temporary = try TemporaryFolder("pf-e2e")
    try temporary.makeFolder("workflows")
    try """
    # the catalog
    environments:
      - {name: dev, kind: NON_PROD}
      - {name: qa, kind: NON_PROD}
      - {name: perf, kind: NON_PROD}
      - {name: staging, kind: NON_PROD}
      - {name: prod, kind: PROD}

    """.write(
      to: folder.appendingPathComponent("promoflow.yaml"), atomically: true, encoding: .utf8)
    for name in ["smoke-tests", "notify-slack"] {
      try """
      apiVersion: argoproj.io/v1alpha1
      kind: WorkflowTemplate
      metadata:
        name: \(name)
        annotations: {codefresh.io/workflow-origin: promotion}

      """.write(
        to: folder.appendingPathComponent("workflows/\(name).yaml"), atomically: true,
        encoding: .utf8)
    }
    try """
    apiVersion: codefresh.io/v1beta1
    kind: PromotionPolicy
    metadata: {name: prod-pr}
    spec: {priority: 1, selector: {product: {names: [shop]}, targetEnvironment: {types: [PROD]}}, policy: {action: pr, preAction: smoke-tests}}
    ---
    apiVersion: codefresh.io/v1beta2
    kind: Product
    metadata: {name: shop}
    spec: {promotionFlows: [{name: release}]}

    """.write(to: folder.appendingPathComponent("policies.yaml"), atomically: true, encoding: .utf8)
  }

  /// Selects an environment by name with `/`, as a user would.
  func select(_ name: String, in app: TmuxSession) throws {
    try app.press("/")
    try app.waitFor("Find an environment")
    try app.type(name)
    try app.press("Enter")
    try app.waitFor(" \(name) (")
  }

  func text(_ name: String) throws -> String {
    try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
  }

  /// Writes a flow `chain` triggered by dev to `file`, with a step for each `"qa<dev"` (qa
  /// waits for dev), and opens it; returns the text written and the running app.
  func openChain(_ file: String, _ steps: [String]) throws -> (text: String, app: TmuxSession) {
    let lines = steps.map { spec -> String in
      let parts = spec.split(separator: "<").map(String.init)
      return "    - {environment: \(parts[0]), dependsOn: [\(parts[1])]}\n"
    }
    let text =
      "apiVersion: codefresh.io/v1beta1\nkind: PromotionFlow\nmetadata: {name: chain}\nspec:\n  triggerEnvironment: dev\n  steps:\n"
      + lines.joined()
    try text.write(to: folder.appendingPathComponent(file), atomically: true, encoding: .utf8)
    let app = try TmuxSession(file, in: folder)
    try app.waitFor("dev (NON_PROD)")
    return (text, app)
  }

  @Test func buildAWholeFlowFromAnEmptyFile() throws {
    let app = try TmuxSession("edit release.yaml", in: folder)
    try app.waitFor("This flow is empty.")
    try app.press("a")
    try app.waitFor("Choose the trigger environment")
    try app.type("dev")
    try app.press("Enter")
    try app.waitFor("dev is the trigger")
    for name in ["qa", "perf"] {
      try app.press("a")
      try app.waitFor("Add a target after dev")
      try app.type(name)
      try app.press("Enter")
      try app.waitFor("Added \(name) after dev")
      try select("dev", in: app)
    }
    try select("qa", in: app)
    try app.press("a")
    try app.type("prod")
    try app.press("Enter")
    try app.waitFor("Added prod after qa")
    try app.press("d")
    try app.waitFor("prod depends on")
    try app.type("perf")
    try app.press("Space", "Enter")
    try app.waitFor("prod now depends on qa, perf")
    try app.press("e")
    try app.type("pull")
    try app.press("Enter")
    try app.waitFor("Pull Request (Manual)")
    try app.press("[")
    try app.type("smoke")
    try app.press("Enter")
    try app.waitFor("Pre-Action smoke-tests")
    try app.press("]")
    try app.waitFor("Post-Action of prod")
    try app.type("release-notes")
    try app.press("Enter")
    try app.waitFor("New promotion workflow")
    try app.press("Enter")
    try app.waitFor("Created workflow release-notes")
    try app.press("a")
    try app.type("canary")
    try app.press("Enter")
    try app.waitFor("New environment")
    try app.press("Tab", "Space", "Enter")
    try app.waitFor("Created canary in the catalog")
    try app.press("H")
    try app.waitFor("Hooks of canary")
    try app.type("onfail")
    try app.press("Enter")
    try app.waitFor("onFail of canary")
    try app.type("notify")
    try app.press("Enter")
    let hooked = try app.waitFor("canary: onFail notify-slack")
    #expect(hooked.contains("hook fail notify-slack"), "the box shows the hook")
    try app.press("p")
    try app.type("shop")
    try app.press("Enter")
    try app.waitFor("policies: shop")
    try app.press("u")
    try app.waitFor("Undid: canary: hooks.onFail unset → notify-slack")
    try app.press("C-r")
    try app.waitFor("Redid: canary: hooks.onFail unset → notify-slack")
    try app.press("s")
    let afterSave = try app.waitFor("Saved release.yaml")
    #expect(!afterSave.contains("[+]"))
    try app.press("q")
    #expect(try app.waitForExit() == 0)
    #expect(app.terminalRestored)

    let saved = try text("release.yaml")
    #expect(saved.contains("triggerEnvironment: dev"))
    let flow = try #require(try YAMLData.documents(saved).first)
    #expect(
      try CRDSchema.load("promotionflows.yaml", version: "v1beta1").problems(of: flow).isEmpty,
      "\(saved)")
    let validate = try CommandLineTests.runBinary(["validate", "release.yaml"], in: folder)
    #expect(validate.status == 0, "\(validate.output)\(validate.error)")
    #expect(
      try text("promoflow.yaml").hasSuffix(
        "  - {name: staging, kind: NON_PROD}\n  - {name: prod, kind: PROD}\n  - {name: canary, kind: PROD}\n"
      ))
    #expect(try text("workflows/release-notes.yaml").contains("name: release-notes"))
  }

  @Test func tChangesTheTriggerAndUndoBringsItBack() throws {
    let (chain, app) = try openChain("t.yaml", ["qa<dev", "staging<qa"])
    try app.press("t")
    try app.waitFor("Change the trigger (now dev)")
    try app.type("qa")
    try app.press("Enter")
    let changed = try app.waitFor("qa is the trigger; dev left the flow")
    #expect(changed.contains("qa     TRIGGER"), "\(changed)")
    #expect(!changed.contains("│ dev "))
    try app.press("u")
    try app.waitFor("Undid: trigger dev → qa")
    try app.press("q")
    #expect(try app.waitForExit() == 0)
    #expect(try text("t.yaml") == chain)
  }

  @Test func hPicksHooksOfTheFlowAndOfAStepFromTheWorkspacesWorkflows() throws {
    let (_, app) = try openChain("h.yaml", ["qa<dev"])
    try app.press("H")
    let flowHooks = try app.waitFor("Hooks of the flow")
    #expect(flowHooks.contains("onSuccess") && flowHooks.contains("onFail"), "\(flowHooks)")
    try app.type("onsucc")
    try app.press("Enter")
    let workflows = try app.waitFor("onSuccess of the flow")
    #expect(
      workflows.contains("smoke-tests") && workflows.contains("notify-slack"),
      "the workspace's promotion workflows are offered:\n\(workflows)")
    try app.type("notify")
    try app.press("Enter")
    try app.waitFor("dev: onSuccess notify-slack")
    try app.press("Escape")
    try select("qa", in: app)
    try app.press("H")
    try app.waitFor("Hooks of qa")
    try app.type("onfail")
    try app.press("Enter")
    try app.waitFor("onFail of qa")
    try app.type("page-oncall")
    try app.press("Enter")
    try app.waitFor("New promotion workflow")
    try app.press("Enter")
    try app.waitFor("Created workflow page-oncall")
    let boxes = try app.waitFor("hook fail page-oncall")
    #expect(boxes.contains("hook ok notify-slack"), "the trigger's box shows the flow hook")
    try app.press("Escape", "z")
    let compact = try app.waitFor("qa  ·  h")
    #expect(compact.contains("dev  T h"), "compact boxes mark hooks with h:\n\(compact)")
    try app.press("s")
    try app.waitFor("Saved h.yaml")
    try app.press("q")
    #expect(try app.waitForExit() == 0)
    let saved = try text("h.yaml")
    #expect(saved.contains("onSuccess: notify-slack") && saved.contains("onFail: page-oncall"))
    let flow = try #require(try YAMLData.documents(saved).first)
    #expect(
      try CRDSchema.load("promotionflows.yaml", version: "v1beta1").problems(of: flow).isEmpty,
      "\(saved)")
    #expect(try text("workflows/page-oncall.yaml").contains("name: page-oncall"))
  }

  /// The tests' waits rest on this: in test mode promoflow says when it is idle with its frame
  /// drawn, and says it again only after it has read and drawn the next keys.
  @Test func promoflowSaysWhenItIsIdleWithItsFrameDrawn() throws {
    let (_, app) = try openChain("i.yaml", ["qa<dev"])
    let started = app.idleCount
    #expect(started > 0, "idle reported once the first frame is drawn")
    try app.press("?")
    let help = try app.waitFor("Keys")
    #expect(app.idleCount > started && help.contains("Keys"))
    try app.press("Escape", "q")
    #expect(try app.waitForExit() == 0)
  }

  @Test func theListViewEditsTheSelectedRow() throws {
    let (_, app) = try openChain("l.yaml", ["qa<dev", "prod<qa"])
    try app.press("L")
    let list = try app.waitFor("Wave 2 · 1 environment")
    #expect(list.contains("ENVIRONMENT") && list.contains("Wave 0 · trigger"))
    try app.press("j", "j", "e")
    try app.waitFor("Promotion action of prod")
    try app.type("pull")
    try app.press("Enter")
    let edited = try app.waitFor("prod: Pull Request (Manual)")
    #expect(edited.contains("Wave 2"), "still the list")
    try app.press("s")
    try app.waitFor("Saved l.yaml")
    #expect(try text("l.yaml").contains("action: pr"))
    try app.press("q")
    #expect(try app.waitForExit() == 0)
  }

  @Test func removeWithReconnectAndWithCascade() throws {
    let (_, app) = try openChain("chain.yaml", ["qa<dev", "staging<qa", "prod<staging"])
    try app.press("l")
    try app.waitFor("qa (NON_PROD)")
    try app.press("x")
    try app.waitFor("Reconnect staging to dev")
    try app.press("Enter")
    try app.waitFor("Removed qa")
    try app.press("s")
    try app.waitFor("Saved chain.yaml")
    #expect(try text("chain.yaml").contains("{environment: staging, dependsOn: [dev]}"))
    try app.press("l")
    try app.waitFor("staging (NON_PROD)")
    try app.press("x")
    try app.waitFor("Also remove prod")
    try app.press("Down", "Enter")
    try app.waitFor("Removed staging, prod")
    try app.press("s")
    try app.waitFor("chain.yaml has 1 error: save anyway?")
    #expect(try text("chain.yaml").contains("prod"), "nothing is written before the answer")
    try app.press("Down", "Enter")
    try app.waitFor("Saved chain.yaml")
    #expect(!(try text("chain.yaml")).contains("prod"))
    try app.press("q")
    #expect(try app.waitForExit() == 0)
  }

  @Test func mouseSelectsAndResizeRedraws() throws {
    try
      "apiVersion: codefresh.io/v1beta1\nkind: PromotionFlow\nmetadata: {name: m}\nspec:\n  triggerEnvironment: dev\n  steps:\n    - {environment: qa, dependsOn: [dev]}\n"
      .write(to: folder.appendingPathComponent("m.yaml"), atomically: true, encoding: .utf8)
    let app = try TmuxSession("m.yaml", in: folder)
    let screen = try app.waitFor("dev (NON_PROD)")
    let lines = screen.split(separator: "\n", omittingEmptySubsequences: false)
    let row = try #require(lines.firstIndex { $0.contains("│ qa ") })
    let column = try #require(
      lines[row].range(of: "qa").map {
        lines[row].distance(from: lines[row].startIndex, to: $0.lowerBound)
      })
    try app.click(x: column, y: row)
    try app.waitFor("qa (NON_PROD) · after dev")
    try app.resize(width: 40, height: 10)
    try app.waitFor("Terminal too small")
    try app.resize(width: 100, height: 30)
    try app.waitFor("qa (NON_PROD) · after dev")
    try app.press("q")
    #expect(try app.waitForExit() == 0)
    #expect(app.terminalRestored)
  }

  @Test func quitAsksAboutUnsavedChanges() throws {
    try
      "apiVersion: codefresh.io/v1beta1\nkind: PromotionFlow\nmetadata: {name: q}\nspec:\n  triggerEnvironment: dev\n  steps:\n    - {environment: qa, dependsOn: [dev]}\n"
      .write(to: folder.appendingPathComponent("q.yaml"), atomically: true, encoding: .utf8)
    let before = try text("q.yaml")
    let app = try TmuxSession("q.yaml", in: folder)
    try app.waitFor("dev (NON_PROD)")
    try app.press("l", "e")
    try app.type("none")
    try app.press("Enter")
    try app.waitFor("[+]")
    try app.press("q")
    try app.waitFor("unsaved changes")
    try app.press("Escape")
    try app.waitFor("No Action")
    try app.press("C-c")
    try app.waitFor("unsaved changes")
    try app.press("d")
    #expect(try app.waitForExit() == 0)
    #expect(app.terminalRestored)
    #expect(try text("q.yaml") == before, "discard leaves the file alone")
  }

  @Test func signalsAndCrashesRestoreTheTerminal() throws {
    try
      "apiVersion: codefresh.io/v1beta1\nkind: PromotionFlow\nmetadata: {name: s}\nspec:\n  triggerEnvironment: dev\n  steps:\n    - {environment: qa, dependsOn: [dev]}\n"
      .write(to: folder.appendingPathComponent("s.yaml"), atomically: true, encoding: .utf8)
    for signal in ["TERM", "HUP", "INT"] {
      let app = try TmuxSession("s.yaml", in: folder)
      try app.waitFor("dev (NON_PROD)")
      try app.signalPromoflow(signal)
      let code = try app.waitForExit()
      #expect(code >= 128, "\(signal) ended promoflow with \(code)")
      #expect(app.terminalRestored, "after SIG\(signal)")
      try? FileManager.default.removeItem(at: app.exitFile)
      try? FileManager.default.removeItem(at: app.sttyAfter)
    }
    // A fatal signal from outside takes the crash handler's path, as a real fault would: the
    // terminal is given back and the process still dies of the signal.
    for (signal, number) in [("SEGV", 11), ("ABRT", 6)] {
      let app = try TmuxSession("s.yaml", in: folder)
      try app.waitFor("dev (NON_PROD)")
      try app.signalPromoflow(signal)
      #expect(try app.waitForExit() == 128 + number, "SIG\(signal)")
      #expect(app.terminalRestored, "after SIG\(signal)")
      try app.waitFor("promoflow: crashed (signal \(number)); the terminal was restored")
      try? FileManager.default.removeItem(at: app.exitFile)
      try? FileManager.default.removeItem(at: app.sttyAfter)
    }
  }

  @Test func ctrlZSuspendsAndFgRedraws() throws {
    try
      "apiVersion: codefresh.io/v1beta1\nkind: PromotionFlow\nmetadata: {name: z}\nspec:\n  triggerEnvironment: dev\n  steps:\n    - {environment: qa, dependsOn: [dev]}\n"
      .write(to: folder.appendingPathComponent("z.yaml"), atomically: true, encoding: .utf8)
    let shell = try TmuxSession(shellIn: folder)
    try shell.waitFor("shell$")
    try shell.type("'\(CommandLineTests.binary)' z.yaml")
    try shell.press("Enter")
    try shell.waitFor("dev (NON_PROD)")
    try shell.press("C-z")
    let stopped = try shell.waitFor("Stopped")
    #expect(!stopped.contains("TRIGGER ├"), "the screen was given back to the shell")
    try shell.type("echo RAW=$(stty -a | tr ' ;' '\\n\\n' | grep -c -x -- '-icanon')")
    try shell.press("Enter")
    try shell.waitFor("RAW=0", timeout: 5)
    try shell.type("fg")
    try shell.press("Enter")
    try shell.waitFor("dev (NON_PROD)")
    try shell.press("l")
    try shell.waitFor("qa (NON_PROD)")
    try shell.press("q")
    try shell.waitFor("shell$")
  }
}
