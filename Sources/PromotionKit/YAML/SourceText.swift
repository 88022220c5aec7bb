/// The bytes of a YAML file with a line table, so that byte offsets (where the reader puts every
/// node) can be turned into the positions diagnostics and editors speak of, and lines found for
/// splicing.
///
/// Line breaks are counted exactly as libyaml counts them (LF, CR, CRLF, NEL, LS, PS), and columns
/// are counted in Unicode scalars, as libyaml's marks are.
public struct SourceText: Sendable, Equatable {
  public let bytes: [UInt8]
  /// Byte offset where each line starts; `lineStarts[0]` is after a byte order mark, if any.
  public let lineStarts: [Int]
  /// Where every `checkpointStride`-th Unicode scalar of a line starts (the 64th, 128th, …),
  /// for all lines in order; `lineCheckpoints[line]` is where that line's first one is. They make
  /// turning an offset into a column cost at most a stride's walk, whatever the line's length: a
  /// 5 MB minified JSON file is one line.
  let checkpoints: [Int]
  let lineCheckpoints: [Int]
  static let checkpointStride = 64

  public init(_ string: String) {
    self.init(bytes: Array(string.utf8))
  }

  public init(bytes: [UInt8]) {
    self.bytes = bytes
    var starts = [bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0]
    var index = starts[0]
    while index < bytes.count {
      let length = SourceText.lineBreakLength(in: bytes, at: index)
      if length > 0 {
        index += length
        starts.append(index)
      } else {
        index += 1
      }
    }
    lineStarts = starts
    var checkpoints: [Int] = []
    var lineCheckpoints: [Int] = []
    lineCheckpoints.reserveCapacity(starts.count + 1)
    for (line, start) in starts.enumerated() {
      lineCheckpoints.append(checkpoints.count)
      let end = line + 1 < starts.count ? starts[line + 1] : bytes.count
      guard end - start > Self.checkpointStride else { continue }
      var index = start
      var scalars = 0
      while index < end {
        index += SourceText.scalarLength(leadByte: bytes[index])
        scalars += 1
        if scalars % Self.checkpointStride == 0 && index < end { checkpoints.append(index) }
      }
    }
    lineCheckpoints.append(checkpoints.count)
    self.checkpoints = checkpoints
    self.lineCheckpoints = lineCheckpoints
  }

  public var string: String { String(decoding: bytes, as: UTF8.self) }
  public var count: Int { bytes.count }
  public var lineCount: Int { lineStarts.count }

  /// The length of the line break at `index`, or 0 when there is none.
  public static func lineBreakLength(in bytes: [UInt8], at index: Int) -> Int {
    switch bytes[index] {
    case 0x0A: return 1
    case 0x0D: return index + 1 < bytes.count && bytes[index + 1] == 0x0A ? 2 : 1
    case 0xC2: return index + 1 < bytes.count && bytes[index + 1] == 0x85 ? 2 : 0
    case 0xE2:
      guard index + 2 < bytes.count, bytes[index + 1] == 0x80 else { return 0 }
      return bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9 ? 3 : 0
    default: return 0
    }
  }

  public func lineBreakLength(at index: Int) -> Int {
    index < bytes.count ? SourceText.lineBreakLength(in: bytes, at: index) : 0
  }

  /// Where the `?` of an explicit key (`? key`) stands: the mapping's column, which the key
  /// itself, after the `?`, does not give.
  func explicitKeyIndicator(before key: YAMLNode) -> Int? {
    guard let start = key.span?.start else { return nil }
    let lineStart = lineStart(of: start)
    var index = start
    while index > lineStart, bytes[index - 1] == 0x20 { index -= 1 }
    return index > lineStart && bytes[index - 1] == UInt8(ascii: "?") ? index - 1 : nil
  }

  /// The 0-based line that holds `offset`.
  public func lineIndex(of offset: Int) -> Int {
    var low = 0
    var high = lineStarts.count - 1
    while low < high {
      let middle = (low + high + 1) / 2
      if lineStarts[middle] <= offset { low = middle } else { high = middle - 1 }
    }
    return low
  }

  /// The 1-based line and Unicode-scalar column of a byte offset.
  public func location(of offset: Int) -> SourceLocation {
    let line = lineIndex(of: offset)
    var index = lineStarts[line]
    var column = 1
    // The last checkpoint of the line at or before `offset`.
    var low = lineCheckpoints[line]
    var high = lineCheckpoints[line + 1]
    while low < high {
      let middle = (low + high) / 2
      if checkpoints[middle] <= offset { low = middle + 1 } else { high = middle }
    }
    if low > lineCheckpoints[line] {
      index = checkpoints[low - 1]
      column += (low - lineCheckpoints[line]) * Self.checkpointStride
    }
    while index < offset && index < bytes.count {
      index += SourceText.scalarLength(leadByte: bytes[index])
      column += 1
    }
    return SourceLocation(line: line + 1, column: column)
  }

  /// Offset just past the last content byte of the line holding `offset` (before its break).
  public func lineContentEnd(from offset: Int) -> Int {
    var index = offset
    while index < bytes.count && lineBreakLength(at: index) == 0 { index += 1 }
    return index
  }

  /// Offset of the start of the next line after the line holding `offset` (or the end of text).
  public func nextLineStart(after offset: Int) -> Int {
    // By line index, so that an offset inside a multi-byte break (NEL, LS, PS) counts as its line.
    let index = lineIndex(of: offset)
    return index + 1 < lineStarts.count ? lineStarts[index + 1] : bytes.count
  }

  /// Start offset of the line holding `offset`.
  public func lineStart(of offset: Int) -> Int { lineStarts[lineIndex(of: offset)] }

  /// Number of leading spaces on the line that starts at `lineStart`.
  public func indentation(ofLineAt lineStart: Int) -> Int {
    var index = lineStart
    while index < bytes.count && bytes[index] == 0x20 { index += 1 }
    return index - lineStart
  }

  /// True when the line holding `offset` has only spaces and tabs before `offset`.
  public func isFirstTokenOnLine(_ offset: Int) -> Bool {
    var index = lineStart(of: offset)
    while index < offset {
      if bytes[index] != 0x20 && bytes[index] != 0x09 { return false }
      index += 1
    }
    return true
  }

  /// The text of a byte range.
  public func slice(_ start: Int, _ end: Int) -> String {
    String(decoding: bytes[start..<end], as: UTF8.self)
  }

  /// The line break new lines get: the file's first CR LF, LF or CR, or LF for a one-line file
  /// (never NEL, LS or PS, which YAML 1.1 reads as breaks but editors do not).
  public var preferredLineBreak: String {
    guard let index = bytes.firstIndex(where: { $0 == 0x0A || $0 == 0x0D }) else { return "\n" }
    return slice(index, index + lineBreakLength(at: index))
  }

  static func scalarLength(leadByte: UInt8) -> Int {
    switch leadByte {
    case 0..<0x80: return 1
    case 0xC0..<0xE0: return 2
    case 0xE0..<0xF0: return 3
    case 0xF0...0xFF: return 4
    default: return 1
    }
  }
}

/// A 1-based line and column (columns count Unicode scalars, as editors and libyaml do).
public struct SourceLocation: Hashable, Sendable, Comparable, CustomStringConvertible {
  public var line: Int
  public var column: Int

  public init(line: Int, column: Int) {
    self.line = line
    self.column = column
  }

  public var description: String { "\(line):\(column)" }

  public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
    (lhs.line, lhs.column) < (rhs.line, rhs.column)
  }
}

/// A half-open byte range of a source file.
public struct SourceSpan: Hashable, Sendable {
  public var start: Int
  public var end: Int

  public init(_ start: Int, _ end: Int) {
    self.start = start
    self.end = end
  }
}
