import FlowBuilder
import FlowLayout
import Foundation
import PromotionKit

/// promoflow-bench: measures promoflow's hot paths in-process on generated flows and prints the
/// figures, one per line, or one JSON object with `--json`; `--phases` adds where an edit's frame
/// goes; `--environments N` and `--shape S` choose the flow. See Docs/performance.md.
func fail(_ why: String) -> Never {
  FileHandle.standardError.write(Data("promoflow-bench: \(why)\n".utf8))
  exit(1)
}

let options: BenchOptions
do {
  options = try BenchOptions(Array(CommandLine.arguments.dropFirst()))
} catch {
  fail(error.message)
}
let text = GeneratedFlow.text(count: options.environments, seed: 1, shape: options.shape)
if options.printFlow {
  print(text, terminator: "")
  exit(0)
}

var session: EditingSession
do {
  session = try EditingSession(text: text)
} catch {
  fail("the generated flow does not read: \(error)")
}
var figures = EditingFigures.measure(&session)
if options.phases, let target = session.state.selection {
  figures += FramePhases.measure(session.state, editing: target)
}
let flow = session.state.flow
figures.append(
  (
    "layout_ms",
    Measure.median(runs: 5) { _ = FlowDiagram(flow: flow, catalog: session.state.catalog) }
  ))
if options.isDefault {
  figures += figures.compactMap { name, value in
    ["frame_ms", "frame_structural_ms", "frame_move_ms", "peak_rss_mb", "layout_ms"].contains(name)
      ? (name + "_1000", value) : nil
  }
  let text10000 = GeneratedFlow.text(count: 10_000, seed: 1)
  figures.append(
    (
      "load_ms_10000",
      Measure.median(runs: 3) {
        guard let file = try? YAMLReader.read(text10000) else {
          fail("the 10,000-step flow does not read")
        }
        _ = ResourceValidator.validate(file)
      }
    ))
}

if options.json {
  let fields = figures.map { name, value in "\"\(name)\": \((value * 100).rounded() / 100)" }
  print(
    "{\"shape\": \"\(options.shape.rawValue)\", \"environments\": \(options.environments), "
      + fields.joined(separator: ", ") + "}")
} else {
  print("\(options.shape.rawValue) flow of \(options.environments) environments")
  for (name, value) in figures {
    print(name.padding(toLength: 26, withPad: " ", startingAt: 0) + String(format: "%9.2f", value))
  }
}
