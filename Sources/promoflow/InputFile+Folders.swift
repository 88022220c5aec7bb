import Foundation
import PromotionKit

/// The files `validate` checks when it is given folders (or nothing: the workspace): every YAML
/// file below them that can hold a promotion resource, read and parsed on all cores.
extension InputFile {
  /// One named path's files: a file as it is, a folder as the resource files below it.
  static func expand(_ paths: [String]) -> [(path: String, onlyResources: Bool)] {
    paths.flatMap { path -> [(path: String, onlyResources: Bool)] in
      var isDirectory: ObjCBool = false
      guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory),
        isDirectory.boolValue
      else { return [(path, false)] }
      let prefix = path == "." || path == "./" ? "" : path.hasSuffix("/") ? path : path + "/"
      let root = URL(fileURLWithPath: path).standardizedFileURL.path
      return Workspace.yamlFiles(under: root).map {
        (prefix + String($0.dropFirst(root.count + 1)), true)
      }
    }
  }

  /// Reads and parses every file concurrently, results in the given order; a file only looked
  /// at as a possible resource (`onlyResources`) is left out (nil) when it cannot hold one.
  static func loadAll(_ files: [(path: String, onlyResources: Bool)]) -> [Result<
    InputFile, InputError
  >?] {
    let results = Results(count: files.count)
    DispatchQueue.concurrentPerform(iterations: files.count) { index in
      let (path, onlyResources) = files[index]
      results.set(index, read(path, onlyResources: onlyResources))
    }
    return results.values
  }

  /// One file, read once; nil when only resources are asked for and it holds none (its `kind:`
  /// lines say so, or it does not name `codefresh.io` or `argoproj.io`); the catalog is read by
  /// the workspace, not as a resource.
  private static func read(_ path: String, onlyResources: Bool) -> Result<InputFile, InputError>? {
    let bytes: [UInt8]
    do {
      bytes = try FileAccess.read(path)
    } catch {
      return .failure(.unreadable(error.description))
    }
    if onlyResources
      && ((path as NSString).lastPathComponent == EnvironmentCatalog.fileName
        || !Workspace.mayHold(bytes, otherFlows: true))
    {
      return nil
    }
    do {
      return .success(try parse(bytes, path: path, allowEmpty: true))
    } catch {
      return .failure(error)
    }
  }

  /// Results written by concurrent workers, each to its own index.
  private final class Results: @unchecked Sendable {
    private var storage: [Result<InputFile, InputError>?]
    private let lock = NSLock()

    init(count: Int) { storage = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ value: Result<InputFile, InputError>?) {
      lock.lock()
      storage[index] = value
      lock.unlock()
    }

    var values: [Result<InputFile, InputError>?] {
      lock.lock()
      defer { lock.unlock() }
      return storage
    }
  }
}
