import Foundation
import PromotionKit

/// Notices, while the editor runs, that the flow file changed on disk: a cheap `stat` (size,
/// modification time, inode) at most four times a second; only when that changes is the file
/// read, and only when its text is not what promoflow last read or wrote is it reported, as an
/// action for the reducer. (A save by promoflow changes the stamp but not the text it expects.)
public struct DiskWatch: Sendable {
  /// What `stat` says of a file, enough to tell that it changed.
  struct Stamp: Equatable, Sendable {
    var size: Int64
    var seconds: Int
    var nanoseconds: Int
    var inode: UInt64
    var device: UInt64
  }

  public let path: String
  /// Seconds between two looks at the file.
  public static let interval = 0.25
  var stamp: Stamp?
  var lastLook = Date.distantPast

  public init(path: String) {
    self.path = path
    stamp = Self.stamp(of: path)
  }

  /// The change to report now, if any: `expected` is the text promoflow last read or wrote (nil
  /// when there was no file).
  public mutating func poll(expecting expected: String?, now: Date = Date()) -> Action? {
    guard now.timeIntervalSince(lastLook) >= Self.interval else { return nil }
    lastLook = now
    let current = Self.stamp(of: path)
    guard current != stamp else { return nil }
    stamp = current
    let text =
      current == nil
      ? nil
      : (try? FileAccess.read(path)).map {
        String(decoding: $0, as: UTF8.self)
      }
    if current != nil && text == nil { return nil }
    return text == expected ? nil : .fileChangedOnDisk(text)
  }

  static func stamp(of path: String) -> Stamp? {
    var info = stat()
    guard stat(path, &info) == 0 else { return nil }
    return Stamp(
      size: Int64(info.st_size), seconds: info.st_mtim.tv_sec, nanoseconds: info.st_mtim.tv_nsec,
      inode: UInt64(info.st_ino), device: UInt64(info.st_dev))
  }
}
