/// "Did you mean …?": the closest name by edit distance, when it is close enough to be a typo.
/// Validation asks for one per unknown name, against every name it knows, so a search costs one
/// small table per candidate at most: a candidate whose length or set of characters alone rules
/// it out is skipped, the table's rows are allocated once per search, and a row past the bound
/// ends that candidate.
public enum Suggestions {
  public static func closest(to name: String, in candidates: [String]) -> String? {
    let limit = max(1, min(3, name.count / 3))
    var search = Search(target: Array(name.unicodeScalars))
    var best: (distance: Int, name: String)?
    for candidate in candidates where candidate != name {
      let bound = min(limit, best?.distance ?? limit)
      guard let found = search.distance(to: candidate, atMost: bound) else { continue }
      if let current = best, (current.distance, current.name) <= (found, candidate) { continue }
      best = (found, candidate)
    }
    return best?.name
  }

  /// Edit distance, counting a swap of two neighbours as one edit (so `dve` is one edit from
  /// `dev`).
  public static func distance(_ a: String, _ b: String) -> Int {
    var search = Search(target: Array(a.unicodeScalars))
    let most = max(a.unicodeScalars.count, b.unicodeScalars.count)
    return search.distance(to: b, atMost: most) ?? most
  }

  /// One name's distances to many: the rows of the table (three, as the swap looks two back) and
  /// the candidate's characters, kept between candidates.
  struct Search {
    let target: [Unicode.Scalar]
    var other: [Unicode.Scalar] = []
    var twoBack: [Int] = []
    var previous: [Int] = []
    var current: [Int] = []

    /// Which characters the target holds, hashed into 64 bits (see `signature`).
    let targetSignature: UInt64

    init(target: [Unicode.Scalar]) {
      self.target = target
      targetSignature = Self.signature(target)
    }

    /// The set of a name's characters, each hashed to one of 64 bits. An edit changes at most
    /// two bits of it (a substitution removes one character and adds another; a swap none), so
    /// half the bits two signatures differ by is a lower bound on their distance.
    static func signature<Scalars: Sequence<Unicode.Scalar>>(_ scalars: Scalars) -> UInt64 {
      scalars.reduce(0) { $0 | 1 << UInt64($1.value % 64) }
    }

    /// The distance from the target to `candidate` when it is at most `bound`, else nil.
    mutating func distance(to candidate: String, atMost bound: Int) -> Int? {
      let x = target
      guard abs(candidate.unicodeScalars.count - x.count) <= bound else { return nil }
      let differing = (Self.signature(candidate.unicodeScalars) ^ targetSignature).nonzeroBitCount
      guard (differing + 1) / 2 <= bound else { return nil }
      other.removeAll(keepingCapacity: true)
      other.append(contentsOf: candidate.unicodeScalars)
      let y = other
      if x.isEmpty || y.isEmpty { return max(x.count, y.count) }
      let width = y.count + 1
      if twoBack.count != width {
        twoBack = [Int](repeating: 0, count: width)
        current = [Int](repeating: 0, count: width)
        previous = [Int](repeating: 0, count: width)
      }
      for j in 0..<width { previous[j] = j }
      for i in 1...x.count {
        current[0] = i
        var rowMinimum = i
        for j in 1...y.count {
          let cost = x[i - 1] == y[j - 1] ? 0 : 1
          var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
          if i > 1, j > 1, x[i - 1] == y[j - 2], x[i - 2] == y[j - 1] {
            value = min(value, twoBack[j - 2] + 1)
          }
          current[j] = value
          rowMinimum = min(rowMinimum, value)
        }
        // A row's smallest value never shrinks further down (a swap reaches back two rows, but
        // rows grow by one at most), so once it is past the bound the distance is too.
        if rowMinimum > bound { return nil }
        swap(&twoBack, &previous)
        swap(&previous, &current)
      }
      let result = previous[y.count]
      return result <= bound ? result : nil
    }
  }
}
