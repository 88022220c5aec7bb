import Foundation
import PromotionKit
import Testing

/// Flows written compactly for tests: `"qa<dev"` is a step `qa` that depends on `dev`,
/// `"prod<qa,staging"` one that waits for both.
func makeFlow(
  trigger: String, _ steps: [String], configure: (inout PromotionFlow) -> Void = { _ in }
) -> PromotionFlow {
  var flow = PromotionFlow(name: "test", triggerEnvironment: trigger)
  flow.steps = steps.map { spec in
    let parts = spec.split(separator: "<", maxSplits: 1).map(String.init)
    return FlowStep(
      environment: parts[0],
      dependsOn: parts.count > 1 ? parts[1].split(separator: ",").map(String.init) : [])
  }
  configure(&flow)
  return flow
}

/// Reviewed text snapshots: a test compares against `Goldens/NAME.txt` and, when they differ,
/// prints the lines that differ (golden `-`, actual `+`) rather than two whole screens. A missing
/// golden is written and the test fails, so every new snapshot is looked at before it is committed.
enum Golden {
  static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Goldens")

  static func check(
    _ text: String, _ name: String, sourceLocation: Testing.SourceLocation = #_sourceLocation
  ) {
    let url = folder.appendingPathComponent(name + ".txt")
    guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
      try? text.write(to: url, atomically: true, encoding: .utf8)
      Issue.record("wrote new golden \(name).txt: review it", sourceLocation: sourceLocation)
      return
    }
    #expect(
      text == expected, "golden \(name) differs:\n\(Golden.diff(expected, text))",
      sourceLocation: sourceLocation)
  }

  /// The lines `actual` differs from `expected` by, as `diff -u` prints them.
  static func diff(_ expected: String, _ actual: String) -> String {
    LineDiff.unified(old: expected, new: actual, oldName: "golden", newName: "actual")
      .joined(separator: "\n")
  }
}
