/// Kubernetes naming rules: environment and workflow names are DNS-1123 labels, resource names
/// DNS-1123 subdomains. Checked before a name is written, and before one ever becomes part of a
/// path or a command line (so `../x` or `--flag` never get that far).
public enum Names {
  /// Why `name` is not a DNS-1123 label (lowercase letters, digits and `-`, starting and ending
  /// with a letter or digit, at most 63 characters), or nil when it is one.
  public static func labelError(_ name: String) -> String? {
    if name.isEmpty { return "it is empty" }
    if name.utf8.count > 63 { return "it is longer than 63 characters" }
    let bytes = Array(name.utf8)
    if let bad = bytes.first(where: { !isLowerAlphanumeric($0) && $0 != UInt8(ascii: "-") }) {
      let character = String(decoding: [bad], as: UTF8.self)
      return bad >= 0x80 || bad < 0x20
        ? "only lowercase letters, digits and '-' are allowed"
        : "'\(character)' is not allowed (use lowercase letters, digits and '-')"
    }
    guard let first = bytes.first, let last = bytes.last,
      isLowerAlphanumeric(first) && isLowerAlphanumeric(last)
    else {
      return "it must start and end with a lowercase letter or digit"
    }
    return nil
  }

  /// Why `name` is not a DNS-1123 subdomain (labels joined by dots, at most 253 characters).
  public static func subdomainError(_ name: String) -> String? {
    if name.isEmpty { return "it is empty" }
    if name.utf8.count > 253 { return "it is longer than 253 characters" }
    for part in name.split(separator: ".", omittingEmptySubsequences: false) {
      if part.isEmpty { return "it has an empty part between dots" }
      if let error = labelError(String(part)), !error.contains("63") { return error }
    }
    return nil
  }

  public static func environmentError(_ name: String) -> String? { labelError(name) }
  public static func workflowError(_ name: String) -> String? { labelError(name) }
  public static func resourceError(_ name: String) -> String? { subdomainError(name) }

  static func isLowerAlphanumeric(_ byte: UInt8) -> Bool {
    (0x61...0x7A).contains(byte) || (0x30...0x39).contains(byte)
  }
}
