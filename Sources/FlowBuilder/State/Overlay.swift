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
    /// "None", "By policy": clears the value.
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
    /// `H`: which hook of the environment (of the flow, for the trigger) to set.
    case hookChoice(environment: String)
    /// A click on the connector entering a target: its Pre-Action or Post-Action.
    case connector(environment: String)
    case hook(environment: String, field: Hooks.Field)
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
  /// Names that cannot be created here (the flow's environments): typing one says so.
  public var taken: Set<String> = []

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

  /// The query as a name, when it names an environment already in the flow.
  public var takenName: String? {
    let typed = query.trimmingCharacters(in: " ")
    return taken.contains(typed) ? typed : nil
  }

  /// What the list says when nothing matches.
  public var hintText: String {
    takenName.map { "\($0) is already in this flow" } ?? emptyHint
  }
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

/// "Remove <environment>?": reconnect its dependents, or remove what is downstream too — each
/// choice naming the environments it reconnects or removes.
public struct RemoveDialog: Equatable, Sendable {
  public var environment: String
  public var reconnectTo: [String]
  /// The steps that wait for it directly.
  public var dependents: [String]
  public var downstream: [String]
  /// 0: reconnect (the default), 1: cascade.
  public var choice = 0

  public var options: [String] {
    let targets = reconnectTo.isEmpty ? "nothing" : Self.names(reconnectTo, room: 20)
    let reconnect =
      dependents.isEmpty
      ? "Remove only \(environment) (nothing waits for it)"
      : "Reconnect \(Self.names(dependents, room: 30)) to \(targets)"
    let cascade =
      downstream.isEmpty
      ? "Remove only \(environment) (nothing comes after it)"
      : "Also remove \(Self.names(downstream, room: 46))"
    return [reconnect, cascade]
  }

  /// Names joined by commas, as many as fit in `room` characters, then "and N more".
  public static func names(_ names: [String], room: Int) -> String {
    var shown: [String] = []
    var length = 0
    for (index, name) in names.enumerated() {
      let rest = names.count - index - 1
      let needed = length + name.count + (shown.isEmpty ? 0 : 2)
      if !shown.isEmpty && needed + (rest > 0 ? 12 : 0) > room {
        return shown.joined(separator: ", ") + " and \(names.count - index) more"
      }
      shown.append(name)
      length = needed
    }
    return shown.joined(separator: ", ")
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
