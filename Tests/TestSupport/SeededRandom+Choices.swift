import FlowLayout

/// The choices generated test cases make, drawn from the seeded generator so a case reproduces
/// from its seed.
extension SeededRandom {
  /// A whole number in `0..<bound` (0 when `bound` is not positive).
  public mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(max(bound, 1))) }

  public mutating func chance(_ probability: Double) -> Bool {
    Double.random(in: 0..<1, using: &self) < probability
  }

  public mutating func pick<T>(_ values: [T]) -> T {
    values[Int.random(in: 0..<values.count, using: &self)]
  }
}
