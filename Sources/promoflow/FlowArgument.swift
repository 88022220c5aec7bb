import ArgumentParser
import Foundation
import PromotionKit

/// Finds the flow a command names: a file path, or a flow's name in the workspace.
enum FlowArgument {
  /// Loads the flow, refusing (exit 1, every error on stderr) one with errors: a command cannot
  /// say anything true about a flow it cannot read as the controller would. `purpose` ends the
  /// refusal ("fix them to see a plan").
  static func load(_ argument: String, workspace: String?, purpose: String) throws -> (
    FlowDocument, String, Workspace
  ) {
    var path = argument
    if !FileManager.default.fileExists(atPath: argument) {
      let context = Workspace.load(root: Workspace.root(for: nil, explicit: workspace))
      guard let found = context.flows.first(where: { $0.value.name == argument }) else {
        Console.error(
          "promoflow: \(argument): no such file, and no flow of that name in \(context.root)")
        throw ExitCode(2)
      }
      path = (context.root as NSString).appendingPathComponent(found.file)
    }
    let input: InputFile
    do {
      input = try InputFile.load(path)
    } catch {
      error.report()
      throw ExitCode(error.exitCode)
    }
    if let refusal = FlowDocument.refusal(for: input.file, path: path) {
      Console.error(refusal.formatted)
      throw ExitCode(1)
    }
    let context = Workspace.load(
      root: Workspace.root(for: path, explicit: workspace), known: [path: input.file],
      otherFlows: false)
    let document = FlowDocument(file: input.file, newFlowName: "")
    try refuseOversized(document, path: path)
    let errors = FlowValidator.validate(
      file: document.file, documentIndex: document.documentIndex ?? 0,
      context: context.validationContext, flow: document.documentIndex == nil ? nil : document.flow
    )
    .filter { $0.severity == .error }
    if !errors.isEmpty {
      for var error in errors {
        error.file = path
        Console.error(error.formatted)
      }
      Console.error("promoflow: \(path) has \(errors.count) error(s); fix them \(purpose)")
      throw ExitCode(1)
    }
    return (document, path, context)
  }

  /// Stops with the `too-many-environments` diagnostic before any layout or planning.
  static func refuseOversized(_ document: FlowDocument, path: String) throws(ExitCode) {
    guard var error = InputLimits.environmentCountError(document) else { return }
    error.file = path
    Console.error(error.formatted)
    throw ExitCode(1)
  }
}
