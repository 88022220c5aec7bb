import Foundation

/// What is wrong in the workspace's files, for the editor's problems list and the home screen.
extension Workspace {
  /// The problems of the files a flow depends on: files that could not be read (unless they
  /// are other flows), and every problem of the files holding the policies, products and
  /// promotion workflows. Reads them.
  public func dependencyProblems(excluding flowFile: String) -> [Diagnostic] {
    var files: [String] = []
    let dependencies = policies.map(\.file) + products.map(\.file) + workflows.map(\.file)
    for file in dependencies where !files.contains(file) && file != flowFile { files.append(file) }
    let unread = warnings.filter { warning in
      guard let file = warning.file, file != flowFile else { return false }
      return !mentionsFlow(file)
    }
    return unread + files.flatMap { check($0)?.problems ?? [] }
  }

  /// Whether a file of the workspace names the PromotionFlow kind (a flow, maybe a broken one).
  func mentionsFlow(_ file: String) -> Bool {
    guard let bytes = try? FileAccess.read((root as NSString).appendingPathComponent(file)) else {
      return false
    }
    return Self.namesFlowKind(bytes)
  }

  /// The cheap test for a flow file that may not even be YAML: it names the PromotionFlow kind.
  static func namesFlowKind(_ bytes: [UInt8]) -> Bool {
    String(decoding: bytes, as: UTF8.self).contains("PromotionFlow")
  }

  /// A file of the workspace (relative to its root) validated as `promoflow validate` does —
  /// as read with the workspace when it holds resources, else read now — with how many
  /// documents with content it holds; nil when it cannot be read (the workspace's warnings say
  /// why).
  func check(_ file: String) -> (documents: Int, problems: [Diagnostic])? {
    let path = (root as NSString).appendingPathComponent(file)
    guard
      let parsed = resourceFiles[file]
        ?? (try? FileAccess.read(path)).flatMap({ try? YAMLReader.read(SourceText(bytes: $0)) })
    else { return nil }
    let problems = ResourceValidator.validate(parsed, context: validationContext).map {
      var problem = $0
      problem.file = file
      return problem
    }
    return (parsed.documents.filter { !$0.isEmpty }.count, problems)
  }
}
