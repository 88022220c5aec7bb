import ArgumentParser
import PromotionKit

/// `promoflow validate`: checks files and reports every problem with its position.
struct Validate: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Check promotion flows (and policies) against the CRDs and the workspace.",
    discussion: """
      Prints FILE:LINE:COLUMN: error|warning: MESSAGE [code] for each problem. Exits 0 when there \
      are no errors (warnings allowed), 1 when there are errors, 2 for usage errors or unreadable files.
      """)

  @Option(
    help:
      "The workspace folder (default: the nearest folder with promoflow.yaml, else the git top level)."
  )
  var workspace: String?

  @Option(help: "Output format: text or json.")
  var format: OutputFormat = .text

  @Argument(help: "Files to check.")
  var files: [String]

  func validate() throws {
    if files.isEmpty { throw ValidationError("name at least one file to check") }
  }

  func run() throws {
    var diagnostics: [Diagnostic] = []
    var unreadable = false
    var inputs: [InputFile] = []
    for path in files {
      do {
        inputs.append(try InputFile.load(path, allowEmpty: true))
      } catch {
        switch error {
        case .unreadable(let message):
          Console.error(message)
          unreadable = true
        case .invalid(let diagnostic):
          diagnostics.append(diagnostic)
        }
      }
    }
    let root = Workspace.root(for: files.first, explicit: workspace)
    let known = Dictionary(
      inputs.map { ($0.path, $0.file) }, uniquingKeysWith: { first, _ in first })
    let context = Workspace.load(root: root, known: known)
    for input in inputs {
      diagnostics += ResourceValidator.validate(input.file, context: context.validationContext)
        .map {
          var diagnostic = $0
          diagnostic.file = input.path
          return diagnostic
        }
    }
    let named = Set(files.map(context.relativePath))
    diagnostics += context.warnings.filter { !named.contains($0.file ?? "") }
    switch format {
    case .text:
      Console.output(diagnostics.map { $0.formatted + "\n" }.joined())
      if !diagnostics.isEmpty {
        Console.error("\(diagnostics.errorCount) error(s), \(diagnostics.warningCount) warning(s)")
      }
    case .json:
      Console.output(
        JSONValue.object([("diagnostics", .array(diagnostics.map(Self.json)))]).text + "\n")
    }
    if unreadable { throw ExitCode(2) }
    if diagnostics.errorCount > 0 { throw ExitCode(1) }
  }

  static func json(_ diagnostic: Diagnostic) -> JSONValue {
    .object([
      ("file", .optional(diagnostic.file)),
      ("line", diagnostic.location.map { .number($0.line) } ?? .null),
      ("column", diagnostic.location.map { .number($0.column) } ?? .null),
      ("severity", .string(diagnostic.severity.rawValue)),
      ("code", .string(diagnostic.code)),
      ("message", .string(diagnostic.message)),
    ])
  }
}
