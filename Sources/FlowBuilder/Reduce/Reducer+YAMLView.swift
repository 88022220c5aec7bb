import PromotionKit

/// The YAML view: showing the text a save would write, moving in it, editing it in place or in
/// the user's editor, and applying an edit only when the text parses and validates — as one
/// undoable step — or keeping it open with its problems at their lines.
extension Reducer {
  static func openYAMLView(_ state: inout AppState) {
    var view = YAMLView(text: state.document.text)
    if let name = state.selection,
      let lines = view.environmentLines.first(where: { $0.name == name })
    {
      view.line = max(0, lines.first - 1)
    }
    state.yaml = view
    revealCursor(&state)
  }

  static func closeYAMLView(_ state: inout AppState) {
    guard let view = state.yaml else { return }
    if state.unparsedFile {
      state.message = StatusMessage(unparsedReason, kind: .error)
      return
    }
    if view.isDirty {
      state.overlays.append(
        .confirm(
          ChoiceDialog(
            title: "Discard the text edit?",
            text: "The edited text is not valid, so the canvas cannot show it.",
            options: ["Keep the text and fix it", "Discard the text edit"],
            purpose: .discardTextEdit)))
      return
    }
    if let name = view.environmentAtCursor { state.selection = name }
    state.yaml = nil
    revealSelection(&state)
  }

  /// Rebuilds the view from the document after the flow changed (undo, redo, save), keeping the
  /// cursor line; an unapplied text edit is left alone.
  static func refreshYAMLView(_ state: inout AppState) {
    guard let old = state.yaml, !old.isDirty else { return }
    var view = YAMLView(text: state.document.text)
    view.line = min(old.line, max(0, view.lines.count - 1))
    view.scroll = old.scroll
    state.yaml = view
  }

  static func reduceYAMLView(_ state: inout AppState, _ action: YAMLAction, effects: inout [Effect])
  {
    guard var view = state.yaml else { return }
    let page = max(1, state.screenHeight - 4)
    switch action {
    case .startSearch:
      startSearch(&state)
      return
    case .searchNext, .searchPrevious:
      search(&state, backwards: action == .searchPrevious)
      return
    case .lineUp: view.line -= 1
    case .lineDown: view.line += 1
    case .pageUp: view.line -= page
    case .pageDown: view.line += page
    case .top: view.line = 0
    case .bottom: view.line = view.lines.count - 1
    case .startEditing:
      view.isEditing = true
      view.column = min(
        view.column, view.lines.indices.contains(view.line) ? view.lines[view.line].count : 0)
    case .externalEdit:
      effects.append(.editExternally(view.text + "\n"))
    }
    view.clampCursor()
    state.yaml = view
    revealCursor(&state)
  }

  /// Applies the text of the YAML view if it parses and validates; otherwise keeps it, with each
  /// problem at its line.
  static func applyTextEdit(_ state: inout AppState) {
    guard var view = state.yaml, view.isDirty else { return }
    let text = view.text + "\n"
    let file: YAMLFile
    do {
      file = try YAMLReader.read(text)
    } catch {
      view.diagnostics = [error.diagnostic()]
      state.yaml = view
      state.message = StatusMessage(
        "The text is not valid YAML: fix it (i), \(giveUpHint(state))", kind: .error)
      return
    }
    guard let index = file.documents.firstIndex(where: { ResourceKind(of: $0) == .promotionFlow })
    else {
      view.diagnostics = [
        .error(
          "invalid-document", "there is no PromotionFlow in the text any more",
          at: SourceLocation(line: 1, column: 1))
      ]
      state.yaml = view
      state.message = StatusMessage(
        "The text has no PromotionFlow: fix it (i), \(giveUpHint(state))", kind: .error)
      return
    }
    let diagnostics = FlowValidator.validate(
      file: file, documentIndex: index, context: state.validationContext)
    let errors = diagnostics.filter { $0.severity == .error }
    if !errors.isEmpty {
      view.diagnostics = diagnostics
      state.yaml = view
      state.message = StatusMessage(
        "The text has \(errors.count) error\(errors.count == 1 ? "" : "s") (shown at their lines): fix them (i), \(giveUpHint(state))",
        kind: .error)
      return
    }
    var snapshot = state.current
    snapshot.document = FlowDocument(file: file, documentIndex: index)
    commit(snapshot, to: &state, message: "Applied the text edit")
    finishUnparsed(&state)
    var applied = YAMLView(text: state.document.text)
    applied.line = min(view.line, max(0, applied.lines.count - 1))
    applied.scroll = view.scroll
    applied.diagnostics = diagnostics
    state.yaml = applied
  }

  /// Scrolls the YAML view so the cursor line shows.
  static func revealCursor(_ state: inout AppState) {
    guard var view = state.yaml else { return }
    view.clampCursor()
    let rows = max(
      1, ScreenLayout(of: state).graphArea.height)
    if view.line < view.scroll { view.scroll = view.line }
    if view.line >= view.scroll + rows { view.scroll = view.line - rows + 1 }
    view.scroll = max(0, min(view.scroll, max(0, view.lines.count - rows)))
    state.yaml = view
  }

  static func finishExternalEdit(_ state: inout AppState, _ result: Result<String, EditorFailure>) {
    if case .commitDialog(var dialog)? = state.topOverlay, case .success(let text) = result {
      dialog.takeMessage(text)
      replaceTop(.commitDialog(dialog), in: &state)
      state.message = StatusMessage("The message is as your editor left it")
      return
    }
    switch result {
    case .failure(let failure):
      state.message = StatusMessage("The editor failed: \(failure.message)", kind: .error)
    case .success(let text):
      guard var view = state.yaml else { return }
      var lines = YAMLView.split(text)
      if lines.isEmpty { lines = [""] }
      view.typingHistory.append(
        YAMLView.TextState(lines: view.lines, line: view.line, column: view.column))
      view.lines = lines
      view.isEditing = false
      view.isDirty = view.text + "\n" != view.baseText
      view.clampCursor()
      state.yaml = view
      if view.isDirty {
        applyTextEdit(&state)
      } else {
        state.message = StatusMessage("The editor left the text unchanged")
      }
    }
  }
}
