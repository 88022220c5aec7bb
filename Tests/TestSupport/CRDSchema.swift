import Foundation

/// The structural OpenAPI v3 schema of a Kubernetes CRD version, checked the way the API server
/// checks a resource: types, required fields, `minItems`, `enum`, `additionalProperties`.
/// Unknown fields are pruned by the server, not rejected, so they are not errors here.
public struct CRDSchema {
  let schema: YAMLData

  /// The schema of `version` in a CRD file (the test copy; `../shared/crds` when comparing).
  public static func load(_ file: String, version: String) throws -> CRDSchema {
    let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
    guard let versions = try YAMLData.documents(text).first?["spec", "versions"],
      case .sequence(let items) = versions,
      let match = items.first(where: { $0["name"] == .string(version) }),
      let schema = match["schema", "openAPIV3Schema"]
    else { throw CRDError(message: "no schema for \(version) in \(file)") }
    return CRDSchema(schema: schema)
  }

  /// The copies of the Codefresh CRDs kept with the tests.
  public static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("CRDs")

  struct CRDError: Error { var message: String }

  /// The problems of `value`, as `path: problem` lines; empty when the API server would accept it.
  public func problems(of value: YAMLData) -> [String] {
    var found: [String] = []
    check(value, against: schema, path: "", into: &found)
    return found
  }

  func check(_ value: YAMLData, against schema: YAMLData, path: String, into found: inout [String])
  {
    if case .null = value { return }
    if case .sequence(let allowed)? = schema["enum"], !allowed.contains(value) {
      found.append("\(path): \(value) is not one of \(allowed)")
    }
    switch schema["type"] {
    case .string("object")?:
      guard case .mapping(let pairs) = value else {
        return found.append("\(path): expected an object, got \(value)")
      }
      var present = Set<String>()
      for (key, child) in pairs {
        guard case .string(let name) = key else { continue }
        present.insert(name)
        if let property = schema["properties", name] {
          check(child, against: property, path: path + "." + name, into: &found)
        } else if let additional = schema["additionalProperties"], case .mapping = additional {
          check(child, against: additional, path: path + "." + name, into: &found)
        }
      }
      if case .sequence(let required)? = schema["required"] {
        for case .string(let name) in required where !present.contains(name) {
          found.append("\(path): missing required field \(name)")
        }
      }
    case .string("array")?:
      guard case .sequence(let items) = value else {
        return found.append("\(path): expected an array, got \(value)")
      }
      if case .integer(let minimum)? = schema["minItems"], items.count < minimum {
        found.append("\(path): needs at least \(minimum) item(s)")
      }
      if let itemSchema = schema["items"] {
        for (index, item) in items.enumerated() {
          check(item, against: itemSchema, path: "\(path)[\(index)]", into: &found)
        }
      }
    case .string("string")?:
      if case .string = value {} else { found.append("\(path): expected a string, got \(value)") }
    case .string("integer")?:
      if case .integer = value {
      } else {
        found.append("\(path): expected an integer, got \(value)")
      }
    default:
      break
    }
  }
}

extension YAMLData {
  /// The value at a path of string keys.
  public subscript(keys: String...) -> YAMLData? {
    var current: YAMLData? = self
    for key in keys {
      guard case .mapping(let pairs) = current else { return nil }
      current = pairs.first { $0.0 == .string(key) }?.1
    }
    return current
  }
}
