import FlowBuilder
import FlowLayout
import Foundation
import PromotionKit
import TerminalCanvas

/// promoflow-bench: measures promoflow's hot paths in-process on generated flows and prints the
/// figures (`--json` for one JSON object). See Docs/performance.md.
let arguments = CommandLine.arguments.dropFirst()
let json = arguments.contains("--json")
let phases = arguments.contains("--phases")

func load(_ text: String) -> FlowDocument {
  FlowDocument(file: try! YAMLReader.read(text), newFlowName: "")
}

let text1000 = GeneratedFlow.text(count: 1_000, seed: 1)
var figures: [(String, Double)] = []

if phases {
  var document: FlowDocument!
  figures.append(("parse_ms_1000", Measure.median(runs: 5) { document = load(text1000) }))
  var diagram: FlowDiagram!
  figures.append(
    (
      "layout_ms_1000",
      Measure.median(runs: 3) { diagram = FlowDiagram(flow: document.flow, catalog: nil) }
    ))
  figures.append(
    (
      "draw_and_text_ms_1000",
      Measure.median(runs: 3) {
        var top = 0
        while top < diagram.layout.height {
          var strip = Canvas(
            width: diagram.layout.width, height: min(256, diagram.layout.height - top))
          diagram.draw(on: &strip, originY: -top)
          _ = strip.utf8Text()
          top += 256
        }
      }
    ))
}

for (name, value) in figures {
  print(json ? "\"\(name)\": \(value)" : "\(name) \(String(format: "%.1f", value))")
}
