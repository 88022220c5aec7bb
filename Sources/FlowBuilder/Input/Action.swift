import PromotionKit

/// Everything a user can mean, whatever key or click expressed it, and what effects report back.
/// Each mode has its own action type, so its reducer's switch is exhaustive: a new case of one
/// does not compile until that mode says what it does. `Reducer.reduce` routes each to its mode.
public enum Action: Equatable, Sendable {
  public enum Direction: Equatable, Sendable {
    case up, down, left, right
  }

  /// The canvas's own keys (boxes or the list by wave).
  case canvas(CanvasAction)
  /// The file's commands, the same on the canvas and in the YAML view.
  case command(Command)
  /// Reading the YAML view.
  case yaml(YAMLAction)
  /// Editing the YAML text in place.
  case yamlEdit(YAMLEditAction)
  /// Typing a search of the YAML view.
  case yamlSearch(SearchAction)
  case picker(PickerAction)
  case checklist(ChecklistAction)
  case form(FormAction)
  /// The choice dialogs and the remove dialog.
  case choice(ChoiceAction)
  case quitPrompt(QuitPromptAction)
  /// Help, the inspector and the differences view.
  case reader(ReaderAction)
  case commitDialog(CommitDialogAction)
  case problems(ProblemsAction)

  // The mouse and the system.
  case click(x: Int, y: Int, time: Int)
  case wheel(x: Int, y: Int, rows: Int)
  case resize(width: Int, height: Int)
  case saveFinished(SaveOutcome)
  /// The text the external editor left (nil when it failed, with why).
  case externalEditFinished(Result<String, EditorFailure>)
  case commitPrepared(CommitPreparation)
  case commitFinished(CommitOutcome)
  /// The flow file as the last commit has it, for `D`.
  case committedVersionRead(Git.Version)
  /// The flow file on disk is no longer what promoflow last read or wrote (nil: it is gone).
  case fileChangedOnDisk(String?)
}

/// Why the external editor gave nothing back.
public struct EditorFailure: Error, Equatable, Sendable {
  public var message: String

  public init(_ message: String) { self.message = message }
}

/// What a save did.
public enum SaveOutcome: Equatable, Sendable {
  case saved(Snapshot, written: [String])
  case failed(String)
  /// The flow file is not what promoflow last read or wrote: something else changed it.
  case changedOnDisk(String)
  /// Nothing was written: these files are read-only (`S` writes them anyway).
  case readOnly([String])
}
