import FlowLayout
import PromotionKit
import TestSupport
import Testing

/// The lossless round trip, checked on thousands of generated files (seeded, reproducible): a save
/// without edits is byte-identical; `fmt` keeps data and comments and is idempotent; an edit
/// changes only the lines it touches and keeps unknown fields, comments and other documents.
@Suite struct RoundTripPropertyTests {
  static let caseCount = 10_000
  static let shards = 4

  /// The cases run in shards so that the test runner can spread them over the cores.
  @Test(arguments: 0..<shards)
  func generatedFlowsRoundTrip(shard: Int) throws {
    var failures: [String] = []
    for seed in stride(from: UInt64(shard), to: UInt64(Self.caseCount), by: Self.shards) {
      var generator = FlowFileGenerator(seed: seed)
      let generated = generator.generate()
      do {
        try check(generated)
      } catch {
        failures.append("seed \(seed): \(error)")
        if failures.count >= 5 { break }
      }
    }
    #expect(failures.isEmpty, "\(failures.joined(separator: "\n"))")
  }

  func check(_ generated: GeneratedFlowFile) throws {
    let file = try YAMLReader.read(generated.text)
    let document = FlowDocument(file: file, newFlowName: "unused")
    try require(
      document.flow == generated.flow, "decoded \(document.flow) expected \(generated.flow)")
    try require(document.text == generated.text, "unchanged save differs")
    guard let index = document.documentIndex else {
      throw PropertyFailure(description: "the generated file holds no flow")
    }
    let patched = file.replacingRoots([index: document.root])
    try require(patched == generated.text, "no-op patch differs")

    let formatted = YAMLFormatter.format(file)
    let originalData = try YAMLData.documents(generated.text)
    try require(
      try YAMLData.documents(formatted) == originalData, "fmt changed data:\n\(formatted)")
    let reformatted = YAMLFormatter.format(try YAMLReader.read(formatted))
    try require(reformatted == formatted, "fmt not idempotent:\n\(formatted)\n---\n\(reformatted)")
    for comment in generated.comments {
      try require(
        formatted.contains(comment.text), "fmt lost comment \(comment.text):\n\(formatted)")
    }
    let formattedFlow = FlowDocument(file: try YAMLReader.read(formatted), newFlowName: "").flow
    try require(
      formattedFlow.withoutOrigins == generated.flow.withoutOrigins, "fmt changed the flow")

    var random = SeededRandom(seed: generated.seed &* 31 &+ 7)
    let edit = RandomFlowEdit.make(for: generated.flow, random: &random)
    var edited = document
    edited.flow = edit.flow
    let text = edited.text
    let reread = try YAMLReader.read(text)
    let rereadFlow = FlowDocument(file: reread, newFlowName: "").flow
    try require(
      rereadFlow.withoutOrigins == edit.flow.withoutOrigins,
      "\(edit.kind): re-read \(rereadFlow) expected \(edit.flow)\n\(text)")
    for marker in generated.markers where !edit.removes(marker.owner) {
      try require(
        text.contains(marker.text), "\(edit.kind) lost unknown field value \(marker.text)")
    }
    for comment in generated.comments where !edit.removes(comment.owner) {
      try require(text.contains(comment.text), "\(edit.kind) lost comment \(comment.text)\n\(text)")
    }
    if let other = generated.otherDocument {
      try require(text.contains(other), "\(edit.kind) changed the other document")
    }
    try edit.checkDiff(LineDiff(generated.text, text), original: generated.text)
  }
}

struct PropertyFailure: Error, CustomStringConvertible {
  var description: String
}

func require(_ condition: @autoclosure () throws -> Bool, _ message: @autoclosure () -> String)
  throws
{
  if try !condition() { throw PropertyFailure(description: message()) }
}
