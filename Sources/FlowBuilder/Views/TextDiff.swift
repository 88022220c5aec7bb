/// A unified diff of two texts (three lines of context), for "Show the differences" when the file
/// changed on disk.
public enum TextDiff {
  public static func unified(old: String, new: String, oldName: String, newName: String) -> [String]
  {
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
    guard !x.isEmpty || !y.isEmpty else { return ["The texts are the same."] }
    var lengths = Array(repeating: Array(repeating: 0, count: y.count + 1), count: x.count + 1)
    for i in stride(from: x.count - 1, through: 0, by: -1) {
      for j in stride(from: y.count - 1, through: 0, by: -1) {
        lengths[i][j] =
          x[i] == y[j] ? lengths[i + 1][j + 1] + 1 : max(lengths[i + 1][j], lengths[i][j + 1])
      }
    }
    var body: [String] = []
    var i = 0
    var j = 0
    while i < x.count || j < y.count {
      if i < x.count && j < y.count && x[i] == y[j] {
        body.append(" " + x[i])
        i += 1
        j += 1
      } else if j < y.count && (i == x.count || lengths[i][j + 1] >= lengths[i + 1][j]) {
        body.append("+" + y[j])
        j += 1
      } else {
        body.append("-" + x[i])
        i += 1
      }
    }
    let before = a[max(0, prefix - 3)..<prefix].map { " " + $0 }
    let after = a[(a.count - suffix)..<min(a.count, a.count - suffix + 3)].map { " " + $0 }
    let start = max(0, prefix - 3) + 1
    let oldCount = before.count + x.count + after.count
    let newCount = before.count + y.count + after.count
    return [
      "--- \(oldName)", "+++ \(newName)", "@@ -\(start),\(oldCount) +\(start),\(newCount) @@",
    ] + before + body + after
  }
}
