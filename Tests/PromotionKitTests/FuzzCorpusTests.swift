import Foundation
import TestSupport
import Testing

/// Every input in the fuzz seed corpus, including each one the fuzzer once broke promoflow with,
/// keeps the round-trip properties in the ordinary suite, so a fixed bug stays fixed without a
/// fuzzing toolchain.
@Suite struct FuzzCorpusTests {
  static let corpus = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Fuzz/Corpus")

  static var inputs: [String] {
    let names = try? FileManager.default.contentsOfDirectory(atPath: corpus.path)
    return (names ?? []).filter { !$0.hasPrefix(".") }.sorted()
  }

  @Test func theCorpusHoldsTheRegressions() {
    #expect(Self.inputs.filter { $0.hasPrefix("regress-") }.count >= 3)
  }

  @Test(arguments: inputs)
  func keepsTheRoundTripProperties(name: String) throws {
    let data = try Data(contentsOf: Self.corpus.appendingPathComponent(name))
    let failure = RoundTripCheck.failure(for: [UInt8](data))
    #expect(failure == nil, "\(name): \(failure ?? "")")
  }
}
