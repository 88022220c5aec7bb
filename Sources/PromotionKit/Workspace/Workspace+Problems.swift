import Foundation

/// What is wrong in the workspace's files, for the editor's problems list and the home screen.
extension Workspace {
  /// The problems of the files a flow depends on: files that could not be read, and every
  /// problem of the files holding the policies, products and promotion workflows. Reads them.
  public func dependencyProblems(excluding flowFile: String) -> [Diagnostic] {
    var files: [String] = []
    let dependencies = policies.map(\.file) + products.map(\.file) + workflows.map(\.file)
    for file in dependencies where !files.contains(file) && file != flowFile { files.append(file) }
    return warnings.filter { $0.file != flowFile } + files.flatMap { check($0)?.problems ?? [] }
  }

  /// A file of the workspace (relative to its root) read and validated as `promoflow validate`
  /// does, with how many documents with content it holds; nil when it cannot be read (the
  /// workspace's warnings say why).
  func check(_ file: String) -> (documents: Int, problems: [Diagnostic])? {
    let path = (root as NSString).appendingPathComponent(file)
    guard let bytes = try? FileAccess.read(path),
      let parsed = try? YAMLReader.read(SourceText(bytes: bytes))
    else { return nil }
    let problems = ResourceValidator.validate(parsed, context: validationContext).map {
      var problem = $0
      problem.file = file
      return problem
    }
    return (parsed.documents.filter { !$0.isEmpty }.count, problems)
  }
}
