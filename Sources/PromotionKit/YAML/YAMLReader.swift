/// Reads YAML text into `YAMLFile` in one pass over libyaml's events (`TreeBuilder`), then hangs
/// the comments and blank lines on the nodes (`TriviaAttacher`).
public enum YAMLReader {
  public static func read(_ string: String) throws(YAMLReadError) -> YAMLFile {
    try read(SourceText(string))
  }

  public static func read(_ text: SourceText) throws(YAMLReadError) -> YAMLFile {
    if let invalid = firstInvalidUTF8(text.bytes) {
      throw YAMLReadError(
        "the file is not valid UTF-8 text (byte 0x\(String(text.bytes[invalid], radix: 16, uppercase: true)))",
        at: text.location(of: invalid), code: "invalid-utf8")
    }
    var builder = TreeBuilder(text: text)
    let documents = try builder.documents()
    let attacher = TriviaAttacher(
      text: text, opaque: builder.opaque, headerComments: builder.headerComments,
      nodeEnds: builder.nodeEnds, propertyEnds: builder.propertyEnds)
    return YAMLFile(text: text, documents: documents.map(attacher.attach))
  }

  /// The offset of the first byte that breaks UTF-8, if any.
  static func firstInvalidUTF8(_ bytes: [UInt8]) -> Int? {
    var index = 0
    while index < bytes.count {
      let lead = bytes[index]
      let length: Int
      switch lead {
      case 0..<0x80: length = 1
      case 0xC2..<0xE0: length = 2
      case 0xE0..<0xF0: length = 3
      case 0xF0..<0xF5: length = 4
      default: return index
      }
      guard index + length <= bytes.count else { return index }
      for offset in 1..<length where bytes[index + offset] & 0xC0 != 0x80 { return index }
      if length == 3 {
        let second = bytes[index + 1]
        if (lead == 0xE0 && second < 0xA0) || (lead == 0xED && second >= 0xA0) { return index }
      } else if length == 4 {
        let second = bytes[index + 1]
        if (lead == 0xF0 && second < 0x90) || (lead == 0xF4 && second >= 0x90) { return index }
      }
      index += length
    }
    return nil
  }
}
