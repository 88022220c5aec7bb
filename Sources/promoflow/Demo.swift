import ArgumentParser
import Foundation
import PromotionKit

/// `promoflow demo`: the example workspace (flows, policies, a product, promotion workflows and
/// a catalog) copied into a new temporary git repository, opened in the editor — so a new user
/// can try everything, saving and committing included, without a repository of their own.
struct Demo: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Open the example workspace in a temporary git repository and try everything.")

  @Flag(help: "Draw with ASCII characters only.")
  var ascii = false

  @Flag(name: .customLong("no-mouse"), help: "Do not use the mouse.")
  var noMouse = false

  func run() throws {
    guard let source = Bundle.module.url(forResource: "DemoWorkspace", withExtension: nil) else {
      Console.error("promoflow: the example workspace is missing from this build")
      throw ExitCode(2)
    }
    let folder = try Self.makeFolder()
    do {
      for item in try FileManager.default.contentsOfDirectory(atPath: source.path) {
        try FileManager.default.copyItem(
          at: source.appendingPathComponent(item),
          to: URL(fileURLWithPath: folder).appendingPathComponent(item))
      }
    } catch {
      Console.error(
        "promoflow: cannot copy the example workspace to \(folder): \(error.localizedDescription)")
      throw ExitCode(2)
    }
    let repository = Self.makeRepository(folder)
    let flow = (folder as NSString).appendingPathComponent(
      "resources/configurations/promotion-flows/shop.yaml")
    let state = try EditSession.loadOrExit(file: flow, workspace: folder, ascii: ascii)
    try MainActor.assumeIsolated { try EditSession.run(state, mouse: !noMouse) }
    Console.error("The demo workspace is in \(folder)\(repository ? " (a git repository)" : "").")
    Console.error(
      "Open it again with: promoflow \(flow) — or promoflow \(folder) for all its flows")
  }

  static func makeFolder() throws -> String {
    let base = TemporaryFiles.folder
    guard let created = TemporaryFiles.makeFolder(prefix: "\(base)/promoflow-demo-") else {
      Console.error("promoflow: cannot create a folder in \(base)")
      throw ExitCode(2)
    }
    return created
  }

  /// Makes `folder` a git repository with one commit; false when git is not there.
  static func makeRepository(_ folder: String) -> Bool {
    let steps: [[String]] = [
      ["init", "-q"],
      ["config", "user.name", "promoflow demo"],
      ["config", "user.email", "demo@promoflow.invalid"],
      ["add", "-A"],
      ["commit", "-q", "-m", "Example workspace"],
    ]
    for arguments in steps {
      let process = Process()
      process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
      process.arguments = ["git", "-C", folder] + arguments
      process.standardOutput = FileHandle.nullDevice
      process.standardError = FileHandle.nullDevice
      do {
        try process.run()
        process.waitUntilExit()
      } catch {
        return false
      }
      if process.terminationStatus != 0 { return false }
    }
    return true
  }
}
