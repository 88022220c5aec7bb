/// The diff as `diff -u` prints it (three lines of context): what the editor shows when the file
/// changed on disk, and what a golden test prints when a snapshot no longer matches.
extension LineDiff {
  public static func unified(old: String, new: String, oldName: String, newName: String)
    -> [String]
  {
    let diff = LineDiff(old, new)
    guard !diff.changes.isEmpty else { return ["The texts are the same."] }
    let a = diff.oldLines
    let (prefix, suffix) = (diff.prefix, diff.suffix)
    let body = diff.changes.map { change -> String in
      switch change {
      case .kept(let line): return " " + line
      case .removed(let line): return "-" + line
      case .added(let line): return "+" + line
      }
    }
    let before = a[max(0, prefix - 3)..<prefix].map { " " + $0 }
    let after = a[(a.count - suffix)..<min(a.count, a.count - suffix + 3)].map { " " + $0 }
    let start = max(0, prefix - 3) + 1
    let oldMiddle = diff.changes.count { if case .added = $0 { false } else { true } }
    let newMiddle = diff.changes.count { if case .removed = $0 { false } else { true } }
    let oldCount = before.count + oldMiddle + after.count
    let newCount = before.count + newMiddle + after.count
    return [
      "--- \(oldName)", "+++ \(newName)", "@@ -\(start),\(oldCount) +\(start),\(newCount) @@",
    ]
      + before + body + after
  }
}
