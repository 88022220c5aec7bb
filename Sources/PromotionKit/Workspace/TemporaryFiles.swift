import Foundation

/// Unique temporary files and folders, named by the C library (`mkstemps`, `mkdtemp`) so two
/// processes never get the same one; the one place the `XXXXXX` templates are filled in.
public enum TemporaryFiles {
  /// The folder for temporary files: `$TMPDIR` when it is set, else `/tmp`.
  public static var folder: String {
    ProcessInfo.processInfo.environment["TMPDIR"].flatMap { $0.isEmpty ? nil : $0 } ?? "/tmp"
  }

  /// Creates a new empty file named `prefix`, six random characters and `suffix`, open for
  /// writing; its path and descriptor (the caller closes it), or nil when it cannot be created.
  public static func makeFile(prefix: String, suffix: String = "") -> (
    path: String, descriptor: Int32
  )? {
    var template = Array((prefix + "XXXXXX" + suffix).utf8CString)
    let descriptor = template.withUnsafeMutableBufferPointer { buffer in
      buffer.baseAddress.map { mkstemps($0, Int32(suffix.utf8.count)) } ?? -1
    }
    guard descriptor >= 0 else { return nil }
    return (path(of: template), descriptor)
  }

  /// Creates a new folder named `prefix` and six random characters; its path, or nil.
  public static func makeFolder(prefix: String) -> String? {
    var template = Array((prefix + "XXXXXX").utf8CString)
    let created = template.withUnsafeMutableBufferPointer { buffer in
      buffer.baseAddress.flatMap { mkdtemp($0) }
    }
    return created.map { String(cString: $0) }
  }

  private static func path(of template: [CChar]) -> String {
    String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
  }
}
