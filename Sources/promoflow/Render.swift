import ArgumentParser
import FlowBuilder
import FlowLayout
import Foundation
import PromotionKit
import TerminalCanvas

/// `promoflow render`: the flow drawn as the TUI shows it, or as Graphviz, Mermaid or JSON.
struct Render: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Draw a flow: text (as the editor shows it), ascii, dot, mermaid or json.")

  enum Format: String, ExpressibleByArgument, CaseIterable {
    case text, ascii, dot, mermaid, json
  }

  @Argument(help: "The flow: a file, or the name of a flow in the workspace.")
  var flow: String

  @Option(help: "Output format: text, ascii, dot, mermaid or json.")
  var format: Format = .text

  @Option(help: "Fit the drawing in N columns: compact boxes, then bands of waves.")
  var width: Int?

  @Option(help: "Show the effective values of this product's promotion policies.")
  var product: String?

  @Option(help: "The workspace folder (default: found from the flow file).")
  var workspace: String?

  @Flag(help: "Compact boxes (one line each), as for big flows.")
  var compact = false

  func validate() throws {
    if let width, width < 20 { throw ValidationError("--width must be at least 20") }
  }

  func run() throws {
    let (document, _, context) = try FlowArgument.load(
      flow, workspace: workspace, purpose: "to render it")
    let flow = document.flow
    var resolved: [ResolvedStep]?
    if let product {
      guard context.products.contains(where: { $0.value.name == product }) else {
        Console.error("promoflow: no product named \(product) in \(context.root)")
        throw ExitCode(2)
      }
      resolved = PolicyResolver.resolve(
        flow, product: product, policies: context.policies.map(\.value), catalog: context.catalog)
    }
    switch format {
    case .dot:
      Console.output(GraphExport.dot(flow))
    case .mermaid:
      Console.output(GraphExport.mermaid(flow))
    case .json:
      let diagram = FlowDiagram(
        flow: flow, catalog: context.catalog, resolved: resolved, compact: compact)
      Console.output(GraphExport.json(diagram.layout, flow: flow).text + "\n")
    case .text, .ascii:
      let glyphs: GlyphSet = format == .ascii ? .ascii : .unicode
      var diagram = FlowDiagram(
        flow: flow, catalog: context.catalog, resolved: resolved, compact: compact, glyphs: glyphs)
      if let width, diagram.layout.width > width, !compact {
        diagram = FlowDiagram(
          flow: flow, catalog: context.catalog, resolved: resolved, compact: true, glyphs: glyphs)
      }
      let color = format == .text && Console.colorsStandardOutput
      DiagramText.render(diagram, glyphs: glyphs, color: color, width: width) { Console.write($0) }
    }
  }
}
