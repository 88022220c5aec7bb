import Foundation
import PromotionKit

/// Runs the reducer's effects at the edge — the only place the flow builder touches files — and
/// says how it went, as an action for the reducer.
public enum EffectRunner {
  /// Writes what a save asks for: new files first (refusing to replace anything), then the
  /// catalog and the flow, each atomically; removes workflow files an undo took back.
  public static func save(_ request: SaveRequest) -> Action {
    let manager = FileManager.default
    var written: [String] = []
    for write in request.writes.sorted(by: { $0.isNew && !$1.isNew }) {
      if write.isNew {
        if manager.fileExists(atPath: write.path) {
          return .saveFinished(
            .failed("\(write.path) already exists; promoflow does not replace it"))
        }
        let folder = (write.path as NSString).deletingLastPathComponent
        do {
          try manager.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
          return .saveFinished(.failed("cannot create \(folder): \(error.localizedDescription)"))
        }
      }
      do {
        try FileAccess.writeAtomically(Array(write.text.utf8), to: write.path)
        written.append(write.path)
      } catch {
        return .saveFinished(.failed(error.description))
      }
    }
    for path in request.deletions where manager.fileExists(atPath: path) {
      try? manager.removeItem(atPath: path)
    }
    return .saveFinished(.saved(request.snapshot, written: written))
  }
}
