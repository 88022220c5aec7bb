/// The workspace's environments (`promoflow.yaml`): Codefresh has no resource for them, so the
/// catalog gives each name its kind, tags and clusters for pickers, policies and validation.
public struct EnvironmentCatalog: Hashable, Sendable {
  public static let fileName = "promoflow.yaml"
  public var environments: [EnvironmentDefinition] {
    didSet { positions = Self.positions(of: environments) }
  }
  /// Where each name first stands in `environments`: every box and every check looks names up.
  private var positions: [String: Int]

  public init(environments: [EnvironmentDefinition] = []) {
    self.environments = environments
    positions = Self.positions(of: environments)
  }

  public func environment(named name: String) -> EnvironmentDefinition? {
    positions[name].map { environments[$0] }
  }

  static func positions(of environments: [EnvironmentDefinition]) -> [String: Int] {
    Dictionary(
      environments.enumerated().map { ($0.element.name, $0.offset) }, uniquingKeysWith: min)
  }

  public static func == (lhs: EnvironmentCatalog, rhs: EnvironmentCatalog) -> Bool {
    lhs.environments == rhs.environments
  }

  public func hash(into hasher: inout Hasher) { hasher.combine(environments) }

  /// The catalog file's text with `additions` appended to its environments: every other byte of
  /// an existing file (comments included) is kept; a missing file is created.
  public static func text(of file: YAMLFile?, adding additions: [EnvironmentDefinition]) -> String {
    guard let file, let root = file.documents.first?.root, root.entries != nil else {
      var emitter = BlockEmitter(style: .canonical)
      emitter.root(.mapping([("environments", .sequence(additions.map(\.node)))]))
      let existing = file?.text.string ?? ""
      return existing.isEmpty
        ? emitter.text : existing + (existing.hasSuffix("\n") ? "" : "\n") + emitter.text
    }
    var desired = root
    let existing = root.entry("environments")?.value
    var list = YAMLNode.sequence(keeping: existing)
    list.content = .sequence((list.items ?? []) + additions.map(\.node))
    desired.set("environments", list)
    return file.replacingRoots([0: desired])
  }

  public static func decode(_ root: NodeView) -> EnvironmentCatalog {
    EnvironmentCatalog(
      environments: (root["environments"]?.items ?? []).map { item in
        EnvironmentDefinition(
          name: item["name"]?.text ?? "",
          kind: EnvironmentKind(rawValue: item["kind"]?.text ?? "NON_PROD"),
          tags: item["tags"]?.texts ?? [],
          clusters: (item["clusters"]?.items ?? []).map { cluster in
            ClusterTarget(
              name: cluster["name"]?.text ?? "", namespaces: cluster["namespaces"]?.texts ?? [])
          })
      })
  }
}

/// One environment of the catalog.
public struct EnvironmentDefinition: Hashable, Sendable {
  public var name: String
  public var kind: EnvironmentKind
  public var tags: [String]
  public var clusters: [ClusterTarget]

  public init(
    name: String, kind: EnvironmentKind = .nonProduction, tags: [String] = [],
    clusters: [ClusterTarget] = []
  ) {
    self.name = name
    self.kind = kind
    self.tags = tags
    self.clusters = clusters
  }

  /// The catalog entry as a YAML mapping, in the catalog's field order.
  public var node: YAMLNode {
    var fields: [(String, YAMLNode)] = [("name", .string(name)), ("kind", .string(kind.rawValue))]
    if !tags.isEmpty { fields.append(("tags", .sequence(tags.map(YAMLNode.string), flow: true))) }
    if !clusters.isEmpty {
      fields.append(
        (
          "clusters",
          .sequence(
            clusters.map { cluster in
              .mapping([
                ("name", .string(cluster.name)),
                ("namespaces", .sequence(cluster.namespaces.map(YAMLNode.string), flow: true)),
              ])
            })
        ))
    }
    return .mapping(fields)
  }
}

/// `PROD` or `NON_PROD`, as Codefresh names environment types.
public enum EnvironmentKind: Hashable, Sendable {
  case production
  case nonProduction
  case other(String)

  public init(rawValue: String) {
    switch rawValue {
    case "PROD": self = .production
    case "NON_PROD": self = .nonProduction
    default: self = .other(rawValue)
    }
  }

  public var rawValue: String {
    switch self {
    case .production: return "PROD"
    case .nonProduction: return "NON_PROD"
    case .other(let value): return value
    }
  }
}

/// A cluster and the namespaces an environment deploys to there.
public struct ClusterTarget: Hashable, Sendable {
  public var name: String
  public var namespaces: [String]

  public init(name: String, namespaces: [String]) {
    self.name = name
    self.namespaces = namespaces
  }
}
