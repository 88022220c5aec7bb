import Foundation

/// What the home screen shows of a workspace: its flows with their problem counts, the
/// policies, products and promotion workflows, and every file's problems. Built by reading the
/// workspace (`scan`), so it is made at the edge and handed to the pure home reducer.
public struct WorkspaceSummary: Equatable, Sendable {
  /// One flow file of the workspace (or a file that should hold one but cannot be read).
  public struct Flow: Equatable, Sendable {
    public var name: String
    /// Relative to the workspace root.
    public var file: String
    /// nil when the file cannot be read as YAML.
    public var environments: Int?
    public var trigger: String?
    public var problems: [Diagnostic]
    /// The file holds other resources besides this flow (so deleting the file would lose them).
    public var sharesFile: Bool

    public init(
      name: String, file: String, environments: Int?, trigger: String?, problems: [Diagnostic],
      sharesFile: Bool = false
    ) {
      self.name = name
      self.file = file
      self.environments = environments
      self.trigger = trigger
      self.problems = problems
      self.sharesFile = sharesFile
    }
  }

  /// The problems of one file.
  public struct FileProblems: Equatable, Sendable {
    public var file: String
    public var problems: [Diagnostic]
  }

  public var root: String
  public var flows: [Flow] = []
  public var policies: [PromotionPolicy] = []
  public var products: [Product] = []
  public var workflows: [PromotionWorkflow] = []
  /// Every file with problems, those with errors first.
  public var problems: [FileProblems] = []
  /// Where a new flow goes (relative): the folder most flows are in, else Codefresh's layout.
  public var flowsFolder: String

  public init(root: String, flowsFolder: String = Self.defaultFlowsFolder) {
    self.root = root
    self.flowsFolder = flowsFolder
  }

  public static let defaultFlowsFolder = "resources/configurations/promotion-flows"

  /// Reads the workspace at `root`: every resource file is validated as `promoflow validate`
  /// would, so the counts here and the command line's agree.
  public static func scan(root: String) -> WorkspaceSummary {
    let workspace = Workspace.load(root: root)
    var summary = WorkspaceSummary(root: root)
    var byFile: [String: [Diagnostic]] = [:]
    var documentCounts: [String: Int] = [:]
    let files = Set(
      workspace.flows.map(\.file) + workspace.policies.map(\.file) + workspace.products.map(\.file)
        + workspace.templates.map(\.file) + workspace.workflows.map(\.file))
    for file in files.sorted() {
      guard let checked = workspace.check(file) else { continue }
      documentCounts[file] = checked.documents
      byFile[file] = checked.problems
    }
    for warning in workspace.warnings {
      guard let file = warning.file else { continue }
      let path = (root as NSString).appendingPathComponent(file)
      guard !files.contains(file), let problem = brokenFlowProblem(path, file: file) else {
        byFile[file, default: []].append(warning)
        continue
      }
      byFile[file, default: []].append(problem)
      summary.flows.append(
        Flow(
          name: ((file as NSString).lastPathComponent as NSString).deletingPathExtension,
          file: file, environments: nil, trigger: nil, problems: byFile[file] ?? []))
    }
    for located in workspace.flows {
      let flow = located.value
      summary.flows.append(
        Flow(
          name: flow.name, file: located.file, environments: flow.environments.count,
          trigger: flow.triggerEnvironment.isEmpty ? nil : flow.triggerEnvironment,
          problems: byFile[located.file] ?? [], sharesFile: (documentCounts[located.file] ?? 1) > 1)
      )
    }
    summary.flows.sort { ($0.name, $0.file) < ($1.name, $1.file) }
    summary.policies = workspace.policies.map(\.value).sorted {
      ($0.priority, $0.name) < ($1.priority, $1.name)
    }
    summary.products = workspace.products.map(\.value).sorted { $0.name < $1.name }
    summary.workflows = workspace.workflows.sorted { $0.name < $1.name }
    summary.problems = byFile.filter { !$0.value.isEmpty }
      .map { FileProblems(file: $0.key, problems: $0.value.sorted { $0.severity < $1.severity }) }
      .sorted {
        ($0.problems.errorCount == 0 ? 1 : 0, $0.file) < (
          $1.problems.errorCount == 0 ? 1 : 0, $1.file
        )
      }
    summary.flowsFolder = Self.mostCommonFolder(of: summary.flows.map(\.file)) ?? defaultFlowsFolder
    return summary
  }

  /// The folder that holds the most of `files`; nil for none.
  static func mostCommonFolder(of files: [String]) -> String? {
    var counts: [String: Int] = [:]
    for file in files { counts[(file as NSString).deletingLastPathComponent, default: 0] += 1 }
    return counts.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key
  }

  /// For a file that names the PromotionFlow kind but is not YAML (a broken flow), the error
  /// `validate` reports for it; nil for any other file.
  private static func brokenFlowProblem(_ path: String, file: String) -> Diagnostic? {
    guard let bytes = try? FileAccess.read(path), Workspace.namesFlowKind(bytes) else { return nil }
    do {
      _ = try YAMLReader.read(SourceText(bytes: bytes))
      return nil
    } catch {
      return error.diagnostic(file: file)
    }
  }
}
