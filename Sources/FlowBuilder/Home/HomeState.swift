import PromotionKit
import TerminalCanvas

/// The home screen (`promoflow` with no file): the workspace's flows with their problems, its
/// policies, products and workflows, and the dialogs to start, copy or delete a flow. A value,
/// changed only by `HomeReducer`, like the editor's `AppState`.
public struct HomeState: Equatable, Sendable {
  public var summary: WorkspaceSummary
  /// The highlighted row of `visibleFlows`.
  public var selected = 0
  /// The `/` filter on flow names and files.
  public var query = ""
  public var isFiltering = false
  public var overlay: HomeOverlay?
  public var message: StatusMessage?
  public var screenWidth: Int
  public var screenHeight: Int
  public var color = true
  public var glyphs: GlyphSet = .unicode
  public var finished = false

  public init(summary: WorkspaceSummary, screenWidth: Int = 80, screenHeight: Int = 24) {
    self.summary = summary
    self.screenWidth = screenWidth
    self.screenHeight = screenHeight
  }

  /// The flows the filter lets through, in the summary's order.
  public var visibleFlows: [WorkspaceSummary.Flow] {
    let query = query.lowercased()
    guard !query.isEmpty else { return summary.flows }
    return summary.flows.filter {
      $0.name.lowercased().contains(query) || $0.file.lowercased().contains(query)
    }
  }

  /// The highlighted flow, if the list is not empty.
  public var selectedFlow: WorkspaceSummary.Flow? {
    let flows = visibleFlows
    return flows.indices.contains(selected) ? flows[selected] : nil
  }

  /// Every problem of the workspace, file by file as the summary groups them.
  public var allProblems: [Diagnostic] { summary.problems.flatMap(\.problems) }

  /// The mode the home is in, for the keys.
  public var mode: HomeMode {
    if ScreenLayout(width: screenWidth, height: screenHeight).isTooSmall { return .tooSmall }
    switch overlay {
    case nil: return isFiltering ? .filter : .list
    case .name?: return .name
    case .confirmDelete?: return .confirmDelete
    case .problems?: return .problems
    case .help?: return .help
    }
  }
}

/// What takes the keys on the home screen.
public enum HomeMode: String, Sendable, CaseIterable {
  case list = "Home"
  case filter = "Home: filter"
  case name = "Home: new flow name"
  case confirmDelete = "Home: delete a flow"
  case problems = "Home: problems"
  case help = "Home: help"
  case tooSmall = "Home: terminal too small"
}

/// A dialog over the home list.
public enum HomeOverlay: Equatable, Sendable {
  /// The name of a new flow, or of a copy of the flow in `copying`.
  case name(NameField)
  /// "Delete FILE?": Enter deletes, anything else keeps it.
  case confirmDelete(WorkspaceSummary.Flow)
  /// The workspace's problems, grouped by file; `highlighted` indexes `allProblems`.
  case problems(highlighted: Int)
  case help(scroll: Int)
}

/// The name being typed for a new flow, checked as it is typed.
public struct NameField: Equatable, Sendable {
  /// The flow file to copy; nil for an empty flow.
  public var copying: WorkspaceSummary.Flow?
  public var text = ""

  public init(copying: WorkspaceSummary.Flow? = nil, text: String = "") {
    self.copying = copying
    self.text = text
  }

  /// Why the text cannot name a flow in `summary`, or nil.
  public func problem(in summary: WorkspaceSummary) -> String? {
    if let error = Names.resourceError(text) { return "Not a valid name: \(error)" }
    if summary.flows.contains(where: { $0.name == text }) { return "A flow named \(text) exists" }
    if summary.flows.contains(where: { $0.file == file(in: summary) }) {
      return "\(file(in: summary)) exists"
    }
    return nil
  }

  /// The file the new flow goes to: `<flows folder>/<name>.yaml`.
  public func file(in summary: WorkspaceSummary) -> String {
    let name = text + ".yaml"
    return summary.flowsFolder.isEmpty ? name : summary.flowsFolder + "/" + name
  }
}
