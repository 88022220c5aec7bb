import ArgumentParser
import CursesTerminal
import FlowBuilder
import Foundation
import PromotionKit
import TerminalCanvas

/// `promoflow edit FILE` (and `promoflow FILE`): the flow builder in the terminal.
struct Edit: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Build a promotion flow in the terminal (the default command).",
    discussion:
      "A FILE that does not exist starts a new flow named after it. Press ? in the editor for every key."
  )

  @Argument(help: "The flow file to edit (created on save when missing).")
  var file: String

  @Option(
    help:
      "The workspace folder (default: the nearest folder with promoflow.yaml, else the git top level)."
  )
  var workspace: String?

  @Flag(help: "Draw with ASCII characters only.")
  var ascii = false

  @Flag(name: .customLong("no-mouse"), help: "Do not use the mouse.")
  var noMouse = false

  func run() throws {
    let state = try EditSession.load(file: file, workspace: workspace, ascii: ascii)
    try MainActor.assumeIsolated { try EditSession.run(state, mouse: !noMouse) }
  }
}

/// Loading a file into the editor and running it in the terminal, shared by `edit` and `demo`.
enum EditSession {
  static func load(file: String, workspace explicit: String?, ascii: Bool) throws -> AppState {
    let path = URL(fileURLWithPath: file).standardizedFileURL.path
    var isDirectory: ObjCBool = false
    let exists = FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
    if exists && isDirectory.boolValue {
      Console.error("promoflow: \(file): is a directory; name a flow file")
      throw ExitCode(2)
    }
    FileAccess.removeStaleTemporaries(of: path)
    let root = Workspace.root(for: path, explicit: explicit)
    var document = FlowDocument(newFlowNamed: flowName(for: path))
    var known: [String: YAMLFile] = [:]
    var unparsed: (text: String, problem: Diagnostic)?
    if exists {
      let input: InputFile
      do {
        input = try InputFile.load(file, allowEmpty: true)
      } catch {
        if case .invalid(let problem) = error, let text = readableText(path) {
          unparsed = (text, problem)
          input = InputFile(path: file, file: YAMLFile(text: SourceText(""), documents: []))
        } else {
          error.report()
          throw ExitCode(error.exitCode)
        }
      }
      if let refusal = FlowDocument.refusal(for: input.file, path: file) {
        Console.error(refusal.formatted)
        throw ExitCode(1)
      }
      if unparsed == nil {
        known[path] = input.file
        document = FlowDocument(file: input.file, newFlowName: flowName(for: path))
        try FlowArgument.refuseOversized(document, path: file)
      }
    }
    let context = Workspace.load(root: root, known: known)
    let unicode = !ascii && localeIsUTF8()
    var state = AppState(
      document: document, workspace: context, filePath: path,
      displayPath: context.relativePath(path), screenWidth: 80,
      screenHeight: 24, glyphs: unicode ? .unicode : .ascii)
    state.workspaceProblems = context.dependencyProblems(excluding: context.relativePath(path))
    if let unparsed { Reducer.openUnparsed(&state, text: unparsed.text, problem: unparsed.problem) }
    return state
  }

  /// The file's text when it is UTF-8 (a file that is not YAML can still be shown and fixed);
  /// nil for bytes that are not text.
  static func readableText(_ path: String) -> String? {
    guard let bytes = try? FileAccess.read(path) else { return nil }
    return String(validating: bytes, as: UTF8.self)
  }

  /// A flow name from a file name: `prod-release.yaml` → `prod-release`.
  static func flowName(for path: String) -> String {
    let base = ((path as NSString).lastPathComponent as NSString).deletingPathExtension.lowercased()
    let cleaned = String(
      base.map {
        $0.isLetter && $0.isASCII || $0.isNumber && $0.isASCII || $0 == "-" || $0 == "." ? $0 : "-"
      })
    let trimmed = cleaned.trimmingCharacters(in: CharacterSet(charactersIn: "-."))
    return trimmed.isEmpty ? "new-flow" : trimmed
  }

  static func localeIsUTF8() -> Bool {
    let environment = ProcessInfo.processInfo.environment
    let locale = environment["LC_ALL"] ?? environment["LC_CTYPE"] ?? environment["LANG"] ?? ""
    return locale.lowercased().contains("utf-8") || locale.lowercased().contains("utf8")
  }

  @MainActor
  static func run(_ state: AppState, mouse: Bool) throws {
    guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
      Console.error(
        "promoflow: the editor needs a terminal; for scripts use validate, fmt, plan or render")
      throw ExitCode(2)
    }
    let color = (ProcessInfo.processInfo.environment["NO_COLOR"] ?? "").isEmpty
    var state = state
    state.color = color
    let terminal = CursesTerminal(
      useMouse: mouse, useColor: color, useUnicode: state.glyphs == .unicode)
    let (final, signal) = EditorLoop.run(state, terminal: terminal)
    if let signal {
      let note = final.isModified ? "; unsaved changes were not saved" : ""
      Console.error("promoflow: stopped by signal \(signal)\(note)")
      throw ExitCode(128 + signal)
    }
  }
}
