import PromotionKit

/// The commit dialog: the diff of the files being committed, a message (selected at first, so
/// typing replaces the suggestion), where to commit (this branch or a new one), and whether to
/// push.
public struct CommitDialog: Equatable, Sendable {
  public enum Field: Int, Equatable, Sendable, CaseIterable {
    case message, branch, newBranchName, push
  }

  public var repository: String
  public var paths: [String]
  public var diff: [String]
  /// What the change means for the promotion (since the last commit), above the text diff.
  public var summary: [FlowDiff.Line] = []
  /// The commit message's body: every change, one a line, after the subject the user edits.
  public var body = ""
  /// The body was edited in the user's editor (Ctrl-E): the dialog shows it.
  public var bodyEdited = false
  public var diffScroll = 0
  /// The current branch; nil on a detached HEAD.
  public var branch: String?
  public var message: String
  public var messageCursor: Int
  /// The suggested message is selected: typing replaces it, an arrow key keeps it.
  public var messageSelected = true
  public var onNewBranch: Bool
  public var newBranch: String
  public var newBranchCursor: Int
  public var push = false
  public var field = Field.message
  public var error: String?

  public init(
    repository: String, paths: [String], diff: [String], branch: String?, message: String,
    newBranch: String
  ) {
    self.repository = repository
    self.paths = paths
    self.diff = diff
    self.branch = branch
    self.message = message
    messageCursor = message.count
    onNewBranch = branch == nil
    self.newBranch = newBranch
    newBranchCursor = newBranch.count
  }

  /// What the dialog scrolls through: the semantic summary, then the text diff.
  public var reviewLines: [String] {
    var lines: [String] = []
    if !summary.isEmpty {
      lines += ["Changes to the promotion:"] + summary.map { "\($0.sign) \($0.text)" } + [""]
    }
    if bodyEdited {
      lines +=
        ["Message body (your edit):"]
        + body.split(separator: "\n", omittingEmptySubsequences: false).map { "  " + $0 } + [""]
    }
    return lines + diff
  }

  /// Takes a whole message as an editor left it: the first line is the subject, the rest after
  /// the blank line the body (lines starting with `#` dropped, as git does).
  public mutating func takeMessage(_ text: String) {
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
      .filter { !$0.hasPrefix("#") }
    let meaningful = lines.drop { $0.trimmingCharacters(in: " ").isEmpty }
    message = meaningful.first ?? ""
    messageCursor = message.count
    messageSelected = false
    var rest = Array(meaningful.dropFirst())
    while rest.first?.trimmingCharacters(in: " ").isEmpty == true { rest.removeFirst() }
    while rest.last?.trimmingCharacters(in: " ").isEmpty == true { rest.removeLast() }
    body = rest.joined(separator: "\n")
    bodyEdited = true
  }

  /// The whole message a commit records: the subject, then the body after a blank line.
  public var fullMessage: String {
    let subject = message.trimmingCharacters(in: " ")
    return body.isEmpty ? subject : subject + "\n\n" + body
  }
}

/// What promoflow learned about the repository before showing the commit dialog.
public struct CommitPreparation: Equatable, Sendable {
  public var repository: String?
  public var branch: String?
  public var paths: [String]
  public var diff: [String]
  /// The flow file as the last commit has it (nil: not committed yet, or no commit at all).
  public var committedText: String?
  public var error: String?

  public init(
    repository: String?, branch: String?, paths: [String], diff: [String],
    committedText: String? = nil, error: String? = nil
  ) {
    self.repository = repository
    self.branch = branch
    self.paths = paths
    self.diff = diff
    self.committedText = committedText
    self.error = error
  }
}

/// What a commit did.
public enum CommitOutcome: Equatable, Sendable {
  /// Committed; `pushError` says why the push failed, when one was asked for and failed.
  case committed(sha: String, branch: String, pushed: Bool, pushError: String?)
  case failed(String)
}

/// A commit to make: only `paths`, with `message`, maybe on a new branch, maybe pushed.
public struct CommitRequest: Equatable, Sendable {
  public var repository: String
  public var paths: [String]
  public var message: String
  public var newBranch: String?
  public var push: Bool

  public init(repository: String, paths: [String], message: String, newBranch: String?, push: Bool)
  {
    self.repository = repository
    self.paths = paths
    self.message = message
    self.newBranch = newBranch
    self.push = push
  }
}
