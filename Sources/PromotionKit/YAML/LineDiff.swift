/// The lines two texts differ by (longest common subsequence), as a reviewer sees them in a pull
/// request: the editor shows them when a file changed on disk, and the tests check with them that
/// a save touched only the lines an edit meant to.
public struct LineDiff: Sendable {
  /// One line of the changed middle: kept, taken out of the old text, or added by the new one.
  public enum Change: Equatable, Sendable {
    case kept(String)
    case removed(String)
    case added(String)
  }

  public let oldLines: [String]
  /// How many lines the texts share at the start and at the end (left out of `changes`).
  public let prefix: Int
  public let suffix: Int
  /// The middle of the texts, line by line, in order.
  public let changes: [Change]

  public init(_ old: String, _ new: String) {
    let a = old.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    let b = new.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    var prefix = 0
    while prefix < a.count && prefix < b.count && a[prefix] == b[prefix] { prefix += 1 }
    var suffix = 0
    while suffix < a.count - prefix && suffix < b.count - prefix
      && a[a.count - 1 - suffix] == b[b.count - 1 - suffix]
    {
      suffix += 1
    }
    let x = Array(a[prefix..<(a.count - suffix)])
    let y = Array(b[prefix..<(b.count - suffix)])
    var lengths = Array(repeating: Array(repeating: 0, count: y.count + 1), count: x.count + 1)
    for i in stride(from: x.count - 1, through: 0, by: -1) {
      for j in stride(from: y.count - 1, through: 0, by: -1) {
        lengths[i][j] =
          x[i] == y[j] ? lengths[i + 1][j + 1] + 1 : max(lengths[i + 1][j], lengths[i][j + 1])
      }
    }
    var changes: [Change] = []
    var i = 0
    var j = 0
    while i < x.count || j < y.count {
      if i < x.count && j < y.count && x[i] == y[j] {
        changes.append(.kept(x[i]))
        i += 1
        j += 1
      } else if i < x.count && (j == y.count || lengths[i + 1][j] >= lengths[i][j + 1]) {
        // The old line before the new one, as `diff` and `git diff` list them.
        changes.append(.removed(x[i]))
        i += 1
      } else {
        changes.append(.added(y[j]))
        j += 1
      }
    }
    self.oldLines = a
    self.prefix = prefix
    self.suffix = suffix
    self.changes = changes
  }

  /// The lines taken out, with their index in the old text.
  public var removed: [(index: Int, line: String)] { lines(ofNewText: false) }

  /// The lines added, with their index in the new text.
  public var added: [(index: Int, line: String)] { lines(ofNewText: true) }

  /// The lines only the new (or only the old) text has, numbered as in that text.
  func lines(ofNewText new: Bool) -> [(index: Int, line: String)] {
    var index = prefix
    var found: [(index: Int, line: String)] = []
    for change in changes {
      switch change {
      case .kept: index += 1
      case .added(let line) where new, .removed(let line) where !new:
        found.append((index, line))
        index += 1
      case .added, .removed: break
      }
    }
    return found
  }

  /// How many lines were taken out or added.
  public var changedLineCount: Int { removed.count + added.count }
}
