import ArgumentParser
import FlowBuilder
import Foundation
import PromotionKit

/// `promoflow diff`: what a change to a flow means for the promotion — environments, trigger,
/// dependencies, actions, workflows, hooks, settings, waves, and with `--product` the effective
/// values that change through policies — for a reviewer, a pull-request comment or CI.
struct Diff: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Show what a flow change means for the promotion.",
    discussion: """
      promoflow diff OLD NEW            two flow files
      promoflow diff REV [FILE…]        flows at a git revision against the working tree
      promoflow diff REV1..REV2 [FILE…] flows between two revisions (REV.. means REV..HEAD)
      Without FILE, every flow file that changed is compared. Comments, order and formatting
      are not changes. Exit status 0; with --exit-code, 1 when there are changes; 2 on errors.
      """)

  @Argument(help: "Two flow files, or a revision (REV, REV1..REV2) and flow files.")
  var arguments: [String] = []

  @Option(help: "Output format: text, json or markdown.")
  var format: DiffFormat = .text

  @Option(help: "Also compare effective values through this product's promotion policies.")
  var product: String?

  @Option(help: "The workspace folder, for --product (default: found from the first flow).")
  var workspace: String?

  @Flag(help: "Exit with 1 when there are semantic changes (as git diff --exit-code).")
  var exitCode = false

  func run() throws {
    let request: DiffSides.Request
    let pairs: [DiffSides.Pair]
    do {
      request = try DiffSides.Request(arguments)
      pairs = try DiffSides.pairs(request)
    } catch {
      Console.error(error.isFormatted ? error.message : "promoflow: " + error.message)
      throw ExitCode(error.status)
    }
    let policies = try policyContext(near: pairs.first?.file)
    let reviews = pairs.map { pair in
      DiffReport.Review(
        file: pair.file, old: pair.old ?? PromotionFlow(name: pair.new?.name ?? ""),
        new: pair.new ?? PromotionFlow(name: pair.old?.name ?? ""), isNew: pair.old == nil,
        isDeleted: pair.new == nil, policies: policies)
    }
    let single: Bool
    switch request {
    case .files: single = true
    case .revisions(_, _, let files): single = files.count == 1
    }
    let report = DiffReport(reviews: reviews, single: single, range: request.range)
    switch format {
    case .text: Console.output(report.text(color: Console.colorsStandardOutput))
    case .json: Console.output(report.json.text + "\n")
    case .markdown: Console.output(report.markdown)
    }
    if exitCode && reviews.contains(where: { !$0.diff.isEmpty }) { throw ExitCode(1) }
  }

  /// The product and policies for effective values, or nil without `--product`.
  func policyContext(near file: String?) throws -> FlowDiff.Policies? {
    guard let product else { return nil }
    let context = Workspace.load(
      root: Workspace.root(for: file, explicit: workspace), otherFlows: false)
    guard context.products.contains(where: { $0.value.name == product }) else {
      let known = context.products.map(\.value.name).sorted()
      let list =
        known.isEmpty ? "the workspace has none" : "known: " + known.joined(separator: ", ")
      Console.error("promoflow: no product named \(product) in \(context.root) (\(list))")
      throw ExitCode(2)
    }
    return FlowDiff.Policies(
      product: product, policies: context.policies.map(\.value), catalog: context.catalog)
  }
}

/// `text`, `json` or `markdown` (a pull-request comment).
enum DiffFormat: String, ExpressibleByArgument, CaseIterable {
  case text
  case json
  case markdown
}

extension DiffSides.Request {
  /// What the comparison is between, in words for the output.
  var range: String {
    switch self {
    case .files(let old, let new): return "\(old) → \(new)"
    case .revisions(let old, let new, _): return "\(old) → \(new ?? "working tree")"
    }
  }
}
