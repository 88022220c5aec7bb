import Foundation
import PromotionKit

/// The round-trip properties every input must keep, whatever its bytes: what the fuzzer asserts
/// on each input, and what the test suite replays over the fuzz corpus.
///
/// An input that reads must validate without trapping, with positions inside the file; `fmt` of
/// it must read back, mean the same data, be a fixed point, keep every comment (as libyaml's
/// scanner finds them) and write no block scalar another way; an unchanged flow must write back
/// byte for byte, and an edited one must read back as the edit, keep every comment and change
/// nothing else.
public enum RoundTripCheck {
  /// Why `bytes` broke a property, or nil when they kept them all.
  public static func failure(for bytes: [UInt8]) -> String? {
    let text = SourceText(bytes: bytes)
    let file: YAMLFile
    do {
      file = try YAMLReader.read(text)
    } catch {
      return isInside(error.location, text) && !error.code.isEmpty
        ? nil : "read error outside the file: \(error.location) \(error.code)"
    }
    for diagnostic in ResourceValidator.validate(file) {
      if let location = diagnostic.location, !isInside(location, text) {
        return "diagnostic outside the file: \(diagnostic.formatted)"
      }
    }
    if let failure = formattingFailure(file) { return failure }
    for index in file.documents.indices
    where ResourceKind(of: file.documents[index]) == .promotionFlow {
      if let failure = flowFailure(file, documentIndex: index) { return failure }
    }
    return nil
  }

  /// How the comments changed, when their multiset did: a comment may move, never go or appear.
  static func commentChange(_ before: YAMLTokens, _ after: YAMLTokens) -> String? {
    // fmt may join a node's comments on one line (`v # one # two`, `v # ##`): compare the
    // pieces, each after the first having lost its `#` to the split.
    // Split on Unicode scalars: `#` followed by a combining mark is one Character.
    func pieces(_ comments: [String]) -> [String] {
      comments.flatMap { comment in
        var parts: [String.UnicodeScalarView] = [String.UnicodeScalarView()]
        var previous: Unicode.Scalar?
        for scalar in comment.unicodeScalars {
          if scalar == "#", previous == " " || previous == "\t", !parts[parts.count - 1].isEmpty {
            parts.append(String.UnicodeScalarView())
          }
          parts[parts.count - 1].append(scalar)
          previous = scalar
        }
        return parts.map { String($0).trimmingCharacters(in: .whitespaces) }
      }.sorted()
    }
    let old = pieces(before.comments)
    guard old != pieces(after.comments) else { return nil }
    var remaining = pieces(after.comments)
    var lost: [String] = []
    for comment in old {
      if let index = remaining.firstIndex(of: comment) {
        remaining.remove(at: index)
      } else {
        lost.append(comment)
      }
    }
    return "changed the comments: lost \(lost), gained \(remaining)"
  }

  static func isInside(_ location: SourceLocation, _ text: SourceText) -> Bool {
    location.line >= 1 && location.line <= text.lineCount + 1 && location.column >= 1
  }

  static func formattingFailure(_ file: YAMLFile) -> String? {
    let formatted = YAMLFormatter.format(file)
    let reread: YAMLFile
    do {
      reread = try YAMLReader.read(formatted)
    } catch {
      return "fmt output does not read back (\(error)):\n\(formatted)"
    }
    let again = YAMLFormatter.format(reread)
    if again != formatted { return "fmt is not idempotent:\n\(formatted)\n---\n\(again)" }
    if let before = YAMLTokens(file.text.string), let after = YAMLTokens(formatted) {
      if let change = commentChange(before, after) { return "fmt \(change):\n\(formatted)" }
      if after.blockScalars < before.blockScalars {
        return
          "fmt wrote \(before.blockScalars - after.blockScalars) block scalar(s) another way:\n\(formatted)"
      }
    }
    if let tagsBefore = try? YAMLData.customTags(file.text.string),
      let tagsAfter = try? YAMLData.customTags(formatted), tagsBefore != tagsAfter
    {
      return "fmt moved or changed tags: \(tagsBefore) → \(tagsAfter)\n\(formatted)"
    }
    // Yams, the independent reader here, drops a leading U+FEFF from values, so it cannot judge
    // files with one; promoflow writes every U+FEFF as this escape.
    if formatted.contains("\\uFEFF") { return nil }
    guard let before = try? YAMLData.documents(file.text.string) else { return nil }
    guard let after = try? YAMLData.documents(formatted) else {
      return "Yams reads the input but not fmt's output:\n\(formatted)"
    }
    let meaningful = { (documents: [YAMLData]) in documents.filter { $0 != .null } }
    if meaningful(before) != meaningful(after) {
      return "fmt changed the data: \(before) → \(after)\n\(formatted)"
    }
    return nil
  }

  static func flowFailure(_ file: YAMLFile, documentIndex: Int) -> String? {
    var document = FlowDocument(file: file, documentIndex: documentIndex)
    if document.text != file.text.string { return "an unchanged flow does not write back as read" }
    guard let step = document.flow.steps.first(where: { !$0.environment.isEmpty }) else {
      return nil
    }
    let action: PromotionAction = step.action == .pullRequest ? .commit : .pullRequest
    guard case .success(let edited) = document.flow.settingAction(action, of: step.environment)
    else { return nil }
    document.flow = edited
    let text = document.text
    let reread: YAMLFile
    do {
      reread = try YAMLReader.read(text)
    } catch {
      return "the edited flow does not read back (\(error)):\n\(text)"
    }
    guard reread.documents.indices.contains(documentIndex) else {
      return "the edit lost documents:\n\(text)"
    }
    let decoded = FlowDecoder.decode(reread.documents[documentIndex])
    if decoded.withoutOrigins != edited.withoutOrigins {
      return "the edit reads back as \(decoded), not \(edited):\n\(text)"
    }
    if let before = YAMLTokens(file.text.string), let after = YAMLTokens(text),
      let change = commentChange(before, after)
    {
      return "the edit \(change):\n\(text)"
    }
    guard let stepIndex = step.origin else { return nil }
    return otherDataFailure(
      original: file.text.string, edited: text, documentIndex: documentIndex,
      stepIndex: stepIndex)
  }
}

extension PromotionFlow {
  /// The flow without where its steps were read from, to compare flows across files.
  public var withoutOrigins: PromotionFlow {
    var copy = self
    for index in copy.steps.indices { copy.steps[index].origin = nil }
    return copy
  }
}
