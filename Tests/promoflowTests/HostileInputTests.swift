import Foundation
import TestSupport
import Testing

/// What the commands do with files from other people's repos: every bad input gets a one-line
/// coded message and exit 1 or 2, and nothing is written.
@Suite struct HostileInputTests {
  let temporary: TemporaryFolder
  var folder: URL { temporary.url }

  init() throws {
    temporary = try TemporaryFolder("promoflow-hostile")
  }

  func write(_ name: String, _ bytes: [UInt8]) throws {
    try Data(bytes).write(to: folder.appendingPathComponent(name))
  }

  func run(_ arguments: [String]) throws -> CommandLineTests.Run {
    try CommandLineTests.runBinary(arguments, in: folder)
  }

  /// Runs every file-reading command on `name` and checks the status and the message's code.
  func expectRefused(
    _ name: String, status: Int32, code: String,
    by commands: [[String]] = [["validate"], ["fmt"], ["fmt", "--check"], ["render"], ["plan"]]
  ) throws {
    let before = try Data(contentsOf: folder.appendingPathComponent(name))
    for command in commands {
      let result = try run(command + [name])
      #expect(result.status == status, "\(command) \(name)")
      #expect(
        (result.output + result.error).contains("[\(code)]"), "\(command) \(name): \(result.error)")
    }
    #expect(try Data(contentsOf: folder.appendingPathComponent(name)) == before)
  }

  @Test func emptyBinaryAndBrokenFilesAreDiagnosed() throws {
    // Valid YAML with no document: only the commands that need a flow refuse it (validate warns
    // and fmt leaves it: NothingSilentlyPassedTests).
    try write("empty.yaml", [])
    try expectRefused("empty.yaml", status: 1, code: "empty-file", by: [["render"], ["plan"]])
    try write("comments.yaml", Array("# only a comment\n\n".utf8))
    try expectRefused("comments.yaml", status: 1, code: "empty-file", by: [["render"], ["plan"]])
    let binary = try Data(contentsOf: URL(fileURLWithPath: CommandLineTests.binary)).prefix(4096)
    try write("binary.yaml", Array(binary))
    try expectRefused("binary.yaml", status: 1, code: "invalid-utf8")
    try write("nul.yaml", Array("a: 1\n\u{0}\u{1}b: 2\n".utf8))
    try expectRefused("nul.yaml", status: 1, code: "yaml-syntax")
  }

  @Test func limitsAreCodedDiagnostics() throws {
    var bomb = "a: &a [x, x, x, x, x, x, x, x, x, x]\n"
    for level in 1...9 {
      bomb +=
        "a\(level): &a\(level) ["
        + Array(repeating: "*a\(level == 1 ? "" : String(level - 1))", count: 10).joined(
          separator: ", ") + "]\n"
    }
    try write("bomb.yaml", Array(bomb.utf8))
    try expectRefused("bomb.yaml", status: 1, code: "alias-bomb")
    let deep = "a: " + String(repeating: "[", count: 5000) + String(repeating: "]", count: 5000)
    try write("deep.yaml", Array(deep.utf8))
    try expectRefused("deep.yaml", status: 1, code: "too-deep")
    let big = folder.appendingPathComponent("big.yaml")
    _ = FileManager.default.createFile(atPath: big.path, contents: nil)
    let handle = try FileHandle(forWritingTo: big)
    try handle.truncate(atOffset: 11 * 1024 * 1024)
    try handle.close()
    try expectRefused("big.yaml", status: 2, code: "file-too-large")
  }

  @Test func aFlowWithTooManyEnvironmentsIsRefusedBeforeLayout() throws {
    var text =
      "apiVersion: codefresh.io/v1beta1\nkind: PromotionFlow\nmetadata: {name: big}\nspec:\n  triggerEnvironment: e0\n  steps:\n"
    for index in 1...20_000 { text += "    - {environment: e\(index), dependsOn: [e0]}\n" }
    try write("big-flow.yaml", Array(text.utf8))
    for command in ["validate", "render", "plan"] {
      let result = try run([command, "big-flow.yaml"])
      #expect(result.status == 1)
      #expect(
        (result.output + result.error).contains(
          "big-flow.yaml:7:5: error: the flow has 20001 environments; promoflow handles at most 20000"
        ),
        "\(command)")
    }
  }

  @Test func missingFilesAndFoldersExitTwo() throws {
    try FileManager.default.createDirectory(
      at: folder.appendingPathComponent("dir.yaml"), withIntermediateDirectories: true)
    for command in ["fmt", "render", "plan"] {
      let folderRun = try run([command, "dir.yaml"])
      #expect(folderRun.status == 2, "\(command)")
      #expect(folderRun.error.contains("directory"), "\(command): \(folderRun.error)")
    }
    let validated = try run(["validate", "dir.yaml"])
    #expect(validated.status == 0 && validated.output.isEmpty, "a folder's resources: none here")
    let home = try run(["edit", "dir.yaml"])
    #expect(home.status == 2 && home.error.contains("the home needs a terminal"), "\(home.error)")
    let missing = try run(["fmt", "gone.yaml"])
    #expect(missing.status == 2 && missing.error.contains("[file-not-found]"))
  }

  /// A file that is listed but gone when read (a dangling link stands for one deleted mid-run):
  /// naming it is a coded error; as a neighbour in the workspace it does not stop the others.
  @Test func aFileGoneBeforeItIsReadIsReportedNotFatal() throws {
    try write("flow.yaml", Array(YAMLAndGitEndToEndTests.flow.utf8))
    try FileManager.default.createSymbolicLink(
      atPath: folder.appendingPathComponent("gone.yaml").path, withDestinationPath: "/nonexistent/x"
    )
    let gone = try run(["validate", "gone.yaml"])
    #expect(gone.status == 2 && gone.error.contains("gone.yaml: error:"))
    #expect(gone.error.contains("[file-not-found]"))
    for command in ["validate", "plan", "render"] {
      let neighbour = try run([command, "flow.yaml"])
      #expect(neighbour.status == 0, "\(command): \(neighbour.error)")
    }
  }
}
