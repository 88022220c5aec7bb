import FlowLayout
import Foundation
import PromotionKit
import TestSupport
import Testing

/// Products, policies and templates are validated against their CRDs: whatever the document,
/// promoflow finds an error exactly when the API server's schema check (the independent
/// `CRDSchema` of the tests, on Yams' reading) would reject it.
@Suite struct ResourceSchemaTests {
  static let kinds: [(file: String, kind: String, version: String)] = [
    ("product.yaml", "Product", "v1beta1"), ("product.yaml", "Product", "v1beta2"),
    ("promotionpolicies.yaml", "PromotionPolicy", "v1beta1"),
    ("promotiontemplates.yaml", "PromotionTemplate", "v1beta1"),
  ]

  @Test func theCarriedCRDsAreTheTestCopies() throws {
    #expect(
      CRDText.files.keys.sorted() == [
        "product.yaml", "promotionflows.yaml", "promotionpolicies.yaml", "promotiontemplates.yaml",
      ])
    for (name, text) in CRDText.files {
      let copy = try String(
        contentsOf: CRDSchema.folder.appendingPathComponent(name), encoding: .utf8)
      #expect(text == copy, "the CRD promoflow carries as \(name) differs from the chart's")
    }
  }

  @Test(arguments: 0..<kinds.count)
  func errorsExactlyWhenTheSchemaRejects(kind index: Int) throws {
    let (file, kind, version) = Self.kinds[index]
    let oracle = try CRDSchema.load(file, version: version)
    let schema = try #require(
      try YAMLData.documents(
        String(contentsOf: CRDSchema.folder.appendingPathComponent(file), encoding: .utf8)
      )
      .first?["spec", "versions"].flatMap { versions -> YAMLData? in
        guard case .sequence(let items) = versions else { return nil }
        return items.first { $0["name"] == .string(version) }?["schema", "openAPIV3Schema"]
      })
    var random = SeededRandom(seed: 1_000 + UInt64(index))
    var rejected = 0
    for round in 0..<400 {
      var generator = DocumentGenerator(random: random)
      var spec = generator.value(for: try #require(schema["properties", "spec"]))
      let mutations = generator.random.below(3)
      for _ in 0..<mutations { generator.mutate(&spec) }
      random = generator.random
      let document = YAMLData.mapping([
        (.string("apiVersion"), .string("codefresh.io/\(version)")),
        (.string("kind"), .string(kind)),
        (.string("metadata"), .mapping([(.string("name"), .string("doc-\(round)"))])),
        (.string("spec"), spec),
      ])
      let text = document.blockText()
      let problems = oracle.problems(of: try #require(try YAMLData.documents(text).first))
      let found = ResourceValidator.validate(try YAMLReader.read(text))
      let errors = found.filter { $0.severity == .error }
      // The CRD takes any string as a policy's action; promoflow knows the three that work.
      let action = document["spec", "policy", "action"]
      let badAction =
        action != nil && !["commit", "pr", "none"].map(YAMLData.string).contains(action)
      #expect(
        errors.isEmpty == (problems.isEmpty && !badAction),
        "round \(round): the CRD says \(problems), promoflow says \(errors.map(\.formatted))\n\(text)"
      )
      #expect(errors.allSatisfy { $0.location != nil }, "every error has a line and column")
      // An added field is reported where it stands: unknown, or (in a map) of the wrong shape.
      for (index, line) in text.split(separator: "\n").enumerated()
      where line.contains("extraField") {
        #expect(found.contains { $0.location?.line == index + 1 }, "line \(index + 1)\n\(text)")
      }
      if !problems.isEmpty { rejected += 1 }
    }
    #expect(rejected > 40 && rejected < 360, "the cases mix valid and invalid documents")
  }

  @Test func theIssuesProductIsRejectedWithPositions() throws {
    let text = """
      apiVersion: codefresh.io/v1beta2
      kind: Product
      metadata:
        name: shop
      spec:
        priority: one
        promotionFlows:
          - name: shop
            gitTriggerSelectors:
              - {key: commitMessage, operator: Matches, values: [release]}

      """
    let found = ResourceValidator.validate(try YAMLReader.read(text)).map {
      "\($0.severity == .error ? "E" : "W") \($0.code)@\($0.location?.line ?? 0):\($0.location?.column ?? 0)"
    }
    #expect(found == ["W unknown-field@6:3", "E invalid-value@10:42"])
  }

  @Test func aPolicyWithoutPriorityIsToldSoAtItsSpec() throws {
    let text = """
      apiVersion: codefresh.io/v1beta1
      kind: PromotionPolicy
      metadata: {name: p}
      spec:
        policy: {action: pr}
        selector: {product: {tags: [team-a]}}

      """
    let found = ResourceValidator.validate(try YAMLReader.read(text))
    let missing = try #require(found.first { $0.code == "missing-field" })
    #expect(missing.message == "spec.priority is missing: a PromotionPolicy needs it")
    #expect(missing.location?.line == 4 && missing.location?.column == 1)
    let tags = try #require(found.first { $0.code == "product-tags" })
    #expect(tags.severity == .warning && tags.location?.line == 6)
  }
}

/// Random documents that follow a CRD schema (read by Yams), and random ways of breaking them.
struct DocumentGenerator {
  var random: SeededRandom

  /// A value that fits `schema`: required fields always, other fields sometimes.
  mutating func value(for schema: YAMLData, depth: Int = 0) -> YAMLData {
    if case .sequence(let allowed)? = schema["enum"] { return random.pick(allowed) }
    switch schema["type"] {
    case .string("object")?:
      var pairs: [(YAMLData, YAMLData)] = []
      var required: [String] = []
      if case .sequence(let names)? = schema["required"] {
        for case .string(let name) in names { required.append(name) }
      }
      if case .mapping(let properties)? = schema["properties"] {
        for (key, property) in properties {
          guard case .string(let name) = key else { continue }
          if required.contains(name) || random.chance(0.6) {
            pairs.append((key, value(for: property, depth: depth + 1, field: name)))
          }
        }
      } else if let additional = schema["additionalProperties"] {
        for index in 0..<(1 + random.below(2)) {
          pairs.append((.string("entry\(index)"), value(for: additional, depth: depth + 1)))
        }
      }
      return .mapping(pairs)
    case .string("array")?:
      guard let items = schema["items"] else { return .sequence([]) }
      return .sequence((0..<(1 + random.below(2))).map { _ in value(for: items, depth: depth + 1) })
    case .string("integer")?:
      return .integer(random.below(100))
    default:
      return .string("value-\(random.below(10))")
    }
  }

  mutating func value(for schema: YAMLData, depth: Int, field: String) -> YAMLData {
    // promoflow knows more than the CRD about these: keep them to values it accepts.
    if field == "action" { return .string(random.pick(["commit", "pr", "none"])) }
    return value(for: schema, depth: depth)
  }

  /// Breaks `data` in one random place (or adds an unknown field, which is only a warning).
  mutating func mutate(_ data: inout YAMLData) {
    switch data {
    case .mapping(var pairs):
      if pairs.isEmpty || random.chance(0.25) {
        let isMap = pairs.contains { $0.0 == .string("entry0") }
        let hasUnknown = pairs.contains { $0.0 == .string("extraField") }
        if isMap || hasUnknown || (random.chance(0.5) && !pairs.isEmpty) {
          guard !pairs.isEmpty else { return }
          pairs.remove(at: random.below(pairs.count))
          data = .mapping(pairs)
          return
        }
        pairs.append((.string("extraField"), .string("x")))
        data = .mapping(pairs)
        return
      }
      let index = random.below(pairs.count)
      mutate(&pairs[index].1)
      data = .mapping(pairs)
    case .sequence(var items):
      if items.isEmpty || random.chance(0.2) {
        data = .sequence([])
        return
      }
      let index = random.below(items.count)
      mutate(&items[index])
      data = .sequence(items)
    case .string:
      data = random.chance(0.5) ? .integer(7) : .string("Bogus")
      return
    case .integer:
      data = .string("seven")
      return
    case .float, .boolean, .null:
      return
    }
  }
}

extension YAMLData {
  /// The data as block YAML, strings double-quoted (so each keeps its type).
  func blockText(indent: Int = 0) -> String {
    let pad = String(repeating: " ", count: indent)
    switch self {
    case .mapping(let pairs):
      if pairs.isEmpty { return "{}" }
      return pairs.map { key, value in
        let name = key.scalarText
        switch value {
        case .mapping(let inner) where !inner.isEmpty:
          return "\(pad)\(name):\n" + value.blockText(indent: indent + 2)
        case .sequence(let inner) where !inner.isEmpty:
          return "\(pad)\(name):\n" + value.blockText(indent: indent + 2)
        default:
          return "\(pad)\(name): \(value.blockText(indent: indent + 2))\n"
        }
      }.joined()
    case .sequence(let items):
      if items.isEmpty { return "[]" }
      return items.map { item in
        switch item {
        case .mapping(let inner) where !inner.isEmpty:
          let body = item.blockText(indent: indent + 2)
          return "\(pad)- " + body.dropFirst(indent + 2)
        default:
          return "\(pad)- \(item.blockText(indent: indent + 2).trimmingCharacters(in: .newlines))\n"
        }
      }.joined()
    default:
      return scalarText
    }
  }

  var scalarText: String {
    switch self {
    case .string(let value): return "\"\(value)\""
    case .integer(let value): return String(value)
    case .float(let value): return String(value)
    case .boolean(let value): return String(value)
    case .null: return "null"
    case .mapping, .sequence: return blockText()
    }
  }
}
