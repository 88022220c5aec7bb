/// Case-insensitive matching for pickers: a prefix beats a substring, which beats letters in order
/// (fuzzy); the detail column is searched only when no label matches (so "prod" finds prod-us,
/// not every NON_PROD environment); ties keep the list's order. The matched positions are kept
/// for highlighting. "Create" entries always stay in the list.
public struct FuzzyMatch: Equatable, Sendable {
  public var item: ListItem
  /// Index of the item in the unfiltered list.
  public var index: Int
  public var score: Int
  /// Character offsets in the label that matched.
  public var positions: [Int]

  public static func rank(_ items: [ListItem], query: String) -> [FuzzyMatch] {
    let needle = Array(query.lowercased())
    var result: [FuzzyMatch] = []
    var byDetail: [FuzzyMatch] = []
    for (index, item) in items.enumerated() {
      if needle.isEmpty || item.kind == .create {
        result.append(FuzzyMatch(item: item, index: index, score: 0, positions: []))
        continue
      }
      if let match = match(needle, in: Array(item.label.lowercased())) {
        result.append(
          FuzzyMatch(item: item, index: index, score: match.score, positions: match.positions))
      } else if let match = match(needle, in: Array(item.detail.lowercased())) {
        byDetail.append(
          FuzzyMatch(item: item, index: index, score: match.score - 5_000, positions: []))
      }
    }
    if !result.contains(where: { $0.item.kind != .create }) { result += byDetail }
    return result.enumerated()
      .sorted { a, b in
        a.element.score != b.element.score ? a.element.score > b.element.score : a.offset < b.offset
      }
      .map(\.element)
  }

  static func match(_ needle: [Character], in haystack: [Character]) -> (
    score: Int, positions: [Int]
  )? {
    guard needle.count <= haystack.count else { return nil }
    if haystack.starts(with: needle) { return (3_000 - haystack.count, Array(0..<needle.count)) }
    for start in 0...(haystack.count - needle.count)
    where Array(haystack[start..<(start + needle.count)]) == needle {
      return (2_000 - start, Array(start..<(start + needle.count)))
    }
    var positions: [Int] = []
    var next = 0
    for (offset, character) in haystack.enumerated()
    where next < needle.count && character == needle[next] {
      positions.append(offset)
      next += 1
    }
    guard next == needle.count else { return nil }
    let spread = (positions.last ?? 0) - (positions.first ?? 0)
    return (1_000 - spread, positions)
  }
}
