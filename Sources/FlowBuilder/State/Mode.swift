/// What the keys act on: the canvas, the YAML view, or the overlay on top. Decided here once,
/// from the state, and used both by the reducer to route an action and by the key map to read a
/// key — so the two can never disagree about where a key goes.
public enum Mode: String, Sendable, CaseIterable {
  case graph = "Canvas"
  case yaml = "YAML view"
  case yamlEdit = "YAML editing"
  case yamlSearch = "YAML search"
  case commitDialog = "Commit dialog"
  case choiceDialog = "Dialogs"
  case picker = "Lists"
  case checklist = "Depends on"
  case form = "Forms"
  case removeDialog = "Remove dialog"
  case quitPrompt = "Quit prompt"
  case help = "Help"
  case inspector = "Inspector"
  case problems = "Problems"
  case tooSmall = "Terminal too small"

  /// What typing `character` means in this mode: in a text field or filter, an unbound
  /// printable character is typed; elsewhere it means nothing.
  public func typing(_ character: Character) -> Action? {
    switch self {
    case .picker: return .picker(.filter(.type(character)))
    case .checklist: return .checklist(.filter(.type(character)))
    case .form: return .form(.text(.type(character)))
    case .yamlEdit: return .yamlEdit(.text(.type(character)))
    case .yamlSearch: return .yamlSearch(.type(character))
    case .commitDialog: return .commitDialog(.text(.type(character)))
    case .graph, .yaml, .choiceDialog, .removeDialog, .quitPrompt, .help, .inspector, .problems,
      .tooSmall:
      return nil
    }
  }

  /// True in modes with a text field or filter.
  public var takesText: Bool { typing("x") != nil }
}

extension AppState {
  /// The mode the state is in: too small a screen first, then the overlay on top, then the YAML
  /// view (reading or editing), else the canvas.
  public var mode: Mode {
    if ScreenLayout(width: screenWidth, height: screenHeight).isTooSmall { return .tooSmall }
    switch topOverlay {
    case nil:
      guard let yaml else { return .graph }
      if yaml.isEditing { return .yamlEdit }
      return yaml.searchQuery == nil ? .yaml : .yamlSearch
    case .picker?: return .picker
    case .checklist?: return .checklist
    case .form?: return .form
    case .removeDialog?: return .removeDialog
    case .quitPrompt?: return .quitPrompt
    case .help?: return .help
    case .inspector?, .diff?: return .inspector
    case .commitDialog?: return .commitDialog
    case .diskChanged?, .confirm?: return .choiceDialog
    case .problems?: return .problems
    }
  }
}
