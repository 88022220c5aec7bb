import Foundation
import PromotionKit

/// The home's file operations, run at the edge: copying a flow under a new name into a new file
/// (never replacing one) and deleting a flow's file. Each returns why it failed, or nil.
public enum HomeFiles {
  /// Writes the flow of `source` renamed `name` to the new file `target` (paths absolute): the
  /// file as it is (comments kept) when it holds only the flow, else the flow alone.
  public static func copy(_ source: String, named name: String, to target: String) -> String? {
    let text: String
    do {
      let file = try YAMLReader.read(SourceText(bytes: try FileAccess.read(source)))
      var document = FlowDocument(file: file, newFlowName: name)
      var flow = document.flow
      flow.name = name
      if file.documents.filter({ !$0.isEmpty }).count > 1 {
        document = FlowDocument(newFlowNamed: name)
      }
      document.flow = flow
      text = document.text
    } catch let error as FileAccess.Failure {
      return error.description
    } catch {
      return "\(source) cannot be read as YAML: \(error)"
    }
    if let problem = EffectRunner.makeRoom(forNewFile: target) { return problem }
    do {
      try FileAccess.writeAtomically(Array(text.utf8), to: target)
    } catch {
      return error.description
    }
    return nil
  }

  public static func delete(_ path: String) -> String? {
    do {
      try FileManager.default.removeItem(atPath: path)
      return nil
    } catch {
      return "cannot delete \(path): \(error.localizedDescription)"
    }
  }
}
