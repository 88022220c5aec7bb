import PromotionKit

/// Random flows for measuring: `count` environments, each depending on one to three earlier ones
/// (the same shape as `Benchmarks/generate_flow.py`), seeded so runs are comparable.
enum GeneratedFlow {
  static func text(count: Int, seed: UInt64) -> String {
    var state = seed &+ 0x9E37_79B9_7F4A_7C15
    func next(_ bound: Int) -> Int {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int((state >> 33) % UInt64(max(bound, 1)))
    }
    var lines = [
      "apiVersion: codefresh.io/v1beta1", "kind: PromotionFlow", "metadata:",
      "  name: generated-\(count)",
      "spec:", "  triggerEnvironment: env-0", "  steps:",
    ]
    for index in 1..<count {
      let parentCount = index > 3 ? [1, 1, 2, 3][next(4)] : 1
      let parents = Set((0..<parentCount).map { _ in next(index) }).sorted()
      lines.append("    - environment: env-\(index)")
      lines.append("      dependsOn: [" + parents.map { "env-\($0)" }.joined(separator: ", ") + "]")
      switch next(4) {
      case 0: lines += ["      policy:", "        action: commit"]
      case 1: lines += ["      policy:", "        action: pr", "        preAction: smoke-tests"]
      default: break
      }
    }
    return lines.joined(separator: "\n") + "\n"
  }
}
