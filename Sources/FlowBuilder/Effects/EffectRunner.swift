import Foundation
import PromotionKit

/// Runs the reducer's effects at the edge — the only place the flow builder touches files — and
/// says how it went, as an action for the reducer.
public enum EffectRunner {
  /// Writes what a save asks for — unless the flow file on disk is not what promoflow last read
  /// or wrote (then nothing is written and the reducer asks what to do): new files first
  /// (refusing to replace anything), then the catalog and the flow, each atomically; removes
  /// workflow files an undo took back.
  public static func save(_ request: SaveRequest) -> Action {
    let manager = FileManager.default
    if !request.force, let flowPath = request.writes.first?.path {
      let onDisk = (try? FileAccess.read(flowPath)).map { String(decoding: $0, as: UTF8.self) }
      if onDisk != request.expectedFlowText {
        return .saveFinished(.changedOnDisk(onDisk ?? ""))
      }
    }
    if !request.writeReadOnly {
      let readOnly = request.writes.map(\.path).filter(FileAccess.isReadOnly)
      if !readOnly.isEmpty { return .saveFinished(.readOnly(readOnly)) }
    }
    var written: [String] = []
    for write in request.writes.sorted(by: { $0.isNew && !$1.isNew }) {
      if write.isNew, let problem = makeRoom(forNewFile: write.path) {
        return .saveFinished(.failed(problem))
      }
      do {
        try FileAccess.writeAtomically(
          Array(write.text.utf8), to: write.path, overridingReadOnly: request.writeReadOnly)
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

extension EffectRunner {
  /// Gets ready to write a new file at `path`: refuses one that exists (promoflow never
  /// replaces a file it did not read), creates its folder. Returns why not, or nil.
  public static func makeRoom(forNewFile path: String) -> String? {
    let manager = FileManager.default
    if manager.fileExists(atPath: path) {
      return "\(path) already exists; promoflow does not replace it"
    }
    let folder = (path as NSString).deletingLastPathComponent
    do {
      try manager.createDirectory(atPath: folder, withIntermediateDirectories: true)
    } catch {
      return "cannot create \(folder): \(error.localizedDescription)"
    }
    return nil
  }

  /// The editor git would use: $GIT_EDITOR, then `git config core.editor`, then $VISUAL, then
  /// $EDITOR, then vi.
  public static func editorCommand(environment: [String: String], coreEditor: String?) -> String {
    for candidate in [
      environment["GIT_EDITOR"], coreEditor, environment["VISUAL"], environment["EDITOR"],
    ] {
      if let command = candidate?.trimmingCharacters(in: .whitespaces), !command.isEmpty {
        return command
      }
    }
    return "vi"
  }

  /// Hands `text` to the user's editor on a temporary copy (run through the shell, as git runs
  /// editors) and returns what the editor left. The caller suspends the screen around it.
  public static func editExternally(_ text: String, folder: String) -> Action {
    let environment = ProcessInfo.processInfo.environment
    let coreEditor = Git.run(["config", "core.editor"], in: folder).output.trimmingCharacters(
      in: .whitespacesAndNewlines)
    let command = editorCommand(
      environment: environment, coreEditor: coreEditor.isEmpty ? nil : coreEditor)
    let base = TemporaryFiles.folder
    guard
      let (path, descriptor) = TemporaryFiles.makeFile(
        prefix: "\(base)/promoflow-edit-", suffix: ".yaml")
    else {
      return .externalEditFinished(
        .failure(EditorFailure("cannot create a temporary file in \(base)")))
    }
    close(descriptor)
    defer { unlink(path) }
    do {
      try FileAccess.writeAtomically(Array(text.utf8), to: path)
    } catch {
      return .externalEditFinished(.failure(EditorFailure(error.description)))
    }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/sh")
    process.arguments = ["-c", command + " \"$@\"", command, path]
    do {
      try process.run()
      process.waitUntilExit()
    } catch {
      return .externalEditFinished(
        .failure(EditorFailure("cannot run \(command): \(error.localizedDescription)")))
    }
    guard process.terminationStatus == 0 else {
      return .externalEditFinished(
        .failure(
          EditorFailure(
            "\(command) exited with status \(process.terminationStatus); the text was not changed"))
      )
    }
    guard let bytes = try? FileAccess.read(path) else {
      return .externalEditFinished(
        .failure(EditorFailure("the edited copy could not be read back")))
    }
    return .externalEditFinished(.success(String(decoding: bytes, as: UTF8.self)))
  }
}
