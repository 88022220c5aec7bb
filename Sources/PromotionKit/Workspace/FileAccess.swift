import Foundation

/// Reading and writing files with the errors a user can act on, and atomic saves: a temporary
/// file in the same folder, flushed to disk, then renamed over the original with its permissions
/// kept — so a crash leaves the old file or the new one, never half of one.
public enum FileAccess {
  /// Files larger than this are refused before parsing.
  public static let maximumFileSize = 10 * 1024 * 1024

  public struct Failure: Error, Equatable, Sendable, CustomStringConvertible {
    public var path: String
    public var reason: String

    public init(path: String, reason: String) {
      self.path = path
      self.reason = reason
    }

    public var description: String { "\(path): \(reason)" }
  }

  public static func read(_ path: String) throws(Failure) -> [UInt8] {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
      throw Failure(path: path, reason: "no such file")
    }
    if isDirectory.boolValue { throw Failure(path: path, reason: "is a directory, not a file") }
    let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
    if size > maximumFileSize {
      throw Failure(
        path: path, reason: "file too large (\(size / 1024 / 1024) MB; the limit is 10 MB)")
    }
    guard let handle = FileHandle(forReadingAtPath: path) else {
      throw Failure(path: path, reason: "cannot be read (permission denied?)")
    }
    defer { try? handle.close() }
    do {
      let data = try handle.read(upToCount: maximumFileSize + 1) ?? Data()
      if data.count > maximumFileSize {
        throw Failure(path: path, reason: "file too large (the limit is 10 MB)")
      }
      return Array(data)
    } catch let failure as Failure {
      throw failure
    } catch {
      throw Failure(path: path, reason: "cannot be read: \(error.localizedDescription)")
    }
  }

  /// Writes `bytes` to `path` atomically, keeping the permissions of the file it replaces.
  public static func writeAtomically(_ bytes: [UInt8], to path: String) throws(Failure) {
    let url = URL(fileURLWithPath: path)
    let folder = url.deletingLastPathComponent().path
    let name = url.lastPathComponent
    let existingMode =
      try? FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? NSNumber
    var template = Array("\(folder)/.\(name).promoflow-XXXXXX".utf8CString)
    let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
    guard descriptor >= 0 else {
      throw Failure(
        path: path, reason: "cannot write in \(folder): \(String(cString: strerror(errno)))")
    }
    let temporary = String(
      decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    var succeeded = false
    defer {
      if !succeeded { unlink(temporary) }
    }
    var written = 0
    while written < bytes.count {
      let result = bytes[written...].withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
      if result < 0 {
        if errno == EINTR { continue }
        let reason = String(cString: strerror(errno))
        close(descriptor)
        throw Failure(path: path, reason: "cannot write: \(reason)")
      }
      written += result
    }
    let mode = existingMode.map { mode_t($0.uint16Value) } ?? 0o644 & ~currentUmask()
    fchmod(descriptor, mode)
    guard fsync(descriptor) == 0 else {
      let reason = String(cString: strerror(errno))
      close(descriptor)
      throw Failure(path: path, reason: "cannot flush to disk: \(reason)")
    }
    close(descriptor)
    guard rename(temporary, path) == 0 else {
      throw Failure(
        path: path, reason: "cannot replace the file: \(String(cString: strerror(errno)))")
    }
    succeeded = true
    let folderDescriptor = open(folder, O_RDONLY)
    if folderDescriptor >= 0 {
      fsync(folderDescriptor)
      close(folderDescriptor)
    }
  }

  static func currentUmask() -> mode_t {
    let mask = umask(0)
    umask(mask)
    return mask
  }
}
