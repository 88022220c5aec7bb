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
      "A FILE that does not exist starts a new flow named after it. A folder, or no argument, opens the home: the workspace's flows. Press ? for every key."
  )

  @Argument(
    help:
      "The flow file to edit (created on save when missing), or a folder (default: here) to open its workspace's home."
  )
  var file: String?

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
    var isDirectory: ObjCBool = false
    if let file,
      !(FileManager.default.fileExists(atPath: file, isDirectory: &isDirectory)
        && isDirectory.boolValue)
    {
      let state = try EditSession.loadOrExit(file: file, workspace: workspace, ascii: ascii)
      try MainActor.assumeIsolated { try EditSession.run(state, mouse: !noMouse) }
      return
    }
    let root = Workspace.root(for: file, explicit: workspace)
    try MainActor.assumeIsolated { try HomeLoop.run(root: root, ascii: ascii, mouse: !noMouse) }
  }
}

/// Why a file cannot be opened in the editor: the lines to show, and the exit status.
struct EditLoadFailure: Error {
  var lines: [String]
  var status: Int32
}

/// Loading a file into the editor and running it in the terminal, shared by `edit`, `demo` and
/// the home.
enum EditSession {
  /// Loads `file`, or says why not on standard error and exits.
  static func loadOrExit(file: String, workspace: String?, ascii: Bool) throws -> AppState {
    do {
      return try load(file: file, workspace: workspace, ascii: ascii)
    } catch {
      for line in error.lines { Console.error(line) }
      throw ExitCode(error.status)
    }
  }

  static func load(file: String, workspace explicit: String?, ascii: Bool) throws(EditLoadFailure)
    -> AppState
  {
    let path = URL(fileURLWithPath: file).standardizedFileURL.path
    var isDirectory: ObjCBool = false
    let exists = FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
    if exists && isDirectory.boolValue {
      throw EditLoadFailure(
        lines: ["promoflow: \(file): is a directory; name a flow file"], status: 2)
    }
    FileAccess.removeStaleTemporaries(of: path)
    let root = Workspace.root(for: path, explicit: explicit)
    var document = FlowDocument(newFlowNamed: flowName(for: path))
    var known: [String: YAMLFile] = [:]
    var unparsed: (text: String, problem: Diagnostic)?
    if exists {
      var input = InputFile(path: file, file: YAMLFile(text: SourceText(""), documents: []))
      do {
        input = try InputFile.load(file, allowEmpty: true)
      } catch {
        guard case .invalid(let problem) = error, let text = readableText(path) else {
          switch error {
          case .unreadable(let message): throw EditLoadFailure(lines: [message], status: 2)
          case .invalid(let problem): throw EditLoadFailure(lines: [problem.formatted], status: 1)
          }
        }
        unparsed = (text, problem)
      }
      if let refusal = FlowDocument.refusal(for: input.file, path: file) {
        throw EditLoadFailure(lines: [refusal.formatted], status: 1)
      }
      if unparsed == nil {
        known[path] = input.file
        document = FlowDocument(file: input.file, newFlowName: flowName(for: path))
        if var tooMany = InputLimits.environmentCountError(document) {
          tooMany.file = file
          throw EditLoadFailure(lines: [tooMany.formatted], status: 1)
        }
      }
    }
    let context = Workspace.load(root: root, known: known, otherFlows: false)
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
