import FlowBuilder
import FlowLayout
import TestSupport

/// The tests' effect performer: nothing touches a disk, an editor or git. Each effect succeeds or
/// fails as drawn from a seeded generator (`failureRate` of the time), so the reducer fuzzer meets
/// every outcome and a run reproduces from its seed.
struct RandomEffects: EffectPerformer {
  var random: SeededRandom
  var failureRate: Double

  mutating func save(_ request: SaveRequest) -> Action {
    .saveFinished(
      random.chance(failureRate) ? .failed("disk full") : .saved(request.snapshot, written: []))
  }

  mutating func editExternally(_ text: String, folder: String) -> Action {
    .externalEditFinished(
      .success(
        random.chance(failureRate)
          ? "not: [yaml" : text.replacingOccurrences(of: "commit", with: "pr")))
  }

  mutating func prepareCommit(_ paths: [String]) -> Action {
    .commitPrepared(
      CommitPreparation(
        repository: "/work/example", branch: random.chance(failureRate) ? nil : "main",
        paths: paths, diff: ["+ x"]))
  }

  mutating func commit(_ request: CommitRequest) -> Action {
    .commitFinished(
      random.chance(failureRate)
        ? .failed("a hook said no")
        : .committed(sha: "abc1234", branch: "main", pushed: false, pushError: nil))
  }

  mutating func readCommitted(_ path: String) -> Action {
    switch random.below(4) {
    case 0: return .committedVersionRead(.absent)
    case 1: return .committedVersionRead(.failed("Not a git repository"))
    case 2: return .committedVersionRead(.text("spec: [broken"))
    default: return .committedVersionRead(.text(AppFixture.flowText))
    }
  }

  func terminalSize() -> (width: Int, height: Int)? { nil }
}
