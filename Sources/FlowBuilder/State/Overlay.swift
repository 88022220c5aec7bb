import PromotionKit

/// A modal layer over the canvas: it takes the keys until it is confirmed or cancelled. Overlays
/// stack (a form opened from a picker sits on top of it).
public enum Overlay: Equatable, Sendable {
  case picker(Picker)
  case checklist(Checklist)
  case form(Form)
  case removeDialog(RemoveDialog)
  case quitPrompt
  case help(scroll: Int)
  case inspector(environment: String, scroll: Int)
  /// Lines to read (a diff), with a title.
  case diff(title: String, lines: [String], scroll: Int)
  case commitDialog(CommitDialog)
  /// The flow file changed on disk since promoflow read or wrote it.
  case diskChanged(ChoiceDialog)
  /// A question about losing work.
  case confirm(ChoiceDialog)
  /// `!`: the problems list.
  case problems(ProblemsList)
}

/// A question with a few answers; the highlighted one is chosen with Enter, Esc cancels.
public struct ChoiceDialog: Equatable, Sendable {
  /// What answering does.
  public enum Purpose: Equatable, Sendable {
    /// Found when saving: the file changed since it was read or saved.
    case diskChanged(diskText: String)
    /// Noticed while the file is open.
    case changedWhileOpen(diskText: String)
    case reload(diskText: String)
    case discardTextEdit
    /// The flow has errors: save (and then quit or commit) anyway?
    case saveWithErrors(SaveIntent, writeReadOnly: Bool)
  }

  public var title: String
  public var text: String
  public var options: [String]
  public var choice = 0
  public var purpose: Purpose

  public init(title: String, text: String, options: [String], choice: Int = 0, purpose: Purpose) {
    self.title = title
    self.text = text
    self.options = options
    self.choice = choice
    self.purpose = purpose
  }
}

/// One entry of a picker or checklist.
public struct ListItem: Equatable, Sendable {
  public enum Kind: Equatable, Sendable {
    case value
    /// "None", "Use promotion policy": clears the value.
    case clear
    /// "+ New workflow…": opens a form.
    case create
  }

  public var value: String
  public var label: String
  public var detail: String
  public var kind: Kind

  public init(value: String, label: String? = nil, detail: String = "", kind: Kind = .value) {
    self.value = value
    self.label = label ?? value
    self.detail = detail
    self.kind = kind
  }
}

/// A list that filters as the user types, best match first.
public struct Picker: Equatable, Sendable {
  /// What choosing an item does.
  public enum Purpose: Equatable, Sendable {
    case trigger
    case addTarget(after: String)
    case action(environment: String)
    case preAction(environment: String)
    case postAction(environment: String)
    case triggerWorkflow
    case product
    case find
  }

  public var title: String
  public var purpose: Purpose
  public var items: [ListItem]
  public var query = ""
  public var highlighted = 0
  /// Shown when nothing matches.
  public var emptyHint: String

  public init(
    title: String, purpose: Purpose, items: [ListItem], emptyHint: String = "nothing matches"
  ) {
    self.title = title
    self.purpose = purpose
    self.items = items
    self.emptyHint = emptyHint
  }

  /// The items that match the query, best first.
  public var matches: [FuzzyMatch] { FuzzyMatch.rank(items, query: query) }
}

/// "Depends on": the flow's other environments, each checked or not.
public struct Checklist: Equatable, Sendable {
  public var title: String
  public var environment: String
  public var items: [ListItem]
  public var checked: Set<String>
  public var query = ""
  public var highlighted = 0

  public var matches: [FuzzyMatch] { FuzzyMatch.rank(items, query: query) }
}

/// "Remove <environment>?": reconnect its dependents, or remove what is downstream too.
public struct RemoveDialog: Equatable, Sendable {
  public var environment: String
  public var reconnectTo: [String]
  public var downstream: [String]
  /// 0: reconnect (the default), 1: cascade.
  public var choice = 0

  public var options: [String] {
    let targets = reconnectTo.isEmpty ? "nothing" : reconnectTo.joined(separator: ", ")
    let count = downstream.count
    return [
      "Reconnect next environments to \(targets)",
      "Remove \(count) downstream environment\(count == 1 ? "" : "s") too",
    ]
  }
}

extension String {
  func trimmingCharacters(in set: Character) -> String {
    var result = Substring(self)
    while result.first == set { result = result.dropFirst() }
    while result.last == set { result = result.dropLast() }
    return String(result)
  }
}

/// What a save is for: saving, or saving on the way to quitting or committing.
public enum SaveIntent: Equatable, Sendable {
  case save
  case quit
  case commit
}
