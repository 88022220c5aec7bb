import ArgumentParser
import Foundation
import PromotionKit

/// `promoflow plan`: the dry run of a manual trigger — waves in order and what each environment
/// will do, with where each value comes from.
struct Plan: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Show the waves of a flow and each environment's effective action and workflows.")

  @Argument(help: "The flow: a file, or the name of a flow in the workspace.")
  var flow: String

  @Option(help: "The workspace folder (default: found from the flow file).")
  var workspace: String?

  @Option(help: "The product whose promotion policies apply.")
  var product: String?

  @Option(help: "Output format: text or json.")
  var format: OutputFormat = .text

  func run() throws {
    let (document, path, context) = try FlowArgument.load(flow, workspace: workspace)
    let errors = FlowValidator.validate(
      file: document.file, documentIndex: document.documentIndex ?? 0,
      context: context.validationContext
    )
    .filter { $0.severity == .error }
    if !errors.isEmpty {
      for var error in errors {
        error.file = path
        Console.error(error.formatted)
      }
      Console.error("promoflow: \(path) has \(errors.count) error(s); fix them to see a plan")
      throw ExitCode(1)
    }
    if let product, !context.products.contains(where: { $0.value.name == product }) {
      let known = context.products.map(\.value.name).sorted()
      let list =
        known.isEmpty ? "the workspace has none" : "known: " + known.joined(separator: ", ")
      Console.error("promoflow: no product named \(product) in \(context.root) (\(list))")
      throw ExitCode(2)
    }
    let report = PlanReport(
      flow: document.flow, product: product, policies: context.policies.map(\.value),
      catalog: context.catalog)
    Console.output(format == .json ? report.json.text + "\n" : report.text)
  }
}

/// Finds the flow a command names: a file path, or a flow's name in the workspace.
enum FlowArgument {
  static func load(_ argument: String, workspace: String?) throws -> (
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
      switch error {
      case .unreadable(let message):
        Console.error(message)
        throw ExitCode(2)
      case .invalid(let diagnostic):
        Console.error(diagnostic.formatted)
        throw ExitCode(1)
      }
    }
    guard input.file.documents.contains(where: { ResourceKind(of: $0) == .promotionFlow }) else {
      Console.error("promoflow: \(path): no PromotionFlow in this file")
      throw ExitCode(1)
    }
    let context = Workspace.load(
      root: Workspace.root(for: path, explicit: workspace), known: [path: input.file])
    let document = FlowDocument(file: input.file, newFlowName: "")
    try refuseOversized(document, path: path)
    return (document, path, context)
  }

  /// Stops with the `too-many-environments` diagnostic before any layout or planning.
  static func refuseOversized(_ document: FlowDocument, path: String) throws {
    guard var error = InputLimits.environmentCountError(document) else { return }
    error.file = path
    Console.error(error.formatted)
    throw ExitCode(1)
  }
}
