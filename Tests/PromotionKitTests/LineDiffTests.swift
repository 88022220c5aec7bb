import PromotionKit
import Testing

/// The unified diff reviewers and golden tests read: the old line before the new one, three
/// lines of context, and a hunk header that counts both sides.
@Suite struct LineDiffTests {
  @Test func aChangedLineIsListedOldThenNewWithThreeLinesOfContext() {
    let old = (1...9).map { "line \($0)" }.joined(separator: "\n")
    let new = old.replacingOccurrences(of: "line 5", with: "line five")
    #expect(
      LineDiff.unified(old: old, new: new, oldName: "golden", newName: "actual") == [
        "--- golden", "+++ actual", "@@ -2,7 +2,7 @@",
        " line 2", " line 3", " line 4", "-line 5", "+line five", " line 6", " line 7", " line 8",
      ])
  }

  @Test func addedLinesCountOnlyOnTheNewSide() {
    let diff = LineDiff.unified(old: "a\nb", new: "a\nx\ny\nb", oldName: "o", newName: "n")
    #expect(diff == ["--- o", "+++ n", "@@ -1,2 +1,4 @@", " a", "+x", "+y", " b"])
  }

  @Test func equalTextsSaySo() {
    #expect(
      LineDiff.unified(old: "a", new: "a", oldName: "o", newName: "n") == [
        "The texts are the same."
      ])
  }
}
