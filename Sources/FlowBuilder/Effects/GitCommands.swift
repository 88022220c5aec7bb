/// The git command lines promoflow runs, as argument lists (git is always started directly, never
/// through a shell): pure, so their construction is tested. Paths always follow `--`, and branch
/// names are checked first, so nothing a user types can become an option.
public enum GitCommands {
  public static let topLevel = ["rev-parse", "--show-toplevel"]
  public static let currentBranch = ["symbolic-ref", "--quiet", "--short", "HEAD"]
  public static let shortHead = ["rev-parse", "--short", "HEAD"]

  public static func untracked(_ paths: [String]) -> [String] {
    ["ls-files", "--others", "--exclude-standard", "--"] + paths
  }

  public static func diff(_ paths: [String]) -> [String] {
    ["diff", "--no-color", "--no-ext-diff", "HEAD", "--"] + paths
  }

  /// The diff of a file git does not know yet (everything added).
  public static func newFileDiff(_ path: String) -> [String] {
    ["diff", "--no-color", "--no-ext-diff", "--no-index", "--", "/dev/null", path]
  }

  public static func add(_ paths: [String]) -> [String] { ["add", "--"] + paths }

  /// The file at `path` (relative to the top level) as `revision` has it, bytes as stored.
  public static func show(revision: String, path: String) throws(GitError) -> [String] {
    try refuseOption(revision)
    return ["show", "--no-textconv", "\(revision):\(path)"]
  }

  /// Succeeds only when `revision` names a commit.
  public static func verifyCommit(_ revision: String) throws(GitError) -> [String] {
    try refuseOption(revision)
    return ["rev-parse", "--verify", "--quiet", "--end-of-options", "\(revision)^{commit}"]
  }

  /// The names of the files that differ between two revisions (nil: the working tree).
  public static func changedFiles(from old: String, to new: String?) throws(GitError) -> [String] {
    try refuseOption(old)
    if let new { try refuseOption(new) }
    return ["diff", "--name-only", "--no-renames", "-z", old] + (new.map { [$0] } ?? []) + ["--"]
  }

  /// A revision that starts with '-' would be read as an option.
  static func refuseOption(_ revision: String) throws(GitError) {
    if revision.isEmpty || revision.hasPrefix("-") {
      throw GitError("'\(revision)' is not a revision")
    }
  }

  /// The commit of exactly `paths`, its message read from standard input.
  public static func commit(_ paths: [String]) -> [String] { ["commit", "--file=-", "--"] + paths }

  public static func newBranch(_ name: String) throws(GitError) -> [String] {
    if let problem = branchNameProblem(name) { throw GitError(problem) }
    return ["switch", "--create", name]
  }

  public static func push(branch: String, setUpstream: Bool) throws(GitError) -> [String] {
    if let problem = branchNameProblem(branch) { throw GitError(problem) }
    return setUpstream ? ["push", "--set-upstream", "origin", branch] : ["push"]
  }

  /// Why `name` cannot be a branch (git's rules for ref names), or nil.
  public static func branchNameProblem(_ name: String) -> String? {
    if name.isEmpty { return "the branch name is empty" }
    if name.hasPrefix("-") { return "a branch name cannot start with '-'" }
    if name.hasPrefix("/") || name.hasSuffix("/") || name.hasSuffix(".") || name.hasSuffix(".lock")
    {
      return "a branch name cannot start or end with '/', or end with '.' or '.lock'"
    }
    if name.contains("..") || name.contains("//") || name.contains("@{") || name == "@" {
      return "a branch name cannot contain '..', '//' or '@{'"
    }
    let forbidden: Set<Character> = [" ", "~", "^", ":", "?", "*", "[", "\\", "\t"]
    if let bad = name.first(where: {
      forbidden.contains($0) || $0.asciiValue.map { $0 < 0x20 || $0 == 0x7F } == true
    }) {
      return "a branch name cannot contain '\(bad == " " ? "a space" : String(bad))'"
    }
    if name.split(separator: "/").contains(where: { $0.hasPrefix(".") }) {
      return "no part of a branch name can start with '.'"
    }
    return nil
  }

  /// A branch name from free text: `promoflow/<flow>-<words>`.
  public static func suggestedBranch(flow: String, summary: String) -> String {
    let words = summary.lowercased().map { $0.isLetter || $0.isNumber ? $0 : "-" }
    var slug = String(words).split(separator: "-").prefix(6).joined(separator: "-")
    if slug.isEmpty { slug = "update" }
    let base = flow.isEmpty ? "flow" : flow
    return "promoflow/" + base + "-" + slug
  }
}

/// A git step that cannot be taken, in words for the dialog.
public struct GitError: Error, Equatable, Sendable, CustomStringConvertible {
  public var message: String

  public init(_ message: String) { self.message = message }

  public var description: String { message }
}
