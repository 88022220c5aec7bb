import PromotionKit

/// A flow file that does not read as YAML opens in the YAML view, its problem at its line, so it
/// can be fixed here (`i`, or `E` in the user's editor). Until the text reads, the canvas and
/// everything that would write are unavailable, and quitting leaves the file as it is.
extension Reducer {
  public static func openUnparsed(_ state: inout AppState, text: String, problem: Diagnostic) {
    var view = YAMLView(text: text)
    view.baseText = ""
    view.isDirty = true
    view.diagnostics = [problem]
    if let line = problem.location?.line { view.line = line - 1 }
    state.yaml = view
    state.unparsedFile = true
    state.diskText = text
    revealCursor(&state)
    state.message = StatusMessage(
      "The file is not valid YAML: fix it here (i, or E in your editor); q leaves it as it is",
      kind: .error)
  }

  /// Why nothing but fixing the text works now, when the file has not read yet.
  static let unparsedReason =
    "The file is not valid YAML yet: fix it first (i here, or E in your editor); q leaves it as it is"

  /// After the text of an unparsed file applied: the canvas is back, and the empty flow that
  /// stood in for the file is not an undo step (undoing to it and saving would lose the file).
  static func finishUnparsed(_ state: inout AppState) {
    guard state.unparsedFile else { return }
    state.unparsedFile = false
    state.history = History()
    state.message = StatusMessage("The file reads now: Tab shows the canvas, s saves it")
  }

  /// How a message about an unapplied edit ends: how to give it up, if it can be.
  static func giveUpHint(_ state: AppState) -> String {
    state.unparsedFile ? "or q to leave the file as it is" : "or Tab to discard it"
  }
}
