import Foundation

/// Files kept next to the tests: YAML fixtures with their reviewed `fmt` goldens, and copies of
/// the Codefresh CRDs.
enum Fixtures {
  static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent()

  static func text(_ name: String, in subfolder: String = "Fixtures") throws -> String {
    try String(
      contentsOf: folder.appendingPathComponent(subfolder).appendingPathComponent(name),
      encoding: .utf8)
  }

  static var yamlNames: [String] {
    let names =
      (try? FileManager.default.contentsOfDirectory(
        atPath: folder.appendingPathComponent("Fixtures").path)) ?? []
    return names.filter { $0.hasSuffix(".yaml") }.sorted()
  }

  /// The sample workspace shipped with the shared data, when this machine has it.
  static var sharedFolder: URL {
    folder.appendingPathComponent("../../../shared").standardizedFileURL
  }
}
