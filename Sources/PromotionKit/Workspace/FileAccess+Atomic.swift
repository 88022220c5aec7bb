import Foundation

/// Atomic saves: the new text goes to a temporary file in the same folder, is flushed to disk,
/// and is renamed over the original with its permissions kept — so `kill -9` at any moment leaves
/// the old file or the new one, never part of one. A temporary is named after the file and the
/// writing process (`.flow.yaml.promoflow-PID.XXXXXX`); one whose process has died (a killed
/// save) is removed by the next `fmt` or edit of that file, so they never pile up.
extension FileAccess {
  /// Writes `bytes` to `path` atomically, keeping the permissions of the file it replaces. A
  /// read-only file is refused (`read-only`) unless `overridingReadOnly`.
  public static func writeAtomically(
    _ bytes: [UInt8], to path: String, overridingReadOnly: Bool = false
  ) throws(Failure) {
    if !overridingReadOnly && isReadOnly(path) {
      throw Failure(
        path: path,
        reason: "the file is read-only (its owner may not write it): nothing was written",
        code: "read-only")
    }
    let url = URL(fileURLWithPath: path)
    let folder = url.deletingLastPathComponent().path
    let name = url.lastPathComponent
    removeStaleTemporaries(of: path)
    let existingMode =
      try? FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? NSNumber
    guard
      let (temporary, descriptor) = TemporaryFiles.makeFile(
        prefix: "\(folder)/\(temporaryPrefix(of: name))\(getpid()).")
    else {
      throw writeFailure(path, "cannot write in \(folder): \(String(cString: strerror(errno)))")
    }
    var succeeded = false
    defer {
      if !succeeded { unlink(temporary) }
    }
    do {
      defer { close(descriptor) }
      try writeAll(bytes, to: descriptor, path: path)
      fchmod(descriptor, existingMode.map { mode_t($0.uint16Value) } ?? 0o644 & ~currentUmask())
      guard fsync(descriptor) == 0 else {
        throw writeFailure(path, "cannot flush to disk: \(String(cString: strerror(errno)))")
      }
    }
    guard rename(temporary, path) == 0 else {
      throw writeFailure(path, "cannot replace the file: \(String(cString: strerror(errno)))")
    }
    succeeded = true
    let folderDescriptor = open(folder, O_RDONLY)
    if folderDescriptor >= 0 {
      fsync(folderDescriptor)
      close(folderDescriptor)
    }
  }

  /// The start of every temporary file name used to save `name`.
  static func temporaryPrefix(of name: String) -> String { ".\(name).promoflow-" }

  /// Removes the temporaries of `path` left by saves whose process no longer runs. Saving does
  /// this; commands that will write a file also do it when they start.
  public static func removeStaleTemporaries(of path: String) {
    let url = URL(fileURLWithPath: path)
    let folder = url.deletingLastPathComponent().path
    let prefix = temporaryPrefix(of: url.lastPathComponent)
    guard let entries = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return }
    for entry in entries where entry.hasPrefix(prefix) {
      let rest = entry.dropFirst(prefix.count)
      guard let dot = rest.firstIndex(of: "."), let pid = pid_t(rest[..<dot]), pid > 0,
        kill(pid, 0) != 0, errno == ESRCH
      else { continue }
      unlink("\(folder)/\(entry)")
    }
  }

  /// Writes all of `bytes` to `descriptor`, again after an interrupted or partial write; `path`
  /// names it in the failure.
  public static func writeAll(_ bytes: [UInt8], to descriptor: Int32, path: String) throws(Failure)
  {
    var written = 0
    while written < bytes.count {
      let result = bytes[written...].withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
      if result < 0 {
        if errno == EINTR { continue }
        throw writeFailure(path, "cannot write: \(String(cString: strerror(errno)))")
      }
      written += result
    }
  }

  static func writeFailure(_ path: String, _ reason: String) -> Failure {
    Failure(path: path, reason: reason, code: "write-failed")
  }
}
