import Foundation

/// A folder under the system's temporary directory for one test, removed when released.
public final class TemporaryFolder: Sendable {
  public let url: URL

  /// `label` starts the folder's name, to tell which test left it when one is killed.
  public init(_ label: String = "promoflow-test") throws {
    url = FileManager.default.temporaryDirectory.appendingPathComponent(
      label + "-" + UUID().uuidString)
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
  }

  deinit { try? FileManager.default.removeItem(at: url) }

  public var path: String { url.path }

  /// Writes `text` to `relative` (folders made as needed) and returns the file's path.
  @discardableResult
  public func write(_ relative: String, _ text: String) throws -> String {
    let file = url.appendingPathComponent(relative)
    try FileManager.default.createDirectory(
      at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
    try text.write(to: file, atomically: true, encoding: .utf8)
    return file.path
  }

  public func makeFolder(_ relative: String) throws {
    try FileManager.default.createDirectory(
      at: url.appendingPathComponent(relative), withIntermediateDirectories: true)
  }
}
