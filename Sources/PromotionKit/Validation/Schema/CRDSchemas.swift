/// The schemas promoflow validates against, read once from the CRD texts it carries: one per
/// served version of each Codefresh kind, with Kubernetes' object metadata (which a CRD leaves
/// open) filled in.
enum CRDSchemas {
  /// A CRD's schemas by version name (`v1beta1`).
  typealias Versions = [String: SchemaNode]

  static let promotionFlow = versions(of: CRDText.promotionFlows)
  static let promotionPolicy = versions(of: CRDText.promotionPolicies)
  static let product = versions(of: CRDText.product)
  static let promotionTemplate = versions(of: CRDText.promotionTemplates)

  /// The served versions of a kind's CRD, or nil for kinds promoflow has no CRD of.
  static func versions(for kind: ResourceKind) -> Versions? {
    switch kind {
    case .promotionFlow: return promotionFlow
    case .promotionPolicy: return promotionPolicy
    case .product: return product
    case .promotionTemplate: return promotionTemplate
    case .promotionWorkflow, .other, .invalid: return nil
    }
  }

  /// The schema for a document's `apiVersion` (`codefresh.io/v1beta2` → `v1beta2`).
  static func schema(for kind: ResourceKind, apiVersion: String) -> SchemaNode? {
    let version = apiVersion.split(separator: "/").last.map(String.init) ?? apiVersion
    return versions(for: kind)?[version]
  }

  static func versions(of text: String) -> Versions {
    guard let file = try? YAMLReader.read(text), let document = file.documents.first,
      let crd = NodeView(root: document)
    else { return [:] }
    var versions: Versions = [:]
    for version in crd.path("spec", "versions")?.items ?? [] {
      guard let name = version["name"]?.text,
        let schema = version.path("schema", "openAPIV3Schema")
      else { continue }
      var node = SchemaNode(schema)
      node.properties["metadata"] = objectMeta
      versions[name] = node
    }
    return versions
  }

  /// Kubernetes `ObjectMeta`, as far as a resource file sets it: the name, namespace, labels and
  /// annotations checked, the fields the server fills in known.
  static let objectMeta: SchemaNode = {
    var meta = SchemaNode(kind: .object)
    for field in FlowSchema.metadataFields { meta.properties[field] = SchemaNode(kind: .any) }
    var strings = SchemaNode(kind: .object)
    strings.element = [SchemaNode(kind: .string)]
    meta.properties["name"] = SchemaNode(kind: .string)
    meta.properties["namespace"] = SchemaNode(kind: .string)
    meta.properties["labels"] = strings
    meta.properties["annotations"] = strings
    return meta
  }()
}

/// The Codefresh CRDs promoflow carries (one per file, `CRDText+Kind.swift`), so validation
/// needs nothing on disk and follows the CRDs exactly.
public enum CRDText {
  /// The texts by the file names of Codefresh's chart.
  public static let files: [String: String] = [
    "promotionflows.yaml": promotionFlows, "promotionpolicies.yaml": promotionPolicies,
    "product.yaml": product, "promotiontemplates.yaml": promotionTemplates,
  ]
}
