import Foundation

/// What is wrong in the workspace around a flow, for the editor's problems list.
extension Workspace {
  /// The problems of the files a flow depends on: files that could not be read, and every
  /// problem of the files holding the policies, products and promotion workflows. Reads them.
  public func dependencyProblems(excluding flowFile: String) -> [Diagnostic] {
    var files: [String] = []
    let dependencies =
      policies.map(\.file) + products.map(\.file) + workflows.map(\.file)
    for file in dependencies where !files.contains(file) && file != flowFile { files.append(file) }
    var problems = warnings.filter { $0.file != flowFile }
    for file in files {
      let path = (root as NSString).appendingPathComponent(file)
      guard let bytes = try? FileAccess.read(path),
        let parsed = try? YAMLReader.read(SourceText(bytes: bytes))
      else { continue }
      problems += ResourceValidator.validate(parsed, context: validationContext).map {
        var problem = $0
        problem.file = file
        return problem
      }
    }
    return problems
  }
}
