/// A replacement of one byte range of a text.
struct TextPatch: Equatable {
  var start: Int
  var end: Int
  var replacement: String

  /// Applies non-overlapping patches to `text`; nil when two of them overlap.
  static func apply(_ patches: [TextPatch], to text: SourceText) -> String? {
    let sorted = patches.sorted { ($0.start, $0.end) < ($1.start, $1.end) }
    var result: [UInt8] = []
    result.reserveCapacity(text.count + sorted.reduce(0) { $0 + $1.replacement.utf8.count })
    var position = 0
    for patch in sorted {
      guard patch.start >= position, patch.end >= patch.start, patch.end <= text.count else {
        return nil
      }
      result += text.bytes[position..<patch.start]
      result += Array(patch.replacement.utf8)
      position = patch.end
    }
    result += text.bytes[position...]
    return String(decoding: result, as: UTF8.self)
  }
}
