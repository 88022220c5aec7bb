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
    let (document, _, context) = try FlowArgument.load(
      flow, workspace: workspace, purpose: "to see a plan")
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
