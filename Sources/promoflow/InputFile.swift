import PromotionKit

/// A file named on the command line, read and parsed, or the diagnostic that says why not.
struct InputFile: Sendable {
  let path: String
  let file: YAMLFile

  /// Reads and parses `path`. An unreadable file throws `.unreadable` (exit 2); a file that is not
  /// YAML, or (unless `allowEmpty`) holds no document at all, throws `.invalid` with its
  /// diagnostic (exit 1).
  static func load(_ path: String, allowEmpty: Bool = false) throws(InputError) -> InputFile {
    let bytes: [UInt8]
    do {
      bytes = try FileAccess.read(path)
    } catch {
      throw .unreadable(error.description)
    }
    return try parse(bytes, path: path, allowEmpty: allowEmpty)
  }

  /// Parses the bytes read from `path`, as `load` does.
  static func parse(_ bytes: [UInt8], path: String, allowEmpty: Bool) throws(InputError)
    -> InputFile
  {
    let file: YAMLFile
    do {
      file = try YAMLReader.read(SourceText(bytes: bytes))
    } catch {
      throw .invalid(error.diagnostic(file: path))
    }
    if !allowEmpty && file.documents.allSatisfy(\.isEmpty) {
      throw .invalid(
        Diagnostic(
          .error, "empty-file", "the file holds no YAML document: nothing to check or format",
          file: path))
    }
    return InputFile(path: path, file: file)
  }
}

/// Why a named file could not be used.
enum InputError: Error {
  case unreadable(String)
  case invalid(Diagnostic)

  /// The exit status it calls for: 2 when the file cannot be read, 1 when it is not valid.
  var exitCode: Int32 {
    switch self {
    case .unreadable: return 2
    case .invalid: return 1
    }
  }

  /// Says why on standard error.
  func report() {
    switch self {
    case .unreadable(let message): Console.error(message)
    case .invalid(let diagnostic): Console.error(diagnostic.formatted)
    }
  }
}
