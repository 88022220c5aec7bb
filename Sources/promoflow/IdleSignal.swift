import Foundation

/// Test mode's "frame drawn, input idle" signal: with `PROMOFLOW_IDLE_FILE` set, each turn of
/// an event loop that found no input and nothing to redraw writes how many such turns there have
/// been to that file. A screen read while the count stays put is a whole frame, and a count
/// that moved on after keys were sent means they have been read and drawn — so end-to-end tests
/// wait on the app itself instead of on two screen captures that happen to agree. One count for
/// the process: the home and the editor it opens report to the same file.
@MainActor
final class IdleSignal {
  static let shared = IdleSignal()
  private let path: String?
  private var turns = 0

  private init(environment: [String: String] = ProcessInfo.processInfo.environment) {
    path = environment["PROMOFLOW_IDLE_FILE"].flatMap { $0.isEmpty ? nil : $0 }
  }

  /// The loop is idle with its last frame on screen.
  func report() {
    guard let path else { return }
    turns += 1
    // Written whole and renamed into place, so a reader never sees half a number.
    let temporary = path + ".new"
    guard FileManager.default.createFile(atPath: temporary, contents: Data("\(turns)\n".utf8))
    else { return }
    _ = rename(temporary, path)
  }
}
