import Foundation

/// Files as a git revision has them, read with `git show` (never from a checkout, so the
/// working tree is not touched), and the files that changed between two revisions.
extension Git {
  /// A file at a revision: its text, absent there, or why git could not say.
  public enum Version: Equatable, Sendable {
    case text(String)
    case absent
    case failed(String)
  }

  /// `path` (absolute, or relative to `repository`) as `revision` has it.
  public static func version(of path: String, at revision: String, in repository: String)
    -> Version
  {
    let relative = relativePath(
      path.hasPrefix("/") ? path : (repository as NSString).appendingPathComponent(path),
      in: repository)
    let shown: Output
    do {
      shown = run(try GitCommands.show(revision: revision, path: relative), in: repository)
    } catch {
      return .failed(error.message)
    }
    if shown.status == 0 { return .text(shown.output) }
    let text = shown.error
    if text.contains("does not exist in") || text.contains("exists on disk, but not in") {
      return .absent
    }
    if text.contains("invalid object name") || text.contains("unknown revision") {
      return .failed("no revision \(revision) in \(repository)")
    }
    return .failed("git could not read \(relative) at \(revision): " + firstLine(text))
  }

  /// `path` as the last commit of its repository has it: absent when there is no commit yet.
  public static func committedVersion(of path: String) -> Version {
    let folder = (path as NSString).deletingLastPathComponent
    switch repository(of: folder.isEmpty ? "." : folder) {
    case .failure(let error):
      return .failed(error.message.capitalizedFirst + ": there is no last commit to compare with")
    case .success(let repository):
      guard isCommit("HEAD", in: repository) else { return .absent }
      return version(of: path, at: "HEAD", in: repository)
    }
  }

  /// The repository holding `folder`, or why there is none.
  public static func repository(of folder: String) -> Result<String, GitError> {
    let top = run(GitCommands.topLevel, in: folder)
    guard top.status == 0 else {
      if top.error.contains("not a git repository") {
        return .failure(GitError("not a git repository: \(folder)"))
      }
      return .failure(GitError("git cannot work here: \(firstLine(top.error))"))
    }
    return .success(top.output.trimmingCharacters(in: .whitespacesAndNewlines))
  }

  /// Whether `revision` names a commit of the repository.
  public static func isCommit(_ revision: String, in repository: String) -> Bool {
    guard let arguments = try? GitCommands.verifyCommit(revision) else { return false }
    return run(arguments, in: repository).status == 0
  }

  /// The files (relative to the repository) that differ between `old` and `new` — nil: the
  /// working tree, whose files git does not track yet count too.
  public static func changedFiles(from old: String, to new: String?, in repository: String)
    -> Result<[String], GitError>
  {
    let listed: Output
    do {
      listed = run(try GitCommands.changedFiles(from: old, to: new), in: repository)
    } catch {
      return .failure(error)
    }
    guard listed.status == 0 else {
      return .failure(
        GitError(
          "git could not compare \(old) and \(new ?? "the working tree"): "
            + firstLine(listed.error)))
    }
    var files = listed.output.split(separator: "\0").map(String.init)
    if new == nil {
      let untracked = run(GitCommands.untracked([]) + ["."], in: repository)
      files += untracked.output.split(separator: "\n").map(String.init).filter {
        !files.contains($0)
      }
    }
    return .success(files)
  }
}
