import Foundation
import PromotionKit

/// Side effects the reducer asks for; the app runs them at the edge and reports back.
public enum Effect: Equatable, Sendable {
  case save(SaveRequest)
  case exit
}

/// Everything a save writes: the flow file, the catalog when environments were created, new
/// workflow files — and the workflow files this session created that an undo took back.
public struct SaveRequest: Equatable, Sendable {
  public struct Write: Equatable, Sendable {
    public var path: String
    public var text: String
    /// A new file: refuse to replace anything already there.
    public var isNew: Bool
  }

  public var writes: [Write]
  public var deletions: [String]
  public var snapshot: Snapshot
}

extension Reducer {
  static func saveRequest(for state: AppState) -> SaveRequest {
    var document = state.document
    document.flow = state.current.flow
    var writes = [SaveRequest.Write(path: state.filePath, text: document.text, isNew: false)]
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
    return SaveRequest(writes: writes, deletions: deletions, snapshot: state.current)
  }

  static func finishSave(_ state: inout AppState, _ outcome: SaveOutcome, effects: inout [Effect]) {
    switch outcome {
    case .saved(let snapshot, let written):
      state.saved = snapshot
      state.writtenWorkflows = snapshot.newWorkflows
      let extra =
        written.count > 1
        ? " (+\(written.count - 1) more file\(written.count == 2 ? "" : "s"))" : ""
      state.message = StatusMessage("Saved \(state.displayPath)\(extra)", kind: .success)
      if state.quitAfterSave {
        state.finished = true
        effects.append(.exit)
      }
    case .failed(let reason):
      state.quitAfterSave = false
      state.message = StatusMessage("Not saved: \(reason)", kind: .error)
    }
  }

  static func workflowPath(_ name: String, in workspace: Workspace) -> String {
    (workspace.workflowsFolder as NSString).appendingPathComponent(name + ".yaml")
  }
}
