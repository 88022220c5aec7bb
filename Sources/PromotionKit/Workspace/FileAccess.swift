import Foundation

/// Reading and writing files with the errors a user can act on (each with a diagnostic code),
/// and atomic saves (see `FileAccess+Atomic.swift`).
public enum FileAccess {
  /// Why a file could not be read or written, with a stable diagnostic code.
  public struct Failure: Error, Equatable, Sendable, CustomStringConvertible {
    public var path: String
    public var reason: String
    public var code: String

    public init(path: String, reason: String, code: String = "unreadable-file") {
      self.path = path
      self.reason = reason
      self.code = code
    }

    /// `PATH: error: REASON [code]`, like every other diagnostic.
    public var description: String { Diagnostic(.error, code, reason, file: path).formatted }
  }

  public static func read(_ path: String) throws(Failure) -> [UInt8] {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
      throw Failure(path: path, reason: "no such file", code: "file-not-found")
    }
    if isDirectory.boolValue {
      throw Failure(path: path, reason: "is a directory, not a file", code: "not-a-file")
    }
    let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
    if size > InputLimits.maximumFileSize {
      throw Failure(
        path: path, reason: "file too large (\(size / 1024 / 1024) MB; the limit is 10 MB)",
        code: "file-too-large")
    }
    guard let handle = FileHandle(forReadingAtPath: path) else {
      throw Failure(path: path, reason: "cannot be read (permission denied?)")
    }
    defer { try? handle.close() }
    do {
      let data = try handle.read(upToCount: InputLimits.maximumFileSize + 1) ?? Data()
      if data.count > InputLimits.maximumFileSize {
        throw Failure(
          path: path, reason: "file too large (the limit is 10 MB)", code: "file-too-large")
      }
      return Array(data)
    } catch let failure as Failure {
      throw failure
    } catch {
      throw Failure(path: path, reason: "cannot be read: \(error.localizedDescription)")
    }
  }

  /// Whether `path` is an existing file its owner may not write (`chmod a-w`). promoflow writes
  /// such a file only when asked to explicitly, as vim does, and keeps its mode when it does.
  public static func isReadOnly(_ path: String) -> Bool {
    var info = stat()
    guard stat(path, &info) == 0 else { return false }
    return info.st_mode & S_IWUSR == 0
  }

  static func currentUmask() -> mode_t {
    let mask = umask(0)
    umask(mask)
    return mask
  }
}
