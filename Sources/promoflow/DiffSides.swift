import FlowBuilder
import Foundation
import PromotionKit

/// The pairs of flow versions `promoflow diff` compares: two files, or each flow file at a git
/// revision against the working tree or against another revision. Git's copies are read with
/// `git show`; nothing is checked out.
enum DiffSides {
  /// One flow before and after; nil on a side where the file holds no flow (new or deleted).
  struct Pair {
    var file: String
    var old: PromotionFlow?
    var new: PromotionFlow?
  }

  /// What the arguments ask for: `OLD NEW` files, or `REV`, `REV1..REV2`, `REV..` with files.
  enum Request: Equatable {
    case files(String, String)
    case revisions(old: String, new: String?, files: [String])

    init(_ arguments: [String]) throws(DiffError) {
      guard let first = arguments.first else {
        throw DiffError(
          "name two flow files, or a git revision (REV, REV1..REV2) and flow files", status: 2)
      }
      if FileManager.default.fileExists(atPath: first) {
        guard arguments.count == 2 else {
          throw DiffError(
            "\(first) is a file: compare two files (diff OLD NEW), or name a revision first",
            status: 2)
        }
        self = .files(first, arguments[1])
        return
      }
      let files = Array(arguments.dropFirst())
      if first.contains("...") {
        throw DiffError("\(first): name a range as REV1..REV2 (or REV.. for REV..HEAD)", status: 2)
      }
      if let range = first.range(of: "..") {
        let old = String(first[..<range.lowerBound])
        let new = String(first[range.upperBound...])
        self = .revisions(
          old: old.isEmpty ? "HEAD" : old, new: new.isEmpty ? "HEAD" : new, files: files)
      } else {
        self = .revisions(old: first, new: nil, files: files)
      }
    }
  }

  static func pairs(_ request: Request) throws(DiffError) -> [Pair] {
    switch request {
    case .files(let old, let new):
      return [
        Pair(
          file: new, old: try flow(inFile: old, required: true),
          new: try flow(inFile: new, required: true))
      ]
    case .revisions(let old, let new, let files):
      return try revisionPairs(old: old, new: new, files: files)
    }
  }

  private static func revisionPairs(old: String, new: String?, files: [String]) throws(DiffError)
    -> [Pair]
  {
    let here = FileManager.default.currentDirectoryPath
    let repository: String
    switch Git.repository(of: here) {
    case .success(let top): repository = top
    case .failure(let error): throw DiffError(error.message, status: 2)
    }
    for revision in [old] + (new.map { [$0] } ?? []) where !Git.isCommit(revision, in: repository) {
      throw DiffError(
        "\(revision) is not a revision of \(repository) (and no file of that name)", status: 2)
    }
    let named = !files.isEmpty
    var paths: [String]
    if named {
      paths = files.map { Git.relativePath(absolute($0, in: here), in: repository) }
    } else {
      switch Git.changedFiles(from: old, to: new, in: repository) {
      case .success(let changed): paths = changed.filter(isYAML)
      case .failure(let error): throw DiffError(error.message, status: 2)
      }
    }
    var pairs: [Pair] = []
    for path in paths {
      let display = Git.relativePath(absolute(path, in: repository), in: here)
      let before = try flow(at: old, path, in: repository)
      let after: PromotionFlow?
      if let new {
        after = try flow(at: new, path, in: repository)
      } else {
        after = try flow(inFile: absolute(path, in: repository), required: false)
      }
      if before == nil && after == nil {
        if named {
          throw DiffError(
            "\(display) holds no PromotionFlow at \(old) or \(new ?? "in the working tree")",
            status: 2)
        }
        continue
      }
      pairs.append(Pair(file: display, old: before, new: after))
    }
    return pairs
  }

  private static func flow(at revision: String, _ path: String, in repository: String)
    throws(DiffError) -> PromotionFlow?
  {
    switch Git.version(of: path, at: revision, in: repository) {
    case .absent: return nil
    case .failed(let reason): throw DiffError(reason, status: 2)
    case .text(let text): return try read(text, label: "\(revision):\(path)")
    }
  }

  /// The flow of a file on disk; a missing file has none unless `required`.
  private static func flow(inFile path: String, required: Bool) throws(DiffError) -> PromotionFlow?
  {
    guard FileManager.default.fileExists(atPath: path) || required else { return nil }
    let bytes: [UInt8]
    do {
      bytes = try FileAccess.read(path)
    } catch {
      throw DiffError(error.description, status: 2)
    }
    let flow = try read(String(decoding: bytes, as: UTF8.self), label: path)
    if flow == nil && required {
      throw DiffError("\(path) holds no PromotionFlow", status: 2)
    }
    return flow
  }

  private static func read(_ text: String, label: String) throws(DiffError) -> PromotionFlow? {
    switch FlowDocument.firstFlow(in: text, path: label) {
    case .success(let flow): return flow
    case .failure(let diagnostic):
      throw DiffError(diagnostic.formatted, status: 2, isFormatted: true)
    }
  }

  private static func absolute(_ path: String, in folder: String) -> String {
    path.hasPrefix("/") ? path : (folder as NSString).appendingPathComponent(path)
  }

  private static func isYAML(_ path: String) -> Bool {
    path.hasSuffix(".yaml") || path.hasSuffix(".yml")
  }
}

/// Why `promoflow diff` could not compare: the message, and the exit status (2, as git's
/// usage and repository errors are above 1, the "there are changes" status).
struct DiffError: Error {
  var message: String
  var status: Int32
  /// Already a `file:line:col: error: …` line.
  var isFormatted = false

  init(_ message: String, status: Int32, isFormatted: Bool = false) {
    self.message = message
    self.status = status
    self.isFormatted = isFormatted
  }
}
