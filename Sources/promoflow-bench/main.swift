import FlowBuilder
import FlowLayout
import Foundation
import PromotionKit

/// promoflow-bench: measures promoflow's hot paths in-process on generated flows and prints the
/// figures, one per line, or one JSON object with `--json`; `--phases` adds where an edit's frame
/// goes. See Docs/performance.md.
let arguments = CommandLine.arguments.dropFirst()
var figures: [(String, Double)] = []

func fail(_ why: String) -> Never {
  FileHandle.standardError.write(Data("promoflow-bench: \(why)\n".utf8))
  exit(1)
}

// Editing a 1,000-environment flow on a 200×50 terminal, on the first target environment.
var session: EditingSession
do {
  session = try EditingSession(text: GeneratedFlow.text(count: 1_000, seed: 1))
} catch {
  fail("the generated flow does not read: \(error)")
}
session.press(.move(.down))
let original = session.state.flow
guard let target = session.state.selection, let step = original.step(target) else {
  fail("no target environment to edit")
}

// An edit: another promotion action from the picker (e, ↑ or ↓, Enter), then undo (u).
let edit: [Action] = [.chooseAction, step.action == nil ? .up : .down, .confirm, .undo]
_ = session.frames(Array(edit.dropLast()), on: target, timed: [], rounds: 1)
if session.state.flow == original { fail("the edit keystrokes did not edit the flow") }
session.press(.undo)
let edits = session.frames(edit, on: target, timed: [2, 3], rounds: 15)

// A structural edit: remove the environment, reconnecting what depended on it (x, Enter), then
// undo (u); both change the graph, so both lay it out again.
let removal: [Action] = [.remove, .confirm, .undo]
_ = session.frames(Array(removal.dropLast()), on: target, timed: [], rounds: 1)
if session.state.flow.steps.count != original.steps.count - 1 {
  fail("the removal keystrokes did not remove an environment")
}
session.press(.undo)
let removals = session.frames(removal, on: target, timed: [1, 2], rounds: 10)
if session.state.flow != original { fail("undo did not restore the flow") }

// Moving the selection around (arrows): no edit, only a new frame.
let moves = session.frames(
  [.move(.down), .move(.right), .move(.up), .move(.left)], on: target, timed: [0, 1, 2, 3],
  rounds: 10)

figures.append(("frame_ms_1000", Measure.median(edits)))
figures.append(("frame_structural_ms_1000", Measure.median(removals)))
figures.append(("frame_move_ms_1000", Measure.median(moves)))
figures.append(("peak_rss_mb_1000", Measure.peakResidentMegabytes()))
if arguments.contains("--phases") { figures += FramePhases.measure(session.state, editing: target) }
figures.append(
  (
    "layout_ms_1000",
    Measure.median(runs: 5) { _ = FlowDiagram(flow: original, catalog: session.state.catalog) }
  ))

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

if arguments.contains("--json") {
  let fields = figures.map { name, value in "\"\(name)\": \((value * 100).rounded() / 100)" }
  print("{" + fields.joined(separator: ", ") + "}")
} else {
  for (name, value) in figures {
    print(name.padding(toLength: 26, withPad: " ", startingAt: 0) + String(format: "%9.2f", value))
  }
}
