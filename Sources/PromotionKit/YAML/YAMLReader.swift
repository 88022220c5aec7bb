import Yams

/// Reads YAML text into `YAMLFile`: Yams (libyaml) parses, then each node's span, style, aliases
/// and comments are completed from the source bytes.
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
    if let violation = StructureCheck.firstViolation(in: text) { throw violation }
    // Yams names the encoding to libyaml, which then skips its byte order mark detection: the
    // mark is left out here, and line 1's columns count from after it, as SourceText's do.
    let string = String(decoding: text.bytes[text.lineStarts[0]...], as: UTF8.self)
    var documents: [YAMLDocument] = []
    var builder = TreeBuilder(text: text)
    do {
      let parser = try Parser(yaml: string, resolver: .basic)
      while let root = try parser.nextRoot() {
        builder.startDocument()
        let node = builder.convert(root, parentIndent: -1, after: builder.cursor)
        builder.cursor = node.span?.end ?? builder.cursor
        documents.append(YAMLDocument(root: node, aliasTargets: builder.aliasTargets))
      }
    } catch let error as YamlError {
      throw YAMLReader.readError(from: error, text: text)
    } catch {
      throw YAMLReadError("\(error)", at: SourceLocation(line: 1, column: 1))
    }
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

  static func readError(from error: YamlError, text: SourceText) -> YAMLReadError {
    func located(_ problem: String, _ context: YamlError.Context?, _ mark: Mark) -> YAMLReadError {
      var message = problem
      if let context, !context.text.isEmpty { message += " (\(context.text) at \(context.mark))" }
      return YAMLReadError(message, at: SourceLocation(line: mark.line, column: mark.column))
    }
    switch error {
    case .scanner(let context, let problem, let mark, _),
      .parser(let context, let problem, let mark, _),
      .composer(let context, let problem, let mark, _):
      return located(problem, context, mark)
    case .duplicatedKeysInMapping(let duplicates, let context):
      let names = duplicates.joined(separator: ", ")
      return YAMLReadError(
        "duplicate key \(names) in a mapping: each key may appear once",
        at: SourceLocation(line: context.mark.line, column: context.mark.column))
    case .reader(let problem, let offset, _, let yaml):
      let characters = min(offset ?? 0, yaml.count)
      let index = yaml.index(yaml.startIndex, offsetBy: characters)
      let location = text.location(
        of: text.lineStarts[0] + yaml.utf8.distance(from: yaml.startIndex, to: index))
      return YAMLReadError(problem, at: location)
    default:
      return YAMLReadError("\(error)", at: SourceLocation(line: 1, column: 1))
    }
  }
}
