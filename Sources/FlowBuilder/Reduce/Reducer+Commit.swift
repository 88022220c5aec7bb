import Foundation
import PromotionKit

/// Committing: save first (with the changed-on-disk guard), learn the branch and diff, show the
/// commit dialog with a suggested message, then commit exactly the files promoflow wrote.
extension Reducer {
  /// The files a commit takes: the flow and everything this session wrote.
  static func commitPaths(_ state: AppState) -> [String] {
    var paths = [state.filePath]
    for path in state.writtenFiles where !paths.contains(path) { paths.append(path) }
    return paths
  }

  static func startCommit(_ state: inout AppState, effects: inout [Effect]) {
    requestSave(&state, .commit, writeReadOnly: false, effects: &effects)
  }

  static func openCommitDialog(_ state: inout AppState, _ preparation: CommitPreparation) {
    guard let repository = preparation.repository else {
      state.message = StatusMessage(preparation.error ?? "Not a git repository", kind: .error)
      return
    }
    if let error = preparation.error {
      state.message = StatusMessage(error, kind: .error)
      return
    }
    if preparation.diff.isEmpty {
      state.message = StatusMessage(
        "Nothing to commit: \(state.displayPath) is as in the last commit")
      return
    }
    let committed = committedFlow(preparation.committedText, state)
    let changes = FlowDiff(from: committed, to: state.flow)
    let message = changes.commitMessage(new: state.flow)
    var dialog = CommitDialog(
      repository: repository, paths: preparation.paths, diff: preparation.diff,
      branch: preparation.branch,
      message: message.subject,
      newBranch: GitCommands.suggestedBranch(
        flow: state.flow.name, summary: changes.lines(new: state.flow).first?.text ?? "update"))
    dialog.summary = changes.lines(new: state.flow)
    dialog.body = message.body
    state.overlays.append(.commitDialog(dialog))
  }

  /// The flow as the last commit has it: read from the committed text; a flow not committed yet
  /// is compared with an empty one (everything is added); committed text that does not read as
  /// a flow falls back to the flow as opened.
  static func committedFlow(_ text: String?, _ state: AppState) -> PromotionFlow {
    guard let text else {
      return PromotionFlow(name: state.flow.name)
    }
    switch FlowDocument.firstFlow(in: text, path: state.filePath) {
    case .success(let flow?): return flow
    case .success(nil): return PromotionFlow(name: state.flow.name)
    case .failure: return state.openedFlow
    }
  }

  static func reduceCommitDialog(
    _ state: inout AppState, _ dialog: CommitDialog, _ action: CommitDialogAction,
    effects: inout [Effect]
  ) {
    var dialog = dialog
    let fields = CommitDialog.Field.allCases.filter { $0 != .newBranchName || dialog.onNewBranch }
    let position = fields.firstIndex(of: dialog.field) ?? 0
    switch action {
    case .nextField:
      dialog.field = fields[(position + 1) % fields.count]
    case .previousField:
      dialog.field = fields[(position + fields.count - 1) % fields.count]
    case .externalEdit:
      effects.append(.editExternally(dialog.fullMessage + "\n"))
    case .scrollDiff(up: true):
      dialog.diffScroll = max(0, dialog.diffScroll - 5)
    case .scrollDiff(up: false):
      dialog.diffScroll = min(max(0, dialog.reviewLines.count - 1), dialog.diffScroll + 5)
    case .text(let edit):
      editCommitField(&dialog, edit)
    case .confirm:
      submit(&dialog, effects: &effects)
    case .cancel:
      closeOverlay(&state)
      return
    }
    replaceTop(.commitDialog(dialog), in: &state)
  }

  /// A keystroke in the focused field: Space switches the branch choice and the push box; the
  /// message and a new branch's name are edited as text.
  static func editCommitField(_ dialog: inout CommitDialog, _ edit: LineEdit) {
    switch dialog.field {
    case .branch where edit == .type(" "):
      dialog.onNewBranch.toggle()
    case .push where edit == .type(" "):
      dialog.push.toggle()
    case .message:
      editLine(
        &dialog.message, &dialog.messageCursor, selected: &dialog.messageSelected, edit)
    case .newBranchName:
      var selected = false
      editLine(&dialog.newBranch, &dialog.newBranchCursor, selected: &selected, edit)
    case .branch, .push:
      break
    }
  }

  /// Commits when the message and the branch are right, else says what is wrong in the dialog.
  static func submit(_ dialog: inout CommitDialog, effects: inout [Effect]) {
    if dialog.message.trimmingCharacters(in: " ").isEmpty {
      dialog.error = "Write a commit message"
    } else if !dialog.onNewBranch && dialog.branch == nil {
      dialog.error =
        "You are on a detached HEAD: commit on a new branch (Tab to the branch choice, Space)"
    } else if dialog.onNewBranch, let problem = GitCommands.branchNameProblem(dialog.newBranch) {
      dialog.error = problem.capitalizedFirst
    } else {
      dialog.error = nil
      effects.append(
        .commit(
          CommitRequest(
            repository: dialog.repository, paths: dialog.paths, message: dialog.fullMessage,
            newBranch: dialog.onNewBranch ? dialog.newBranch : nil, push: dialog.push)))
    }
  }

  static func finishCommit(_ state: inout AppState, _ outcome: CommitOutcome) {
    switch outcome {
    case .committed(let sha, let branch, let pushed, let pushError):
      state.overlays.removeAll { if case .commitDialog = $0 { return true } else { return false } }
      state.openedFlow = state.flow
      state.writtenFiles = []
      var text = "Committed \(sha) on \(branch)"
      if pushed { text += " and pushed" }
      if let pushError {
        text += "; the push failed: \(pushError)"
        state.message = StatusMessage(text, kind: .error)
      } else {
        state.message = StatusMessage(text, kind: .success)
      }
    case .failed(let reason):
      if case .commitDialog(var dialog)? = state.topOverlay {
        dialog.error = reason
        replaceTop(.commitDialog(dialog), in: &state)
      } else {
        state.message = StatusMessage(reason, kind: .error)
      }
    }
  }

  /// Answers to the changed-on-disk, reload and discard questions.
  static func reduceChoice(
    _ state: inout AppState, _ dialog: ChoiceDialog, _ action: ChoiceAction,
    effects: inout [Effect]
  ) {
    var dialog = dialog
    switch action {
    case .previous:
      dialog.choice = (dialog.choice + dialog.options.count - 1) % dialog.options.count
    case .next:
      dialog.choice = (dialog.choice + 1) % dialog.options.count
    case .choose(let index):
      guard dialog.options.indices.contains(index) else { return }
      dialog.choice = index
      replaceTop(dialog.overlay, in: &state)
      reduceChoice(&state, dialog, .confirm, effects: &effects)
      return
    case .confirm:
      state.overlays.removeLast()
      answer(&state, dialog, effects: &effects)
      return
    case .cancel:
      closeOverlay(&state)
      return
    }
    replaceTop(dialog.overlay, in: &state)
  }

  static func answer(_ state: inout AppState, _ dialog: ChoiceDialog, effects: inout [Effect]) {
    switch (dialog.purpose, dialog.choice) {
    case (.diskChanged, 1):
      var request = saveRequest(for: state)
      request.force = true
      effects.append(.save(request))
    case (.diskChanged(let diskText), 2):
      state.overlays.append(
        .confirm(
          ChoiceDialog(
            title: "Reload \(state.displayPath)?",
            text: "Your changes since the last save will be lost.",
            options: ["Keep my changes", "Reload from disk and lose my changes"],
            purpose: .reload(diskText: diskText))))
    case (.reload(let diskText), 1):
      reload(&state, from: diskText)
    case (.discardTextEdit, 1):
      discardTextEdit(&state)
      state.message = StatusMessage("Discarded the text edit")
      revealSelection(&state)
    case (.changedWhileOpen(let diskText), 0):
      reload(&state, from: diskText)
    case (.changedWhileOpen, 1):
      state.message = StatusMessage(
        "Kept your version; saving asks before it overwrites the change on disk")
    case (.diskChanged(let diskText), 3), (.changedWhileOpen(let diskText), 2):
      // The question stays under the differences: Esc there comes back to it.
      state.overlays.append(dialog.overlay)
      let diff = LineDiff.unified(
        old: diskText, new: state.document.text, oldName: "on disk", newName: "yours")
      state.overlays.append(
        .diff(title: "\(state.displayPath): on disk → yours", lines: diff, scroll: 0))
    case (.saveWithErrors(let intent, let writeReadOnly), 1):
      requestSave(
        &state, intent, writeReadOnly: writeReadOnly, errorsConfirmed: true, effects: &effects)
    default:
      state.quitAfterSave = false
      state.commitAfterSave = false
    }
  }

  /// Drops a text edit of the YAML view that was not applied, and closes the view.
  static func discardTextEdit(_ state: inout AppState) {
    state.yaml = nil
  }

  /// The watcher saw the flow file change on disk: ask what to do (or say it is gone).
  static func noticeDiskChange(_ state: inout AppState, _ text: String?) {
    guard text != state.diskText else { return }
    state.overlays.removeAll {
      if case .diskChanged(let dialog) = $0, case .changedWhileOpen = dialog.purpose { return true }
      return false
    }
    let file = (state.displayPath as NSString).lastPathComponent
    guard let text else {
      state.diskText = nil
      state.message = StatusMessage(
        "\(file) was deleted on disk: s writes it again", kind: .error)
      return
    }
    let modified = state.isModified
    state.overlays.append(
      .diskChanged(
        ChoiceDialog(
          title: "\(file) changed on disk",
          text: modified
            ? "Something else changed the file while you were editing it; your unsaved changes are still here."
            : "Something else changed the file; you have no unsaved changes.",
          options: [
            modified ? "Reload it from disk (lose your changes)" : "Reload it from disk",
            "Keep mine (a save asks before overwriting)", "Show the differences",
          ],
          choice: modified ? 1 : 0, purpose: .changedWhileOpen(diskText: text))))
  }

  static func reload(_ state: inout AppState, from text: String) {
    do {
      let file = try YAMLReader.read(text)
      if let refusal = FlowDocument.refusal(for: file, path: state.displayPath) {
        state.message = StatusMessage("Cannot reload: \(refusal.message)", kind: .error)
        return
      }
      let document = FlowDocument(file: file, newFlowName: state.flow.name)
      let snapshot = Snapshot(document: document)
      state.current = snapshot
      state.saved = snapshot
      state.history = History()
      state.diskText = text
      state.openedFlow = document.flow
      state.message = StatusMessage("Reloaded \(state.displayPath) from disk")
      refresh(&state, keepPositions: false)
      refreshYAMLView(&state)
    } catch {
      state.message = StatusMessage(
        "Cannot reload: \(state.displayPath) is not valid YAML (\(error))", kind: .error)
    }
  }
}

extension ChoiceDialog {
  var overlay: Overlay {
    switch purpose {
    case .diskChanged, .changedWhileOpen: return .diskChanged(self)
    case .reload, .discardTextEdit, .saveWithErrors: return .confirm(self)
    }
  }
}
