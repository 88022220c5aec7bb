import FlowBuilder
import TerminalCanvas

/// What a reducer test does: a key pressed — read through the real key map in the mode the
/// editor is in when it arrives, as the driver reads it — or an action sent as it is (a click, an
/// effect's result). The names say what the key is for, so a test reads as the user's steps.
enum Keystroke {
  case key(Key)
  case action(Action)
  /// The item shown at this position of the list on top, as a click picks it.
  case choose(Int)

  /// The action this stands for in `state` (nil: the key means nothing there).
  func action(in state: AppState) -> Action? {
    switch self {
    case .key(let key): return KeyMap.action(for: key, in: state.mode)
    case .action(let action): return action
    case .choose(let index):
      switch state.topOverlay {
      case .picker?: return .picker(.choose(index))
      case .checklist?: return .checklist(.choose(index))
      case .problems?: return .problems(.choose(index))
      case .removeDialog?, .diskChanged?, .confirm?: return .choice(.choose(index))
      default: return nil
      }
    }
  }

  static func move(_ direction: Action.Direction) -> Keystroke {
    switch direction {
    case .up: return .key(.up)
    case .down: return .key(.down)
    case .left: return .key(.left)
    case .right: return .key(.right)
    }
  }

  static func pan(_ direction: Action.Direction) -> Keystroke {
    switch direction {
    case .up: return .key(.shiftUp)
    case .down: return .key(.shiftDown)
    case .left: return .key(.shiftLeft)
    case .right: return .key(.shiftRight)
    }
  }

  static func type(_ character: Character) -> Keystroke { .key(.character(character)) }
  static func click(x: Int, y: Int, time: Int) -> Keystroke {
    .action(.click(x: x, y: y, time: time))
  }
  static func wheel(x: Int, y: Int, rows: Int) -> Keystroke {
    .action(.wheel(x: x, y: y, rows: rows))
  }
  static func resize(width: Int, height: Int) -> Keystroke {
    .action(.resize(width: width, height: height))
  }

  // What effects report.
  static func saveFinished(_ outcome: SaveOutcome) -> Keystroke { .action(.saveFinished(outcome)) }
  static func externalEditFinished(_ result: Result<String, EditorFailure>) -> Keystroke {
    .action(.externalEditFinished(result))
  }
  static func commitPrepared(_ preparation: CommitPreparation) -> Keystroke {
    .action(.commitPrepared(preparation))
  }
  static func commitFinished(_ outcome: CommitOutcome) -> Keystroke {
    .action(.commitFinished(outcome))
  }
  static func committedVersionRead(_ version: Git.Version) -> Keystroke {
    .action(.committedVersionRead(version))
  }
  static func fileChangedOnDisk(_ text: String?) -> Keystroke {
    .action(.fileChangedOnDisk(text))
  }

  // The canvas.
  static let add = type("a")
  static let editDependsOn = type("d")
  static let remove = type("x")
  static let chooseAction = type("e")
  static let choosePreAction = type("[")
  static let choosePostAction = type("]")
  static let chooseTriggerWorkflow = type("w")
  static let changeTrigger = type("t")
  static let editHooks = type("H")
  static let chooseProduct = type("p")
  static let inspect = key(.enter)
  /// `/`: find on the canvas, search in the YAML view.
  static let find = type("/")
  static let flowSettings = type("F")
  static let toggleCompact = type("z")
  static let toggleList = type("L")
  static let showChanges = type("D")
  static let top = key(.home)
  static let bottom = key(.end)

  // The file's commands.
  static let undo = type("u")
  static let redo = key(.control("r"))
  static let save = type("s")
  static let forceSave = type("S")
  static let commit = type("c")
  static let quit = type("q")
  static let help = type("?")
  static let showProblems = type("!")
  static let toggleView = key(.tab)

  // The YAML view.
  static let cursorUp = key(.up)
  static let cursorDown = key(.down)
  static let externalEdit = type("E")
  static let startEditing = type("i")
  static let finishEditing = key(.escape)
  static let newline = key(.enter)
  static let undoTyping = key(.control("u"))
  static let searchNext = type("n")
  static let searchPrevious = type("N")
  static let lineStart = key(.home)
  static let lineEnd = key(.end)

  // Lists, forms and dialogs.
  static let confirm = key(.enter)
  static let cancel = key(.escape)
  static let up = key(.up)
  static let down = key(.down)
  static let pageUp = key(.pageUp)
  static let pageDown = key(.pageDown)
  static let nextField = key(.tab)
  static let previousField = key(.backTab)
  static let backspace = key(.backspace)
  static let deleteForward = key(.delete)
  static let cursorLeft = key(.left)
  static let cursorRight = key(.right)
  static let toggle = type(" ")
  static let saveAndQuit = type("s")
  static let discardAndQuit = type("d")
  static let backToTextEdit = type("e")
}
