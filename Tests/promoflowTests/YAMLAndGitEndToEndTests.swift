import Foundation
import TestSupport
import Testing

/// The YAML view, safe saving and committing, driven through the real binary in tmux, in a
/// temporary git repository.
@Suite(.serialized) struct YAMLAndGitEndToEndTests {
  let temporary: TemporaryFolder
  var folder: URL { temporary.url }
  static let flow = """
    # Release train: keep this comment
    apiVersion: codefresh.io/v1beta1
    kind: PromotionFlow
    metadata:
      name: shop
    spec:
      triggerEnvironment: dev
      steps:
        - environment: qa
          dependsOn: [dev]
          policy:
            action: commit
        - environment: prod
          dependsOn: [qa]

    """

  init() throws {
    temporary = try TemporaryFolder("pf-git")
    try Self.flow.write(
      to: folder.appendingPathComponent("shop.yaml"), atomically: true, encoding: .utf8)
    try "other\n".write(
      to: folder.appendingPathComponent("unrelated.txt"), atomically: true, encoding: .utf8)
    try git("init", "-q", "-b", "main")
    try git("config", "user.name", "Test")
    try git("config", "user.email", "test@example.invalid")
    try git("add", "-A")
    try git("commit", "-q", "-m", "initial")
    try "changed but not promoflow's\n".write(
      to: folder.appendingPathComponent("unrelated.txt"), atomically: true, encoding: .utf8)
  }

  @discardableResult
  func git(_ arguments: String...) throws -> String {
    try Spawn.run(
      ["git", "-C", folder.path] + arguments, environment: ProcessInfo.processInfo.environment,
      capture: true)
  }

  func text(_ name: String) throws -> String {
    try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
  }

  func open(environment: String = "") throws -> TmuxSession {
    let app = try TmuxSession("shop.yaml", in: folder, environment: environment)
    try app.waitFor("dev (NON_PROD)".replacingOccurrences(of: " (NON_PROD)", with: " · trigger"))
    return app
  }

  @Test func yamlViewShowsTheFileAndKeepsTheSelection() throws {
    let app = try open()
    try app.press("l")
    try app.waitFor("qa · after dev")
    try app.press("Tab")
    let screen = try app.waitFor("— YAML")
    let lines = screen.split(separator: "\n")
    func line(_ text: String) -> Substring? { lines.first { $0.contains(text) } }
    #expect(line("# Release train: keep this comment") != nil)
    #expect(line("- environment: qa")?.contains("▌") == true)
    #expect(line("- environment: prod")?.contains("▌") == false)
    try app.press("j", "j", "j", "j", "Tab")
    try app.waitFor("prod · after qa")
    try app.press("q")
    #expect(try app.waitForExit() == 0)
  }

  @Test func aValidTextEditChangesTheGraphAndAnInvalidOneIsHeld() throws {
    let app = try open()
    try app.press("l", "Tab")
    try app.waitFor("YAML")
    try app.press("j", "j", "j", "i", "End")
    try app.waitFor("YAML (editing)")
    for _ in 0..<6 { try app.press("BSpace") }
    try app.type("pr")
    try app.press("Escape")
    try app.waitFor("Applied the text edit")
    try app.press("Tab")
    try app.waitFor("pull request")
    try app.press("Tab", "i", "End")
    try app.type(": [")
    try app.press("Escape")
    let held = try app.waitFor("edit not applied")
    #expect(held.contains("✗"))
    try app.press("Tab")
    try app.waitFor("Discard the text edit?")
    try app.press("Down", "Enter")
    try app.waitFor("Discarded the text edit")
    try app.press("s")
    try app.waitFor("Saved shop.yaml")
    let saved = try text("shop.yaml")
    #expect(saved == Self.flow.replacingOccurrences(of: "action: commit", with: "action: pr"))
    try app.press("q")
    #expect(try app.waitForExit() == 0)
  }

  @Test func theUsersEditorEditsACopy() throws {
    let script = folder.appendingPathComponent("edit.sh")
    try "#!/bin/sh\nsed -i 's/action: commit/action: none/' \"$1\"\n".write(
      to: script, atomically: true, encoding: .utf8)
    chmod(script.path, 0o755)
    let app = try open(environment: "EDITOR='\(script.path)'")
    try app.press("Tab")
    try app.waitFor("YAML")
    try app.press("E")
    try app.waitFor("Applied the text edit")
    try app.press("Tab")
    try app.waitFor("no action")
    try app.press("q")
    try app.waitFor("unsaved changes")
    try app.press("d")
    #expect(try app.waitForExit() == 0)
    #expect(try text("shop.yaml") == Self.flow, "nothing was saved")
  }

  @Test func aFileChangedBehindTheAppsBackIsNoticedAndNeverOverwrittenUnasked() throws {
    let app = try open()
    try app.press("l", "e")
    try app.type("pull")
    try app.press("Enter")
    try app.waitFor("[+]")
    let theirs = Self.flow.replacingOccurrences(
      of: "name: shop", with: "name: shop # edited elsewhere")
    try theirs.write(
      to: folder.appendingPathComponent("shop.yaml"), atomically: true, encoding: .utf8)
    // No key is pressed: the watcher notices the change by itself.
    let noticed = try app.waitFor("shop.yaml changed on disk", timeout: 3)
    #expect(noticed.contains("▸ Keep mine"), "with unsaved changes the default keeps them")
    try app.press("Down", "Enter")
    let diff = try app.waitFor("on disk → yours").split(separator: "\n")
    let old = try #require(diff.firstIndex { $0.contains("-  name: shop # edited elsewhere") })
    let new = try #require(diff.firstIndex { $0.contains("+  name: shop") })
    #expect(old < new, "the old line comes before the new one")
    try app.press("Escape")
    try app.waitFor("▸ Show the differences")
    try app.press("Up", "Enter")
    try app.waitFor("Kept your version")
    #expect(try text("shop.yaml") == theirs)
    try app.press("s")
    try app.waitFor("changed on disk")
    try app.press("Escape")
    try app.waitFor("[+]")
    #expect(try text("shop.yaml") == theirs, "the save-time guard still asks")
    try app.press("s")
    try app.waitFor("changed on disk")
    try app.press("Down", "Enter")
    try app.waitFor("Saved shop.yaml")
    #expect(try text("shop.yaml").contains("action: pr"))
    try app.press("q")
    #expect(try app.waitForExit() == 0)
  }

  @Test func aChangeOnDiskWithoutLocalEditsReloadsByDefault() throws {
    let app = try open()
    let theirs = Self.flow.replacingOccurrences(of: "action: commit", with: "action: pr")
    try theirs.write(
      to: folder.appendingPathComponent("shop.yaml"), atomically: true, encoding: .utf8)
    let noticed = try app.waitFor("shop.yaml changed on disk", timeout: 3)
    #expect(noticed.contains("▸ Reload it from disk"))
    try app.press("Enter")
    let reloaded = try app.waitFor("Reloaded")
    #expect(reloaded.contains("pull request") && !reloaded.contains("[+]"))
    try app.press("q")
    #expect(try app.waitForExit() == 0, "nothing unsaved: quit does not ask")
    #expect(try text("shop.yaml") == theirs)
  }

  @Test func committingAFlowWithErrorsAsksFirst() throws {
    let app = try open()
    try app.press("l", "x")
    try app.waitFor("Also remove prod")
    try app.press("Down", "Enter", "c")
    let asked = try app.waitFor("shop.yaml has 1 error: commit anyway?")
    #expect(asked.contains("the flow has no steps"))
    try app.press("Escape")
    try app.waitFor("[+]")
    #expect(try text("shop.yaml") == Self.flow, "nothing saved, nothing committed")
    #expect(try git("log", "--format=%s") == "initial\n")
    try app.press("q", "d")
    #expect(try app.waitForExit() == 0)
  }

  @Test func theCommitDialogNamesANewFileByItsPathInTheRepository() throws {
    try FileManager.default.createDirectory(
      at: folder.appendingPathComponent("flows"), withIntermediateDirectories: true)
    try Self.flow.replacingOccurrences(of: "name: shop", with: "name: release").write(
      to: folder.appendingPathComponent("flows/release.yaml"), atomically: true, encoding: .utf8)
    let app = try TmuxSession("flows/release.yaml", in: folder)
    try app.waitFor("dev · trigger")
    try app.press("c")
    let dialog = try app.waitFor("Commit to git")
    #expect(dialog.contains("+++ b/flows/release.yaml"), "\(dialog)")
    #expect(!dialog.contains(folder.path) && !dialog.contains("/tmp/"), "\(dialog)")
    try app.press("Escape", "q")
    #expect(try app.waitForExit() == 0)
  }

  @Test func commitTakesOnlyTheFlowWithTheMessage() throws {
    let app = try open()
    try app.press("l", "e")
    try app.type("pull")
    try app.press("Enter", "c")
    try app.waitFor("Commit to git")
    let dialog = try app.waitFor("shop: qa: action commit → pr")
    #expect(dialog.contains("~ qa: action commit → pr"), "the semantic summary")
    #expect(dialog.contains("+        action: pr"), "and the text diff")
    try app.type("Promote qa by pull request")
    try app.press("Enter")
    let committed = try app.waitFor("Committed ")
    #expect(committed.contains("on main"))
    #expect(try git("log", "-1", "--format=%s") == "Promote qa by pull request\n")
    #expect(try git("show", "--name-only", "--format=", "HEAD") == "shop.yaml\n", "only the flow")
    #expect(try git("status", "--porcelain") == " M unrelated.txt\n")
    try app.press("q")
    #expect(try app.waitForExit() == 0)
  }

  @Test func shiftDMarksTheChangesSinceTheLastCommit() throws {
    let app = try open()
    try app.press("D")
    try app.waitFor("No changes since the last commit")
    try app.press("l", "e")
    try app.type("pull")
    try app.press("Enter")
    let screen = try app.waitFor("Changes since HEAD: 1")
    #expect(screen.contains("~ qa: action commit → pr"), "the panel lists the change")
    #expect(screen.contains("┌~"), "the qa box is signed as changed")
    try app.press("x", "Enter")
    let removed = try app.waitFor("- remove qa")
    #expect(removed.contains("Changes since HEAD: 3"), "the panel follows the edits")
    #expect(removed.contains("~ prod: dependsOn qa → dev"))
    try app.press("D")
    let hidden = try app.waitFor("hidden")
    #expect(!hidden.contains("Changes since HEAD"))
    try app.press("q")
    try app.waitFor("unsaved changes")
    try app.press("d")
    #expect(try app.waitForExit() == 0)
    #expect(try text("shop.yaml") == Self.flow, "D reads git, never the working tree's files")
  }

  @Test func theSuggestedCommitMessageHasASubjectAndABodyOfEveryChange() throws {
    let app = try open()
    try app.press("l", "e")
    try app.type("pull")
    try app.press("Enter", "l", "e")
    try app.type("none")
    try app.press("Enter", "c")
    try app.waitFor("Commit to git")
    try app.press("Enter")
    try app.waitFor("Committed ")
    #expect(
      try git("log", "-1", "--format=%B")
        == "shop: qa: action commit → pr, prod: action unset → none\n\n- qa: action commit → pr\n- prod: action unset → none\n\n"
    )
    try app.press("q")
    #expect(try app.waitForExit() == 0)
  }

  @Test func commitOnANewBranchAndPushToABareRemote() throws {
    let remoteFolder = try TemporaryFolder("pf-git-remote")
    let remote = remoteFolder.url
    _ = try Spawn.run(
      ["git", "init", "-q", "--bare", remote.path],
      environment: ProcessInfo.processInfo.environment, capture: true)
    try git("remote", "add", "origin", remote.path)
    let app = try open()
    try app.press("l", "e")
    try app.type("none")
    try app.press("Enter", "c")
    try app.waitFor("Commit to git")
    try app.press("Tab", "Space", "Tab", "Tab", "Space", "Enter")
    try app.waitFor("Committed ")
    try app.waitFor("and pushed")
    #expect(
      try git("rev-parse", "--abbrev-ref", "HEAD") == "promoflow/shop-qa-action-commit-none\n")
    let remoteLog = try Spawn.run(
      [
        "git", "-C", remote.path, "log", "-1", "--format=%s",
        "promoflow/shop-qa-action-commit-none",
      ],
      environment: ProcessInfo.processInfo.environment, capture: true)
    #expect(remoteLog == "shop: qa: action commit → none\n")
    try app.press("q")
    #expect(try app.waitForExit() == 0)
    withExtendedLifetime(remoteFolder) {}
  }

  @Test func gitFailuresAreExplainedAndTheAppKeepsRunning() throws {
    let app = try open()
    try app.press("c")
    try app.waitFor("Nothing to commit")

    try app.press("l", "e")
    try app.type("pull")
    try app.press("Enter")
    let hook = folder.appendingPathComponent(".git/hooks/pre-commit")
    try "#!/bin/sh\necho 'lint says no' >&2\nexit 1\n".write(
      to: hook, atomically: true, encoding: .utf8)
    chmod(hook.path, 0o755)
    try app.press("c")
    try app.waitFor("Commit to git")
    try app.press("Enter")
    try app.waitFor("A git hook rejected the commit")
    try FileManager.default.removeItem(at: hook)

    let lock = folder.appendingPathComponent(".git/index.lock")
    _ = FileManager.default.createFile(atPath: lock.path, contents: nil)
    try app.press("Enter")
    try app.waitFor("index.lock exists")
    try FileManager.default.removeItem(at: lock)

    try app.press("Tab", "Tab", "Space", "Enter")
    let pushFailed = try app.waitFor("no upstream to push to")
    #expect(
      pushFailed.contains("Committed "), "the commit was made even though the push could not be")

    try git("checkout", "-q", "--detach")
    try app.press("l", "e")
    try app.type("none")
    try app.press("Enter", "c")
    try app.waitFor("detached HEAD")
    try app.press("Tab", "Space", "Enter")
    try app.waitFor("You are on a detached HEAD")
    try app.press("Escape", "q")
    #expect(try app.waitForExit() == 0, "the commit saved first: nothing is left unsaved")
    #expect(app.terminalRestored)
  }

  @Test func outsideARepositoryCommitSaysSo() throws {
    let plain = try TemporaryFolder("pf-plain")
    try plain.write("shop.yaml", Self.flow)
    let app = try TmuxSession("shop.yaml", in: plain.url)
    try app.waitFor("dev · trigger")
    try app.press("c")
    try app.waitFor("Not a git repository")
    try app.press("q")
    #expect(try app.waitForExit() == 0)
    withExtendedLifetime(plain) {}
  }
}
