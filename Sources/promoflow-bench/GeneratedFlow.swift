import FlowLayout

/// Flows for measuring, seeded so runs are comparable, in each shape users bring:
/// - `random`: each environment depends on one to three earlier ones anywhere (the shape of
///   `Benchmarks/generate_flow.py`);
/// - `chain`: each depends on one to three of the previous four — long and narrow;
/// - `layered`: layers of 1–31 environments, each depending on one to three of the previous
///   layer and sometimes on one two layers back — wide;
/// - `fan`: the trigger fans out to every environment but the last, which waits for them all.
enum GeneratedFlow {
  enum Shape: String, CaseIterable {
    case random, chain, layered, fan
  }

  static func text(count: Int, seed: UInt64, shape: Shape = .random) -> String {
    var random = SeededRandom(seed: seed)
    var lines = [
      "apiVersion: codefresh.io/v1beta1", "kind: PromotionFlow", "metadata:",
      "  name: \(shape.rawValue)-\(count)",
      "spec:", "  triggerEnvironment: env-0", "  steps:",
    ]
    let parents = dependencies(count: count, shape: shape, random: &random)
    for index in 1..<max(count, 1) {
      lines.append("    - environment: env-\(index)")
      lines.append(
        "      dependsOn: [" + parents[index].map { "env-\($0)" }.joined(separator: ", ") + "]")
      switch random.next(4) {
      case 0: lines += ["      policy:", "        action: commit"]
      case 1: lines += ["      policy:", "        action: pr", "        preAction: smoke-tests"]
      default: break
      }
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// The environments each environment waits for, by index (none for the trigger, 0).
  static func dependencies(count: Int, shape: Shape, random: inout SeededRandom) -> [[Int]] {
    var parents: [[Int]] = [[]]
    func some(of pool: Range<Int>) -> [Int] {
      let wanted = min(pool.count, [1, 1, 2, 3][random.next(4)])
      return Set((0..<wanted).map { _ in pool.lowerBound + random.next(pool.count) }).sorted()
    }
    switch shape {
    case .random:
      for index in 1..<max(count, 1) {
        parents.append(index > 3 ? some(of: 0..<index) : [random.next(index)])
      }
    case .chain:
      for index in 1..<max(count, 1) { parents.append(some(of: max(0, index - 4)..<index)) }
    case .layered:
      var layers: [Range<Int>] = [0..<1]
      var index = 1
      while index < count {
        let width = min(1 + random.next(31), count - index)
        let layer = index..<index + width
        for _ in layer {
          var chosen = some(of: layers[layers.count - 1])
          if layers.count > 1, random.next(5) == 0 {
            let back = layers[layers.count - 2]
            chosen = Array(Set(chosen + [back.lowerBound + random.next(back.count)])).sorted()
          }
          parents.append(chosen)
        }
        layers.append(layer)
        index += width
      }
    case .fan:
      for index in 1..<max(count, 1) {
        parents.append(index < count - 1 || count < 3 ? [0] : Array(1..<count - 1))
      }
    }
    return parents
  }
}

extension SeededRandom {
  /// A number in `0..<bound`.
  mutating func next(_ bound: Int) -> Int { Int(next() % UInt64(max(bound, 1))) }
}
