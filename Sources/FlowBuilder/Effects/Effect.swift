import Foundation
import PromotionKit

/// Side effects the reducer asks for; the app runs them at the edge and reports back.
public enum Effect: Equatable, Sendable {
  case save(SaveRequest)
  case exit
  /// Hand the text to the user's editor, on a temporary copy.
  case editExternally(String)
  /// Learn the repository, branch and diff of these files, for the commit dialog.
  case prepareCommit([String])
  case commit(CommitRequest)
  /// Read the flow file as the last commit has it (for `D`).
  case readCommitted(String)
}

/// Everything a save writes: the flow file, the catalog when environments were created, new
/// workflow files — and the workflow files this session created that an undo took back.
public struct SaveRequest: Equatable, Sendable {
  public struct Write: Equatable, Sendable {
    public var path: String
    public var text: String
    /// A new file: refuse to replace anything already there.
    public var isNew: Bool

    public init(path: String, text: String, isNew: Bool) {
      self.path = path
      self.text = text
      self.isNew = isNew
    }
  }

  public var writes: [Write]
  public var deletions: [String]
  public var snapshot: Snapshot
  /// The flow file's text as promoflow last read or wrote it (nil: it did not exist); the save is
  /// refused when the file on disk is something else, unless `force`.
  public var expectedFlowText: String?
  public var force = false
  /// Write files that are read-only too (`S`), keeping their mode; otherwise nothing is written
  /// when one of them is.
  public var writeReadOnly = false

  public init(
    writes: [Write], deletions: [String], snapshot: Snapshot, expectedFlowText: String?,
    force: Bool = false, writeReadOnly: Bool = false
  ) {
    self.writes = writes
    self.deletions = deletions
    self.snapshot = snapshot
    self.expectedFlowText = expectedFlowText
    self.force = force
    self.writeReadOnly = writeReadOnly
  }
}
