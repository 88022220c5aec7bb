import FlowLayout
import Foundation
import Testing

/// `kill -9` at any moment of a real `promoflow fmt` leaves the old file or the new one, never a
/// mix, and killed saves leave at most one temporary behind, which the next run removes.
/// Half the kills come at a random moment of the whole run, half just after the temporary file
/// appears (during the write, flush or rename, a window of a few milliseconds; every other one of
/// those at once, so kills during a write are certain to be tried). The moments come from a seeded
/// generator (`PROMOFLOW_KILL_SEED`), so a failing run can be repeated.
/// `PROMOFLOW_KILL_RUNS` sets how many kills (the suite runs 16; Docs/reliability.md records a
/// long run).
@Suite struct CrashSafetyTests {
  /// A flow of `count` steps in a style `fmt` rewrites (flow mappings, odd spacing), ~70 bytes
  /// a step.
  static func unformattedFlow(steps count: Int) -> String {
    var text =
      "apiVersion: codefresh.io/v1beta1\nkind: PromotionFlow\nmetadata: {name: big}\nspec:\n  triggerEnvironment: e0\n  steps:\n"
    for index in 1...count {
      text +=
        "    - {environment: e\(index),   dependsOn: [e\(index / 2)], policy: {action: pr}}  # \(index)\n"
    }
    return text
  }

  func temporaries(in folder: URL) throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: folder.path).filter {
      $0.contains(".promoflow-")
    }
  }

  @Test func killingFmtAtRandomMomentsLeavesTheOldFileOrTheNew() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "promoflow-kill-" + UUID().uuidString)
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = folder.appendingPathComponent("flow.yaml")
    let old = Data(Self.unformattedFlow(steps: 6_000).utf8)
    try old.write(to: file)
    let formatted = try CommandLineTests.runBinary(["fmt", "--stdout", file.path], in: nil)
    let new = Data(formatted.output.utf8)
    try #require(formatted.status == 0 && new != old)

    let environment = ProcessInfo.processInfo.environment
    let started = Date()
    try #require(try CommandLineTests.runBinary(["fmt", file.path], in: nil).status == 0)
    let fullRun = Date().timeIntervalSince(started)
    #expect(try Data(contentsOf: file) == new)
    try old.write(to: file)

    let runs = Int(environment["PROMOFLOW_KILL_RUNS"] ?? "") ?? 16
    let seed = UInt64(environment["PROMOFLOW_KILL_SEED"] ?? "") ?? 20_261_202
    var random = SeededRandom(seed: seed)
    var killedMidWrite = 0
    for run in 0..<runs {
      let pid = try Spawn.start(
        [CommandLineTests.binary, "fmt", file.path], environment: environment)
      let delay: Double
      if run.isMultiple(of: 2) {
        delay = fullRun * Double.random(in: 0.3...1.2, using: &random)
      } else {
        let deadline = Date().addingTimeInterval(fullRun * 3)
        while try temporaries(in: folder).isEmpty && Date() < deadline { usleep(200) }
        delay = run % 4 == 1 ? 0 : Double.random(in: 0...0.004, using: &random)
      }
      usleep(useconds_t(delay * 1_000_000))
      kill(pid, SIGKILL)
      Spawn.wait(pid)
      let now = try Data(contentsOf: file)
      #expect(
        now == old || now == new, "kill \(run) (seed \(seed)) after \(delay) s left a third version"
      )
      if now == new { try old.write(to: file) }
      let left = try temporaries(in: folder)
      #expect(left.count <= 1, "kill \(run): temporaries pile up: \(left)")
      if !left.isEmpty { killedMidWrite += 1 }
    }
    #expect(try CommandLineTests.runBinary(["fmt", file.path], in: nil).status == 0)
    #expect(try Data(contentsOf: file) == new)
    #expect(try temporaries(in: folder).isEmpty, "the finishing run removed the stale temporary")
    #expect(
      killedMidWrite >= 1, "no kill landed during a write (seed \(seed)): the test proved nothing")
    if environment["PROMOFLOW_KILL_RUNS"] != nil {
      print("crash safety: \(runs) kills, \(killedMidWrite) during a write; full run \(fullRun) s")
    }
  }
}
