import FlowBuilder
import Foundation
import PromotionKit
import TestSupport
import Testing

/// Saving with the changed-on-disk guard, and the git commands promoflow would run.
@Suite struct EffectRunnerTests {
  /// Each test's folder, removed when the test ends.
  let temporary: TemporaryFolder

  init() throws {
    temporary = try TemporaryFolder("pf-effects")
  }

  @Test func theGuardNeverOverwritesAFileChangedBehindPromoflowsBack() throws {
    let base = temporary.url
    let path = base.appendingPathComponent("flow.yaml").path
    try "as read\n".write(toFile: path, atomically: true, encoding: .utf8)
    let snapshot = AppFixture.state().current
    var request = SaveRequest(
      writes: [.init(path: path, text: "mine\n", isNew: false)], deletions: [], snapshot: snapshot,
      expectedFlowText: "as read\n")
    try "someone else\n".write(toFile: path, atomically: true, encoding: .utf8)
    #expect(EffectRunner.save(request) == .saveFinished(.changedOnDisk("someone else\n")))
    #expect(try String(contentsOfFile: path, encoding: .utf8) == "someone else\n")
    request.force = true
    guard case .saveFinished(.saved) = EffectRunner.save(request) else {
      Issue.record("not saved")
      return
    }
    #expect(try String(contentsOfFile: path, encoding: .utf8) == "mine\n")
  }

  @Test func newFilesAreNeverReplaced() throws {
    let base = temporary.url
    let existing = base.appendingPathComponent("workflows/check.yaml").path
    try FileManager.default.createDirectory(
      atPath: (existing as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
    try "theirs".write(toFile: existing, atomically: true, encoding: .utf8)
    let flow = base.appendingPathComponent("flow.yaml").path
    let request = SaveRequest(
      writes: [
        .init(path: flow, text: "flow\n", isNew: false),
        .init(path: existing, text: "mine", isNew: true),
      ],
      deletions: [], snapshot: AppFixture.state().current, expectedFlowText: nil)
    guard case .saveFinished(.failed(let reason)) = EffectRunner.save(request) else {
      Issue.record("saved")
      return
    }
    #expect(reason.contains("already exists"))
    #expect(try String(contentsOfFile: existing, encoding: .utf8) == "theirs")
    #expect(
      !FileManager.default.fileExists(atPath: flow),
      "nothing is written when a new file would replace one")
  }

  @Test func gitCommandsAreArgumentListsWithPathsAfterTheSeparator() throws {
    #expect(GitCommands.add(["-rf", "--exec=x"]) == ["add", "--", "-rf", "--exec=x"])
    #expect(GitCommands.commit(["flows/a.yaml"]) == ["commit", "--file=-", "--", "flows/a.yaml"])
    #expect(
      GitCommands.diff(["-p"]) == ["diff", "--no-color", "--no-ext-diff", "HEAD", "--", "-p"])
    #expect(
      try GitCommands.newBranch("promoflow/shop-add-qa") == [
        "switch", "--create", "promoflow/shop-add-qa",
      ])
    #expect(throws: GitError.self) { try GitCommands.newBranch("--upload-pack=evil") }
    #expect(throws: GitError.self) { try GitCommands.push(branch: "-f", setUpstream: true) }
    #expect(
      try GitCommands.push(branch: "main", setUpstream: true) == [
        "push", "--set-upstream", "origin", "main",
      ])
    for bad in ["", "a b", "a..b", "a~1", "x.lock", "/x", "x/", ".hidden", "a:b", "a\\b", "@"] {
      #expect(GitCommands.branchNameProblem(bad) != nil, "\(bad) should be refused")
    }
    #expect(
      GitCommands.suggestedBranch(flow: "shop", summary: "add prod-eu after staging")
        == "promoflow/shop-add-prod-eu-after-staging")
  }

  @Test func theEditorIsChosenAsGitChoosesIt() {
    let all = ["GIT_EDITOR": "ge", "VISUAL": "vis", "EDITOR": "ed"]
    #expect(EffectRunner.editorCommand(environment: all, coreEditor: "core") == "ge")
    #expect(
      EffectRunner.editorCommand(
        environment: ["VISUAL": "vis", "EDITOR": "ed"], coreEditor: "core") == "core")
    #expect(
      EffectRunner.editorCommand(environment: ["VISUAL": "vis", "EDITOR": "ed"], coreEditor: nil)
        == "vis")
    #expect(EffectRunner.editorCommand(environment: ["EDITOR": "ed"], coreEditor: nil) == "ed")
    #expect(EffectRunner.editorCommand(environment: ["EDITOR": "  "], coreEditor: nil) == "vi")
  }

  @Test func theEditorRunsOnACopyThroughTheShell() throws {
    let base = temporary.url
    let script = base.appendingPathComponent("fake editor.sh").path
    try "#!/bin/sh\nsed -i 's/commit/pr/' \"$1\"\n".write(
      toFile: script, atomically: true, encoding: .utf8)
    chmod(script, 0o755)
    setenv("GIT_EDITOR", "'\(script)'", 1)
    defer { unsetenv("GIT_EDITOR") }
    let result = EffectRunner.editExternally("action: commit\n", folder: base.path)
    #expect(result == .externalEditFinished(.success("action: pr\n")))
    setenv("GIT_EDITOR", "false", 1)
    guard
      case .externalEditFinished(.failure(let failure)) = EffectRunner.editExternally(
        "x", folder: base.path)
    else {
      Issue.record("a failing editor was not reported")
      return
    }
    #expect(failure.message.contains("exited with status 1"))
  }
}
