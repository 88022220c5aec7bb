import FlowLayout
import PromotionKit
import TerminalCanvas

/// The whole state of the flow builder, as one value: the file and workspace, the edit history,
/// what is selected and shown, and the overlays open. `reduce` is the only thing that changes it.
public struct AppState: Sendable {
  public var workspace: Workspace
  /// The flow file's path, and how to show it.
  public var filePath: String
  public var displayPath: String

  public var current: Snapshot
  /// What is on disk (after the last save, or as loaded).
  public var saved: Snapshot
  public var history = History()

  public var selection: String?
  /// The YAML view, while it is shown (Tab); nil on the canvas.
  public var yaml: YAMLView?
  public var overlays: [Overlay] = []
  /// The top-left canvas cell shown at the top-left of the graph area.
  public var scroll = Point(0, 0)
  public var screenWidth: Int
  public var screenHeight: Int
  public var message: StatusMessage?
  /// The product whose policies the boxes preview (nil: none).
  public var product: String?
  public var compact = false
  public var glyphs: GlyphSet = .unicode
  /// False under `NO_COLOR`: views use the monochrome theme.
  public var color = true
  /// The drawing of the current flow, recomputed after each change (with the previous one, so the
  /// picture stays put).
  public var diagram: FlowDiagram
  /// The layouts drawn before this one, newest first (a few): undo and redo go back to one of
  /// them without laying the flow out again.
  var recentLayouts: [Layout] = []
  static let recentLayoutCount = 8
  /// True once the user has chosen to leave.
  public var finished = false
  /// Set by "Save" in the quit prompt: leave once the save succeeds.
  public var quitAfterSave = false
  /// Promotion workflow files this session has written (so undoing their creation removes them).
  public var writtenWorkflows: [String] = []
  /// Every file this session has written: what a commit takes.
  public var writtenFiles: [String] = []
  /// The flow file's text as it was on disk when read or last saved (nil: it did not exist), to
  /// notice when something else changed it.
  public var diskText: String?
  /// The flow as first opened, for describing the changes in a commit message.
  public var openedFlow: PromotionFlow
  /// Open the commit dialog once the save in progress succeeds.
  public var commitAfterSave = false
  /// The flow file did not read as YAML: the YAML view shows its text, and nothing else works
  /// until it does (see `Reducer.openUnparsed`).
  public var unparsedFile = false
  /// The problems of the workspace files the flow depends on, read when the editor opened.
  public var workspaceProblems: [Diagnostic] = []
  /// `L`: the flow shown as a list by wave instead of boxes; the first list row shown.
  public var listView = false
  public var listScroll = 0
  /// The changes since the last commit, while `D` shows them.
  public var review: Review?
  /// The last mouse press on an environment, to tell a double click.
  public var lastClick: (name: String, time: Int)?

  public init(
    document: FlowDocument, workspace: Workspace, filePath: String, displayPath: String,
    screenWidth: Int,
    screenHeight: Int, glyphs: GlyphSet = .unicode
  ) {
    self.workspace = workspace
    self.filePath = filePath
    self.displayPath = displayPath
    let snapshot = Snapshot(document: document)
    current = snapshot
    saved = snapshot
    openedFlow = document.flow
    diskText = document.isNew && document.file.text.count == 0 ? nil : document.file.text.string
    self.screenWidth = screenWidth
    self.screenHeight = screenHeight
    self.glyphs = glyphs
    let compact = document.flow.environments.count > 60
    self.compact = compact
    diagram = FlowDiagram(
      flow: document.flow, catalog: workspace.catalog,
      resolved: Self.resolve(
        document.flow, product: nil, workspace: workspace, catalog: workspace.catalog),
      compact: compact, glyphs: glyphs)
    selection = document.flow.environments.first
    validation = validated()
  }

  public var flow: PromotionFlow { current.flow }

  /// The flow in its file, as a save would write it now.
  public var document: FlowDocument { current.document }

  public var isModified: Bool { current != saved }

  /// Unsaved changes, or a text edit not yet applied: quitting asks first.
  public var hasUnsavedWork: Bool { isModified || yaml?.isDirty == true }

  /// The catalog as it will be after the save: the workspace's plus environments created here.
  public var catalog: EnvironmentCatalog {
    var catalog = workspace.catalog ?? EnvironmentCatalog()
    // Appending nothing would still re-index the catalog, and this is read for every box.
    if !current.newEnvironments.isEmpty { catalog.environments += current.newEnvironments }
    return catalog
  }

  /// The names Pre-/Post-Actions and hooks may use: the workspace's promotion workflows and the
  /// ones created here.
  public var workflowNames: [String] {
    var names = workspace.workflows.map(\.name)
    for name in current.newWorkflows where !names.contains(name) { names.append(name) }
    return names
  }

  /// What validation says of the current flow (counts go in the status line), kept up to date by
  /// the reducer after every change.
  public var validation: [Diagnostic] = []

  /// Every problem the user has in front of them: the flow's, and those of a text edit in the
  /// YAML view that could not be applied (which the canvas does not show). The status line counts
  /// these.
  public var problems: [Diagnostic] {
    if unparsedFile { return yaml?.diagnostics ?? [] }
    guard let view = yaml, view.isDirty, !view.diagnostics.isEmpty else { return validation }
    let known = Set(validation.map { $0.code + "\u{0}" + $0.message })
    return validation + view.diagnostics.filter { !known.contains($0.code + "\u{0}" + $0.message) }
  }

  /// What the promotion policies give each target: for the product previewed (`p`), or without
  /// one, from the policies that select no product — the boxes show these as from policy.
  public var resolvedSteps: [ResolvedStep] {
    Self.resolve(flow, product: product, workspace: workspace, catalog: catalog)
  }

  static func resolve(
    _ flow: PromotionFlow, product: String?, workspace: Workspace, catalog: EnvironmentCatalog?
  ) -> [ResolvedStep] {
    PolicyResolver.resolve(
      flow, product: product, policies: workspace.policies.map(\.value), catalog: catalog)
  }

  /// Validates the current flow against the catalog and workflows.
  public func validated() -> [Diagnostic] {
    FlowValidator.validate(flow, context: validationContext)
  }

  /// What the flow is validated against: the catalog and workflows as they will be after a save.
  public var validationContext: FlowValidator.Context {
    FlowValidator.Context(
      catalog: catalog.environments.isEmpty ? nil : catalog, workflows: Set(workflowNames))
  }

  public var topOverlay: Overlay? { overlays.last }
}

extension AppState: Equatable {
  public static func == (lhs: AppState, rhs: AppState) -> Bool {
    lhs.current == rhs.current && lhs.saved == rhs.saved && lhs.history == rhs.history
      && lhs.selection == rhs.selection && lhs.yaml == rhs.yaml
      && lhs.overlays == rhs.overlays && lhs.scroll == rhs.scroll
      && lhs.screenWidth == rhs.screenWidth
      && lhs.screenHeight == rhs.screenHeight && lhs.message == rhs.message
      && lhs.product == rhs.product
      && lhs.compact == rhs.compact && lhs.finished == rhs.finished && lhs.review == rhs.review
      && lhs.listView == rhs.listView && lhs.listScroll == rhs.listScroll
  }
}

/// A line for the status bar.
public struct StatusMessage: Equatable, Sendable {
  public enum Kind: Equatable, Sendable {
    case info
    case success
    case error
  }

  public var text: String
  public var kind: Kind

  public init(_ text: String, kind: Kind = .info) {
    self.text = text
    self.kind = kind
  }
}
