import Foundation
import PromotionKit

/// Saving: whether to save at all, what a save writes, and what the reducer does with how it went.
extension Reducer {
  /// Asks for a save on the way to `intent`: first whether to save a flow with errors at all
  /// (unless `errorsConfirmed`), then the save itself; quitting or committing follows a
  /// successful save.
  static func requestSave(
    _ state: inout AppState, _ intent: SaveIntent, writeReadOnly: Bool,
    errorsConfirmed: Bool = false, effects: inout [Effect]
  ) {
    let errors = state.problems.filter { $0.severity == .error }
    if !errorsConfirmed, let first = errors.first {
      let count = errors.count
      let file = (state.displayPath as NSString).lastPathComponent
      let verb = intent == .commit ? "commit" : "save"
      state.overlays.append(
        .confirm(
          ChoiceDialog(
            title: "\(file) has \(count) error\(count == 1 ? "" : "s"): \(verb) anyway?",
            text: (count == 1 ? "The error: " : "The first: ") + first.message,
            options: [
              "Cancel",
              intent == .quit
                ? "Save anyway, then quit" : intent == .commit ? "Commit anyway" : "Save anyway",
            ],
            purpose: .saveWithErrors(intent, writeReadOnly: writeReadOnly))))
      return
    }
    if intent == .commit && !state.isModified && state.diskText != nil {
      effects.append(.prepareCommit(commitPaths(state)))
      return
    }
    state.quitAfterSave = intent == .quit
    state.commitAfterSave = intent == .commit
    var request = saveRequest(for: state)
    request.writeReadOnly = writeReadOnly
    effects.append(.save(request))
  }

  static func saveRequest(for state: AppState) -> SaveRequest {
    var writes = [SaveRequest.Write(path: state.filePath, text: state.document.text, isNew: false)]
    if state.current.newEnvironments != state.saved.newEnvironments
      || !state.current.newEnvironments.isEmpty
    {
      writes.append(
        SaveRequest.Write(
          path: state.workspace.catalogPath,
          text: EnvironmentCatalog.text(
            of: state.workspace.catalogFile, adding: state.current.newEnvironments),
          isNew: false))
    }
    for name in state.current.newWorkflows where !state.writtenWorkflows.contains(name) {
      writes.append(
        SaveRequest.Write(
          path: workflowPath(name, in: state.workspace),
          text: PromotionWorkflow.template(named: name), isNew: true))
    }
    let deletions = state.writtenWorkflows.filter { !state.current.newWorkflows.contains($0) }.map {
      workflowPath($0, in: state.workspace)
    }
    return SaveRequest(
      writes: writes, deletions: deletions, snapshot: state.current,
      expectedFlowText: state.diskText)
  }

  static func finishSave(_ state: inout AppState, _ outcome: SaveOutcome, effects: inout [Effect]) {
    switch outcome {
    case .saved(let snapshot, let written):
      state.saved = snapshot
      state.writtenWorkflows = snapshot.newWorkflows
      state.diskText = snapshot.document.text
      for path in written where !state.writtenFiles.contains(path) {
        state.writtenFiles.append(path)
      }
      let extra =
        written.count > 1
        ? " (+\(written.count - 1) more file\(written.count == 2 ? "" : "s"))" : ""
      let pending = state.yaml?.isDirty == true ? " — the unapplied text edit was not saved" : ""
      state.message = StatusMessage("Saved \(state.displayPath)\(extra)\(pending)", kind: .success)
      refreshYAMLView(&state)
      if state.quitAfterSave {
        state.finished = true
        effects.append(.exit)
      } else if state.commitAfterSave {
        state.commitAfterSave = false
        effects.append(.prepareCommit(commitPaths(state)))
      }
    case .failed(let reason):
      state.quitAfterSave = false
      state.commitAfterSave = false
      state.message = StatusMessage("Not saved: \(reason)", kind: .error)
    case .readOnly(let paths):
      state.quitAfterSave = false
      state.commitAfterSave = false
      let names = paths.map { ($0 as NSString).lastPathComponent }
      let list =
        names.count == 1
        ? names[0] + " is"
        : names.dropLast().joined(separator: ", ") + " and " + (names.last ?? "") + " are"
      state.message = StatusMessage(
        "\(list) read-only — S to write anyway (the file's mode is kept)", kind: .error)
    case .changedOnDisk(let diskText):
      state.overlays.append(
        .diskChanged(
          ChoiceDialog(
            title: "\(state.displayPath) changed on disk",
            text:
              "Something else changed the file since promoflow read or saved it. Saving now would overwrite that change.",
            options: [
              "Cancel", "Overwrite it with your version", "Reload it (lose your changes)",
              "Show the differences",
            ],
            purpose: .diskChanged(diskText: diskText))))
    }
  }

  static func workflowPath(_ name: String, in workspace: Workspace) -> String {
    (workspace.workflowsFolder as NSString).appendingPathComponent(name + ".yaml")
  }
}
