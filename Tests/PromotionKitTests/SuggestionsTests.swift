import FlowLayout
import PromotionKit
import Testing

/// "Did you mean …?" picks what a plain edit distance over every candidate would pick, although
/// it stops computing a distance as soon as it cannot win.
@Suite struct SuggestionsTests {
  /// The whole-table distance, with a swap of neighbours as one edit: the reference.
  static func referenceDistance(_ a: String, _ b: String) -> Int {
    let x = Array(a.unicodeScalars)
    let y = Array(b.unicodeScalars)
    if x.isEmpty || y.isEmpty { return max(x.count, y.count) }
    var table = Array(repeating: Array(repeating: 0, count: y.count + 1), count: x.count + 1)
    for i in 0...x.count { table[i][0] = i }
    for j in 0...y.count { table[0][j] = j }
    for i in 1...x.count {
      for j in 1...y.count {
        let cost = x[i - 1] == y[j - 1] ? 0 : 1
        table[i][j] = min(table[i - 1][j] + 1, table[i][j - 1] + 1, table[i - 1][j - 1] + cost)
        if i > 1, j > 1, x[i - 1] == y[j - 2], x[i - 2] == y[j - 1] {
          table[i][j] = min(table[i][j], table[i - 2][j - 2] + 1)
        }
      }
    }
    return table[x.count][y.count]
  }

  static func referenceClosest(to name: String, in candidates: [String]) -> String? {
    let limit = max(1, min(3, name.count / 3))
    let scored = candidates.filter { $0 != name }.map { ($0, referenceDistance(name, $0)) }
    guard let best = scored.min(by: { ($0.1, $0.0) < ($1.1, $1.0) }), best.1 <= limit else {
      return nil
    }
    return best.0
  }

  static func randomName(_ random: inout SeededRandom) -> String {
    let letters = Array("deqastgprov-0123")
    return String(
      (0..<Int.random(in: 0...11, using: &random)).map { _ in
        letters[Int.random(in: 0..<letters.count, using: &random)]
      })
  }

  @Test func theClosestNameIsTheOneAWholeTableWouldPick() {
    var random = SeededRandom(seed: 7)
    for _ in 0..<2_000 {
      let candidates = (0..<Int.random(in: 0...12, using: &random)).map { _ in
        Self.randomName(&random)
      }
      let name = Self.randomName(&random)
      #expect(
        Suggestions.closest(to: name, in: candidates)
          == Self.referenceClosest(to: name, in: candidates), "\(name) in \(candidates)")
      if let other = candidates.first {
        #expect(Suggestions.distance(name, other) == Self.referenceDistance(name, other))
      }
    }
  }

  @Test func typosAreFoundAndStrangersAreNot() {
    let names = ["dev", "qa", "staging", "prod-eu", "prod-us"]
    #expect(Suggestions.closest(to: "dve", in: names) == "dev")
    #expect(Suggestions.closest(to: "stagign", in: names) == "staging")
    #expect(Suggestions.closest(to: "prod-ue", in: names) == "prod-eu")
    #expect(Suggestions.closest(to: "perf", in: names) == nil)
  }
}
