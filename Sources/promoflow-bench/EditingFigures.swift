import FlowBuilder
import PromotionKit
import TerminalCanvas

/// The keystrokes a user edits a flow with, each checked to do what it should, and their frame
/// times: an attribute edit and its undo, three structural edits (remove with reconnect, add,
/// re-wire) and the undo of one, and moving the selection. Each round edits another environment
/// of the middle of the flow, so a round never meets a layout an earlier round drew.
enum EditingFigures {
  /// `u`, which ends each round.
  static let undo = Key.character("u")

  static func measure(_ session: inout EditingSession) -> [(String, Double)] {
    let original = session.state.flow
    let steps = original.steps
    guard steps.count > 2 else { fail("the flow has too few target environments") }
    let middle = Array(steps[(steps.count / 3)...].prefix(15))
    let targets = middle.map(\.environment)
    let trigger = original.triggerEnvironment
    // Re-wiring toggles the trigger (the first in the checklist) among the dependencies; steps
    // that wait for nothing else would be left waiting for nothing.
    let rewired = steps[(steps.count / 3)...].filter { $0.dependsOn != [trigger] }.prefix(10)
      .map(\.environment)
    if rewired.isEmpty { fail("no environment to re-wire") }

    // An edit: another promotion action from the picker (e, ↑ or ↓, Enter), then undo (u).
    let edits = targets.flatMap { target in
      let action = original.step(target)?.action
      return timed(
        &session, [.character("e"), action == nil ? .up : .down, .enter, undo], on: [target],
        timed: [2, 3]
      ) { $0.step(target)?.action != action }
    }
    // Structural edits: each changes the graph, and so does its undo (timed apart: an undo
    // returns to a layout drawn before).
    let removals = timed(&session, [.character("x"), .enter, undo], on: targets, timed: [1]) {
      $0.steps.count == steps.count - 1
    }
    let additions = timed(&session, [.character("a"), .enter, undo], on: targets, timed: [1]) {
      $0.steps.count == steps.count + 1
    }
    let rewirings = timed(
      &session, [.character("d"), .character(" "), .enter, undo], on: rewired, timed: [2]
    ) { $0 != original }
    let undos = timed(&session, [.character("x"), .enter, undo], on: targets, timed: [2]) {
      $0.steps.count == steps.count - 1
    }
    if session.state.flow != original { fail("undo did not restore the flow") }
    let moves = session.frames(
      [.down, .right, .up, .left], on: targets, timed: [0, 1, 2, 3])
    session.state.selection = targets[0]
    return [
      ("frame_ms", Measure.median(edits)),
      ("frame_structural_ms", Measure.median(removals + additions + rewirings)),
      ("frame_remove_ms", Measure.median(removals)),
      ("frame_add_ms", Measure.median(additions)),
      ("frame_rewire_ms", Measure.median(rewirings)),
      ("frame_structural_undo_ms", Measure.median(undos)),
      ("frame_move_ms", Measure.median(moves)),
      ("peak_rss_mb", Measure.peakResidentMegabytes()),
    ]
  }

  /// Checks on the first of `environments` that `keys` without the last (the undo) edit the
  /// flow as `edited` says, undoes that, then times the keystrokes at `timed`, one round per
  /// environment.
  static func timed(
    _ session: inout EditingSession, _ keys: [Key], on environments: [String],
    timed: Set<Int>, edited: (PromotionFlow) -> Bool
  ) -> [Double] {
    _ = session.frames(Array(keys.dropLast()), on: [environments[0]], timed: [])
    if !edited(session.state.flow) {
      fail("the keystrokes \(keys.dropLast()) on \(environments[0]) did not edit the flow")
    }
    session.press(undo)
    return session.frames(keys, on: environments, timed: timed)
  }
}
