import Foundation

/// A GitOps configuration folder: every promotion flow, policy, product, template and promotion
/// workflow under it, plus the environment catalog (`promoflow.yaml`). A broken file is a warning
/// here, never a failure, so the file at hand always opens.
public struct Workspace: Sendable {
  public let root: String
  public var catalog: EnvironmentCatalog?
  /// The catalog file as read, so environments can be added to it keeping its comments.
  public var catalogFile: YAMLFile?
  public var flows: [Located<PromotionFlow>] = []
  public var policies: [Located<PromotionPolicy>] = []
  public var products: [Located<Product>] = []
  public var templates: [Located<PromotionTemplate>] = []
  public var workflows: [PromotionWorkflow] = []
  /// Problems with files other than the one being worked on.
  public var warnings: [Diagnostic] = []
  /// The files read that hold policies, products, templates or workflows, by relative path: the
  /// problems list checks them without reading them again.
  var resourceFiles: [String: YAMLFile] = [:]

  public init(root: String) {
    self.root = root
  }

  /// What validation checks names against.
  public var validationContext: FlowValidator.Context {
    FlowValidator.Context(catalog: catalog, workflows: Set(workflows.map(\.name)))
  }

  public var catalogPath: String {
    (root as NSString).appendingPathComponent(EnvironmentCatalog.fileName)
  }

  /// The folder new promotion workflows are written to: where the existing ones live, else
  /// `workflows/`.
  public var workflowsFolder: String {
    let folders = workflows.map { ($0.file as NSString).deletingLastPathComponent }
    let common = folders.first { folder in folders.allSatisfy { $0 == folder } }
    return (root as NSString).appendingPathComponent(common ?? "workflows")
  }

  public func relativePath(_ path: String) -> String {
    let absolute = URL(fileURLWithPath: path).standardizedFileURL.path
    let prefix = URL(fileURLWithPath: root).standardizedFileURL.path + "/"
    return absolute.hasPrefix(prefix) ? String(absolute.dropFirst(prefix.count)) : path
  }

  /// Loads every YAML file under `root` that can hold a promotion resource. `known` holds files
  /// already read (by path), so they are not read again. Without `otherFlows` (a command about
  /// the flows it was given), files that hold only flows are not parsed: what a flow is checked
  /// against is policies, products, templates, workflows and the catalog, so its cost does not
  /// grow with the other flows of the repository.
  public static func load(root: String, known: [String: YAMLFile] = [:], otherFlows: Bool = true)
    -> Workspace
  {
    var workspace = Workspace(root: root)
    let knownByPath = Dictionary(
      known.map { (URL(fileURLWithPath: $0.key).standardizedFileURL.path, $0.value) },
      uniquingKeysWith: { a, _ in a })
    for path in yamlFiles(under: root) {
      if let file = knownByPath[URL(fileURLWithPath: path).standardizedFileURL.path] {
        workspace.add(file, relativePath: workspace.relativePath(path), flows: otherFlows)
      } else {
        workspace.add(path: path, otherFlows: otherFlows)
      }
    }
    return workspace
  }

  mutating func add(path: String, otherFlows: Bool) {
    let relative = relativePath(path)
    let isCatalog = relative == EnvironmentCatalog.fileName
    let bytes: [UInt8]
    do {
      bytes = try FileAccess.read(path)
    } catch {
      warnings.append(Diagnostic(.warning, error.code, error.reason, file: relative))
      return
    }
    guard isCatalog || Workspace.mayHold(bytes, otherFlows: otherFlows) else { return }
    do {
      add(try YAMLReader.read(SourceText(bytes: bytes)), relativePath: relative, flows: otherFlows)
    } catch {
      warnings.append(
        Diagnostic(
          .warning, error.code, "skipped, cannot be read: \(error.message)", at: error.location,
          file: relative))
    }
  }

  /// Sorts the documents of a file that has been read into the workspace; its flows only with
  /// `flows` (a command about the flows it was given decodes those itself).
  mutating func add(_ file: YAMLFile, relativePath relative: String, flows readsFlows: Bool = true)
  {
    if relative == EnvironmentCatalog.fileName {
      catalogFile = file
      catalog =
        file.documents.first.flatMap(NodeView.init(root:)).map(EnvironmentCatalog.decode)
        ?? EnvironmentCatalog()
      return
    }
    for (index, document) in file.documents.enumerated() {
      guard let root = NodeView(root: document) else { continue }
      switch ResourceKind(of: document) {
      case .promotionFlow:
        if readsFlows {
          flows.append(Located(FlowDecoder.decode(document), file: relative, documentIndex: index))
        }
        continue
      case .promotionPolicy:
        policies.append(Located(PromotionPolicy.decode(root), file: relative, documentIndex: index))
      case .product:
        products.append(Located(Product.decode(root), file: relative, documentIndex: index))
      case .promotionTemplate:
        templates.append(
          Located(PromotionTemplate.decode(root), file: relative, documentIndex: index))
      case .promotionWorkflow:
        workflows.append(
          PromotionWorkflow(
            name: root.path("metadata", "name")?.text ?? "",
            description: root.path("metadata", "annotations", "description")?.text, file: relative))
      default:
        continue
      }
      resourceFiles[relative] = file
    }
  }

  /// The kinds a workspace reads; the PromotionFlow kind only with `otherFlows`.
  static func kindsRead(otherFlows: Bool) -> Set<String> {
    let resources: Set = ["PromotionPolicy", "Product", "PromotionTemplate", "WorkflowTemplate"]
    return otherFlows ? resources.union(["PromotionFlow"]) : resources
  }

  /// Whether a file is worth parsing: its `kind:` lines name a kind the workspace reads, or —
  /// when they do not say (JSON, flow style) — it names `codefresh.io` or `argoproj.io`.
  public static func mayHold(_ bytes: [UInt8], otherFlows: Bool) -> Bool {
    guard let kinds = KindSniff.kinds(in: bytes) else { return mayHoldPromotionResource(bytes) }
    let wanted = kindsRead(otherFlows: otherFlows)
    return kinds.contains { wanted.contains($0) }
  }

  /// A cheap test before parsing: promotion resources name `codefresh.io` or `argoproj.io`.
  static func mayHoldPromotionResource(_ bytes: [UInt8]) -> Bool {
    let needles = [Array("codefresh.io".utf8), Array("argoproj.io".utf8)]
    guard bytes.count >= 11 else { return false }
    for start in 0...(bytes.count - 11)
    where bytes[start] == UInt8(ascii: "c") || bytes[start] == UInt8(ascii: "a") {
      for needle in needles where start + needle.count <= bytes.count {
        if bytes[start..<(start + needle.count)].elementsEqual(needle) { return true }
      }
    }
    return false
  }

  /// `*.yaml` and `*.yml` files below `root`, skipping hidden folders (`.git` among them) and
  /// `.build*`, sorted for a stable order.
  public static func yamlFiles(under root: String) -> [String] {
    var result: [String] = []
    var folders = [root]
    let manager = FileManager.default
    while let folder = folders.popLast() {
      guard let names = try? manager.contentsOfDirectory(atPath: folder) else { continue }
      for name in names.sorted() where !name.hasPrefix(".") {
        let path = (folder as NSString).appendingPathComponent(name)
        var isDirectory: ObjCBool = false
        guard manager.fileExists(atPath: path, isDirectory: &isDirectory) else { continue }
        if isDirectory.boolValue {
          if !name.hasPrefix(".build") { folders.append(path) }
        } else if name.hasSuffix(".yaml") || name.hasSuffix(".yml") {
          result.append(path)
        }
      }
    }
    return result.sorted()
  }

  /// The workspace root for `file`: `explicit` if given; else the nearest folder above holding
  /// `promoflow.yaml`; else the git top level; else the file's folder.
  public static func root(for file: String?, explicit: String?) -> String {
    if let explicit { return URL(fileURLWithPath: explicit).standardizedFileURL.path }
    let start = URL(fileURLWithPath: file ?? FileManager.default.currentDirectoryPath)
      .standardizedFileURL
    var isDirectory: ObjCBool = false
    let startFolder =
      FileManager.default.fileExists(atPath: start.path, isDirectory: &isDirectory)
        && isDirectory.boolValue
      ? start : start.deletingLastPathComponent()
    var folder = startFolder
    var gitTop: URL?
    while true {
      if FileManager.default.fileExists(
        atPath: folder.appendingPathComponent(EnvironmentCatalog.fileName).path)
      {
        return folder.path
      }
      if gitTop == nil
        && FileManager.default.fileExists(atPath: folder.appendingPathComponent(".git").path)
      {
        gitTop = folder
      }
      let parent = folder.deletingLastPathComponent()
      if parent.path == folder.path { break }
      folder = parent
    }
    return (gitTop ?? startFolder).path
  }
}

/// A resource and where it was read from.
public struct Located<Value: Sendable>: Sendable {
  public var value: Value
  /// Path relative to the workspace root.
  public var file: String
  public var documentIndex: Int

  public init(_ value: Value, file: String, documentIndex: Int) {
    self.value = value
    self.file = file
    self.documentIndex = documentIndex
  }
}
