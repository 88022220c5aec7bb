import Foundation
import PromotionKit
import TestSupport
import Testing

/// Saving is atomic: the new file or the old one, never a partial file, and no temporary left.
@Suite struct FileAccessTests {
  /// This test's folder, kept for as long as the test runs.
  let folder: TemporaryFolder

  init() throws {
    folder = try TemporaryFolder()
  }

  func leftovers(in folder: TemporaryFolder) throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: folder.path).filter {
      $0.contains(".promoflow-")
    }
  }

  @Test func writeReplacesAndKeepsPermissions() throws {
    let path = try folder.write("flow.yaml", "old\n")
    chmod(path, 0o640)
    try FileAccess.writeAtomically(Array("new\n".utf8), to: path)
    #expect(try String(contentsOfFile: path, encoding: .utf8) == "new\n")
    #expect(
      (try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? NSNumber)?
        .intValue == 0o640)
    #expect(try leftovers(in: folder).isEmpty)
  }

  @Test func aFailedRenameLeavesTheOldFileAndNoTemporary() throws {
    try folder.makeFolder("flow.yaml")
    try folder.write("flow.yaml/inside.txt", "keep")
    let target = folder.url.appendingPathComponent("flow.yaml").path
    #expect(throws: FileAccess.Failure.self) {
      try FileAccess.writeAtomically(Array("new".utf8), to: target)
    }
    #expect(try String(contentsOfFile: target + "/inside.txt", encoding: .utf8) == "keep")
    #expect(try leftovers(in: folder).isEmpty, "the temporary file is removed on failure")
  }

  @Test func aMissingFolderFailsCleanly() {
    #expect(throws: FileAccess.Failure.self) {
      try FileAccess.writeAtomically(Array("x".utf8), to: "/nonexistent-promoflow/flow.yaml")
    }
  }

  @Test func readingRefusesDirectoriesAndHugeFiles() throws {
    #expect(
      throws: FileAccess.Failure(
        path: folder.path, reason: "is a directory, not a file", code: "not-a-file")
    ) {
      try FileAccess.read(folder.path)
    }
    let big = folder.url.appendingPathComponent("big.yaml")
    _ = FileManager.default.createFile(atPath: big.path, contents: nil)
    let handle = try FileHandle(forWritingTo: big)
    try handle.truncate(atOffset: UInt64(InputLimits.maximumFileSize + 1))
    try handle.close()
    do {
      _ = try FileAccess.read(big.path)
      Issue.record("a file over the limit was read")
    } catch {
      #expect(error.reason.hasPrefix("file too large") && error.code == "file-too-large")
    }
  }
}
