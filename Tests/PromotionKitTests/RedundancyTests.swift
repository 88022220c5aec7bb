import FlowLayout
import PromotionKit
import TestSupport
import Testing

/// The redundant-dependency warning on generated flows of every width, against its definition
/// computed the slow way: a dependency is redundant when another dependency of the same step
/// already waits for it, directly or further upstream.
@Suite struct RedundancyTests {
  @Test(arguments: 1...12)
  func warnsExactlyForDependenciesAnotherDependencyAlreadyWaitsFor(seed: UInt64) {
    var random = SeededRandom(seed: seed)
    let count = 10 + random.below(40)
    var flow = PromotionFlow(name: "generated", triggerEnvironment: "e0")
    for index in 1..<count {
      let wanted = 1 + random.below(seed % 3 == 0 ? index : 4)
      let parents = Set((0..<wanted).map { _ in random.below(index) }).sorted()
      flow.steps.append(
        FlowStep(environment: "e\(index)", dependsOn: parents.map { "e\($0)" }))
    }
    var upstream: [String: Set<String>] = ["e0": []]
    for step in flow.steps {
      upstream[step.environment] = step.dependsOn.reduce(into: Set(step.dependsOn)) {
        $0.formUnion(upstream[$1] ?? [])
      }
    }
    var expected: [String] = []
    for step in flow.steps {
      for dependency in step.dependsOn
      where step.dependsOn.contains(where: {
        $0 != dependency && upstream[$0]?.contains(dependency) == true
      }) {
        expected.append("\(step.environment) waits for \(dependency)")
      }
    }
    let warned = FlowValidator.validate(flow).filter { $0.code == "redundant-dependency" }
      .map { $0.message.components(separatedBy: " already").first ?? "" }
    #expect(warned == expected)
    #expect(seed % 3 != 0 || !expected.isEmpty, "the wide flows have redundant dependencies")
  }
}
