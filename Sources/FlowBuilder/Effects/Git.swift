import Foundation

/// Runs git at the edge: always as a process with an argument list (never through a shell),
/// never prompting, and turns its failures into sentences a user can act on.
public enum Git {
  /// What a git command printed.
  public struct Output: Sendable {
    public var status: Int32
    public var output: String
    public var error: String
  }

  public static func run(_ arguments: [String], in folder: String, input: String? = nil) -> Output {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["git", "-C", folder] + arguments
    var environment = ProcessInfo.processInfo.environment
    environment["GIT_TERMINAL_PROMPT"] = "0"
    environment["GIT_OPTIONAL_LOCKS"] = "0"
    environment["LC_ALL"] = "C"
    process.environment = environment
    let stdout = Pipe()
    let stderr = Pipe()
    let stdin = Pipe()
    process.standardOutput = stdout
    process.standardError = stderr
    process.standardInput = stdin
    do {
      try process.run()
    } catch {
      return Output(status: 127, output: "", error: "git is not installed (or not on PATH)")
    }
    if let input { stdin.fileHandleForWriting.write(Data(input.utf8)) }
    try? stdin.fileHandleForWriting.close()
    let output = stdout.fileHandleForReading.readDataToEndOfFile()
    let error = stderr.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return Output(
      status: process.terminationStatus, output: String(decoding: output, as: UTF8.self),
      error: String(decoding: error, as: UTF8.self))
  }

  /// The repository, branch and diff of `paths` (the files promoflow wrote), for the dialog.
  public static func prepare(_ paths: [String]) -> CommitPreparation {
    let folder = ((paths.first ?? ".") as NSString).deletingLastPathComponent
    let top = run(GitCommands.topLevel, in: folder)
    guard top.status == 0 else {
      let reason =
        top.error.contains("not a git repository")
        ? "Not a git repository: \(folder) (run git init there, or open a flow inside a repository)"
        : "git cannot work here: \(firstLine(top.error))"
      return CommitPreparation(repository: nil, branch: nil, paths: paths, diff: [], error: reason)
    }
    let repository = top.output.trimmingCharacters(in: .whitespacesAndNewlines)
    let branch = run(GitCommands.currentBranch, in: repository)
    let untracked = Set(
      run(GitCommands.untracked(paths), in: repository).output.split(separator: "\n").map {
        (repository as NSString).appendingPathComponent(String($0))
      })
    let hasHead = run(["rev-parse", "--verify", "--quiet", "HEAD"], in: repository).status == 0
    var diff: [String] = []
    let tracked = paths.filter {
      !untracked.contains(($0 as NSString).standardizingPath) && !untracked.contains($0)
    }
    if hasHead && !tracked.isEmpty {
      diff += lines(run(GitCommands.diff(tracked), in: repository).output)
    }
    for path in paths where !hasHead || !tracked.contains(path) {
      // Relative to the repository, so the diff names `b/flows/release.yaml`, as git would.
      let relative = relativePath(path, in: repository)
      diff += lines(run(GitCommands.newFileDiff(relative), in: repository).output)
    }
    var committedText: String?
    if hasHead, let flowPath = paths.first,
      case .text(let text) = version(of: flowPath, at: "HEAD", in: repository)
    {
      committedText = text
    }
    return CommitPreparation(
      repository: repository,
      branch: branch.status == 0
        ? branch.output.trimmingCharacters(in: .whitespacesAndNewlines) : nil,
      paths: paths, diff: diff, committedText: committedText)
  }

  /// Commits exactly the request's files, maybe on a new branch, maybe pushing.
  public static func commit(_ request: CommitRequest) -> CommitOutcome {
    let repository = request.repository
    if let branch = request.newBranch {
      do {
        let result = run(try GitCommands.newBranch(branch), in: repository)
        if result.status != 0 {
          return .failed(explain(result, doing: "create the branch \(branch)"))
        }
      } catch {
        return .failed(error.message)
      }
    }
    let added = run(GitCommands.add(request.paths), in: repository)
    if added.status != 0 { return .failed(explain(added, doing: "add the files")) }
    let committed = run(
      GitCommands.commit(request.paths), in: repository, input: request.message + "\n")
    if committed.status != 0 {
      return .failed(explain(committed, doing: "commit", repository: repository))
    }
    let sha = run(GitCommands.shortHead, in: repository).output.trimmingCharacters(
      in: .whitespacesAndNewlines)
    let branch = run(GitCommands.currentBranch, in: repository).output.trimmingCharacters(
      in: .whitespacesAndNewlines)
    guard request.push else {
      return .committed(sha: sha, branch: branch, pushed: false, pushError: nil)
    }
    let upstream = run(
      ["rev-parse", "--abbrev-ref", "--symbolic-full-name", "@{upstream}"], in: repository)
    let hasOrigin = run(["remote", "get-url", "origin"], in: repository).status == 0
    if upstream.status != 0 && !hasOrigin {
      return .committed(
        sha: sha, branch: branch, pushed: false,
        pushError:
          "no upstream to push to (\(branch) has no upstream and there is no remote named origin)")
    }
    do {
      let pushed = run(
        try GitCommands.push(branch: branch, setUpstream: upstream.status != 0), in: repository)
      if pushed.status != 0 {
        return .committed(
          sha: sha, branch: branch, pushed: false, pushError: explain(pushed, doing: "push"))
      }
    } catch {
      return .committed(sha: sha, branch: branch, pushed: false, pushError: error.message)
    }
    return .committed(sha: sha, branch: branch, pushed: true, pushError: nil)
  }

  /// A sentence for a failed git command.
  static func explain(_ result: Output, doing what: String, repository: String? = nil) -> String {
    let text = result.error + result.output
    if text.contains("index.lock") {
      return
        "Another git process seems to be running (.git/index.lock exists); when it is done, remove the lock and commit again"
    }
    if text.contains("nothing to commit") || text.contains("no changes added to commit")
      || text.contains("nothing added to commit")
    {
      return "Nothing to commit: the files are as in the last commit"
    }
    if text.contains("Please tell me who you are") || text.contains("unable to auto-detect email") {
      return
        "git does not know who you are: set user.name and user.email (git config), then commit again"
    }
    if text.contains("already exists") && what.hasPrefix("create the branch") {
      return "A branch of that name already exists: choose another name"
    }
    if what == "commit", let repository, hooksRejected(repository) {
      return "A git hook rejected the commit: " + firstLine(text)
    }
    if what == "push"
      && (text.contains("no upstream") || text.contains("No configured push destination"))
    {
      return "no upstream to push to"
    }
    return "git could not \(what): " + firstLine(text)
  }

  static func hooksRejected(_ repository: String) -> Bool {
    let hooks = run(["rev-parse", "--git-path", "hooks"], in: repository).output.trimmingCharacters(
      in: .whitespacesAndNewlines)
    let folder =
      hooks.hasPrefix("/") ? hooks : (repository as NSString).appendingPathComponent(hooks)
    return ["pre-commit", "commit-msg", "prepare-commit-msg"].contains {
      FileManager.default.isExecutableFile(atPath: (folder as NSString).appendingPathComponent($0))
    }
  }

  /// `path` relative to the folder `repository` (both with symbolic links resolved), or `path`
  /// itself when it is outside.
  public static func relativePath(_ path: String, in repository: String) -> String {
    let file = URL(fileURLWithPath: path).resolvingSymlinksInPath().path
    let top = URL(fileURLWithPath: repository).resolvingSymlinksInPath().path + "/"
    return file.hasPrefix(top) ? String(file.dropFirst(top.count)) : path
  }

  static func firstLine(_ text: String) -> String {
    let lines = text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter {
      !$0.isEmpty
    }
    return lines.prefix(2).joined(separator: " — ")
  }

  static func lines(_ text: String) -> [String] {
    var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    if lines.last == "" { lines.removeLast() }
    return lines
  }
}
