import ArgumentParser
import Foundation
import PromotionKit

/// The `promoflow` command: a terminal flow builder for Codefresh GitOps promotion flows, and the
/// headless commands CI uses.
@main
struct Promoflow: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "promoflow",
    abstract: "Build, check and format Codefresh GitOps promotion flows.",
    version: PromoflowVersion.current,
    subcommands: [
      Edit.self, Demo.self, Validate.self, Format.self, Plan.self, Render.self, Diff.self,
    ],
    defaultSubcommand: Edit.self)

  /// Runs the command; usage errors exit with 2, and every failure is one line on stderr.
  static func main() {
    do {
      var command = try parseAsRoot()
      try command.run()
    } catch {
      let code = exitCode(for: error)
      if code == .success {
        print(fullMessage(for: error))
        Foundation.exit(0)
      }
      if error is ExitCode { Foundation.exit(code.rawValue) }
      Console.error(fullMessage(for: error))
      Foundation.exit(code == .validationFailure ? 2 : code.rawValue)
    }
  }
}

/// Writes to the terminal's standard streams.
enum Console {
  static func error(_ message: String) {
    FileHandle.standardError.write(Data((message.hasSuffix("\n") ? message : message + "\n").utf8))
  }

  static func output(_ text: String) {
    write(Array(text.utf8))
  }

  /// True when standard output is a terminal and `NO_COLOR` is not set: output may be coloured.
  static var colorsStandardOutput: Bool {
    isatty(STDOUT_FILENO) == 1 && (ProcessInfo.processInfo.environment["NO_COLOR"] ?? "").isEmpty
  }

  /// Writes bytes to standard output as they are.
  static func write(_ bytes: [UInt8]) {
    try? FileAccess.writeAll(bytes, to: STDOUT_FILENO, path: "standard output")
  }
}

/// `text` or `json`.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
  case text
  case json
}
