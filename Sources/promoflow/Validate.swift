import ArgumentParser
import FlowBuilder
import Foundation
import PromotionKit

/// `promoflow validate`: checks files and reports every problem with its position.
struct Validate: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Check promotion flows (and policies) against the CRDs and the workspace.",
    discussion: """
      Prints FILE:LINE:COLUMN: error|warning: MESSAGE [code] for each problem. A folder (or no \
      argument: the workspace) checks every promotion resource below it. --format github prints \
      GitHub Actions annotations. Exits 0 when there are no errors (warnings allowed), 1 when \
      there are errors, 2 for usage errors or unreadable files.
      """)

  @Option(
    help:
      "The workspace folder (default: the nearest folder with promoflow.yaml, else the git top level)."
  )
  var workspace: String?

  @Option(help: "Output format: text, json or github (GitHub Actions annotations).")
  var format: ValidateFormat = .text

  @Argument(help: "Files or folders to check (default: the workspace).")
  var files: [String] = []

  func run() throws {
    var diagnostics: [Diagnostic] = []
    var unreadable = false
    var inputs: [InputFile] = []
    let root = Workspace.root(for: files.first, explicit: workspace)
    let named = files.isEmpty ? [workspace ?? Self.fromHere(root)] : files
    for result in InputFile.loadAll(InputFile.expand(named)) {
      switch result {
      case .success(let input)?: inputs.append(input)
      case .failure(.unreadable(let message))?:
        Console.error(message)
        unreadable = true
      case .failure(.invalid(let diagnostic))?: diagnostics.append(diagnostic)
      case nil: continue
      }
    }
    let known = Dictionary(
      inputs.map { ($0.path, $0.file) }, uniquingKeysWith: { first, _ in first })
    let context = Workspace.load(root: root, known: known, otherFlows: false)
    for input in inputs {
      diagnostics += ResourceValidator.validate(input.file, context: context.validationContext)
        .map {
          var diagnostic = $0
          diagnostic.file = input.path
          return diagnostic
        }
    }
    let checked = Set(
      (inputs.map(\.path) + diagnostics.compactMap(\.file)).map(context.relativePath))
    diagnostics += context.warnings.filter { !checked.contains($0.file ?? "") }
    switch format {
    case .github:
      let top = try? Git.repository(of: FileManager.default.currentDirectoryPath).get()
      Console.output(diagnostics.map { Self.annotation($0, repository: top) + "\n" }.joined())
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

  /// `folder` as a path from the current folder: `.`, `../..`, or absolute when unrelated.
  static func fromHere(_ folder: String) -> String {
    let here = URL(fileURLWithPath: FileManager.default.currentDirectoryPath).standardizedFileURL
      .pathComponents
    let there = URL(fileURLWithPath: folder).standardizedFileURL.pathComponents
    guard here.starts(with: there) else { return folder }
    let up = here.count - there.count
    return up == 0 ? "." : Array(repeating: "..", count: up).joined(separator: "/")
  }

  /// A GitHub Actions workflow command: `::error file=F,line=L,col=C,title=CODE::MESSAGE`, with
  /// the characters the runner reads as syntax escaped.
  /// Files are named from the top of the repository (`repository`), as GitHub expects.
  static func annotation(_ diagnostic: Diagnostic, repository: String?) -> String {
    func escaped(_ text: String, property: Bool) -> String {
      var result = text.replacingOccurrences(of: "%", with: "%25")
        .replacingOccurrences(of: "\r", with: "%0D").replacingOccurrences(of: "\n", with: "%0A")
      if property {
        result = result.replacingOccurrences(of: ":", with: "%3A")
          .replacingOccurrences(of: ",", with: "%2C")
      }
      return result
    }
    var properties: [String] = []
    if var file = diagnostic.file {
      if let repository {
        let absolute = URL(fileURLWithPath: file).standardizedFileURL.path
        file = Git.relativePath(absolute, in: repository)
      }
      properties.append("file=" + escaped(file, property: true))
    }
    if let location = diagnostic.location {
      properties.append("line=\(location.line)")
      properties.append("col=\(location.column)")
    }
    properties.append("title=" + escaped(diagnostic.code, property: true))
    return "::\(diagnostic.severity.rawValue) \(properties.joined(separator: ","))::"
      + escaped(diagnostic.message, property: false)
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

/// `text`, `json`, or `github`: annotations on the pull request.
enum ValidateFormat: String, ExpressibleByArgument, CaseIterable {
  case text
  case json
  case github
}
