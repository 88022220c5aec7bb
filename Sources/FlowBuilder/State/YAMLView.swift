import PromotionKit

/// The YAML view: the exact text a save would write, with a cursor, scrolling, and an in-place
/// editor whose result is applied only when it parses and validates.
public struct YAMLView: Equatable, Sendable {
  public var lines: [String]
  public var line = 0
  public var column = 0
  /// The first line shown.
  public var scroll = 0
  public var isEditing = false
  /// True when `lines` is a text edit not yet applied (it differs from what a save would write).
  public var isDirty = false
  /// Earlier states of the edit, for undo of typing.
  public var typingHistory: [TextState] = []
  /// Problems of the last attempt to apply the edit, shown at their lines.
  public var diagnostics: [Diagnostic] = []
  /// Which lines hold which environment's step (and the trigger), for keeping the selection.
  public var environmentLines: [EnvironmentLines] = []
  /// The `/` search being typed (nil when not searching), and the last one searched, for n / N.
  public var searchQuery: String?
  public var lastSearch = ""

  /// The text and cursor, as the typing history keeps them.
  public struct TextState: Equatable, Sendable {
    public var lines: [String]
    public var line: Int
    public var column: Int
  }

  /// The lines of one environment in the text.
  public struct EnvironmentLines: Equatable, Sendable {
    public var name: String
    public var first: Int
    public var last: Int
  }

  /// The text the view was opened with (what a save would write then).
  public var baseText: String

  public init(text: String) {
    baseText = text.hasSuffix("\n") ? text : text + "\n"
    lines = Self.split(text)
    environmentLines = Self.environmentLines(in: text)
  }

  public var text: String { lines.joined(separator: "\n") }

  /// The next place `query` stands after the cursor (before it, `backwards`), wrapping around the
  /// text, case-insensitively; nil when it is nowhere.
  public func find(_ query: String, backwards: Bool = false) -> (line: Int, column: Int)? {
    let needle = query.lowercased()
    guard !needle.isEmpty, !lines.isEmpty else { return nil }
    func matches(in index: Int) -> [Int] {
      let haystack = lines[index].lowercased()
      var columns: [Int] = []
      var start = haystack.startIndex
      while let range = haystack.range(of: needle, range: start..<haystack.endIndex) {
        columns.append(haystack.distance(from: haystack.startIndex, to: range.lowerBound))
        start = haystack.index(after: range.lowerBound)
      }
      return columns
    }
    let count = lines.count
    for step in 0...count {
      let index = ((backwards ? line - step : line + step) % count + count) % count
      let columns = matches(in: index)
      let candidates =
        step == 0
        ? columns.filter { backwards ? $0 < column : $0 > column }
        : step == count ? columns.filter { backwards ? $0 >= column : $0 <= column } : columns
      if let hit = backwards ? candidates.last : candidates.first { return (index, hit) }
    }
    return nil
  }

  /// Keeps the cursor on an existing line and column.
  public mutating func clampCursor() {
    line = max(0, min(line, lines.count - 1))
    column = max(0, min(column, lines.indices.contains(line) ? lines[line].count : 0))
  }

  static func split(_ text: String) -> [String] {
    var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map {
      String($0.hasSuffix("\r") ? $0.dropLast() : $0)
    }
    if lines.count > 1 && lines.last == "" { lines.removeLast() }
    return lines
  }

  /// The environment whose lines hold the cursor, if any.
  public var environmentAtCursor: String? {
    environmentLines.first { (line + 1) >= $0.first && (line + 1) <= $0.last }?.name
  }

  /// Where each step (and the trigger) stands in `text`, by 1-based line.
  public static func environmentLines(in text: String) -> [EnvironmentLines] {
    guard let file = try? YAMLReader.read(text),
      let index = file.documents.firstIndex(where: { ResourceKind(of: $0) == .promotionFlow }),
      let root = NodeView(root: file.documents[index])
    else { return [] }
    var result: [EnvironmentLines] = []
    if let trigger = root.path("spec", "triggerEnvironment"), let name = trigger.text,
      let start = trigger.start
    {
      let line = file.text.location(of: start).line
      result.append(EnvironmentLines(name: name, first: line, last: line))
    }
    for item in root.path("spec", "steps")?.items ?? [] {
      guard let name = item["environment"]?.text, let span = item.node.span else { continue }
      let first = file.text.location(of: item.node.indicator ?? span.start).line
      let last = file.text.location(of: max(span.start, span.end - 1)).line
      result.append(EnvironmentLines(name: name, first: first, last: last))
    }
    return result
  }
}
