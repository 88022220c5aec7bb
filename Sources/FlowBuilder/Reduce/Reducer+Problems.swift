import PromotionKit

/// The problems list (`!`): moving in it, and Enter going to the problem — the environment on
/// the canvas when it is about one, else its line in the YAML view; a problem of another file
/// is named with its place, as that file is not open here.
extension Reducer {
  static func openProblems(_ state: inout AppState) {
    let problems = state.allProblems
    guard !problems.isEmpty else {
      state.message = StatusMessage("No problems: the flow and the files it uses are valid")
      return
    }
    push(.problems(ProblemsList(problems)), on: &state)
  }

  static func reduceProblems(
    _ state: inout AppState, _ list: ProblemsList, _ action: ProblemsAction
  ) {
    var list = list
    switch action {
    case .move(let move):
      moveHighlight(&list.highlighted, move, count: list.entries.count, state: state)
      replaceTop(.problems(list), in: &state)
    case .choose(let index):
      guard list.entries.indices.contains(index) else { return }
      list.highlighted = index
      replaceTop(.problems(list), in: &state)
      reduceProblems(&state, list, .confirm)
    case .confirm:
      guard list.entries.indices.contains(list.highlighted) else { return }
      state.overlays.removeLast()
      go(to: list.entries[list.highlighted], &state)
    case .cancel:
      closeOverlay(&state)
    }
  }

  /// Opens the editor at a problem (from the home's problems list).
  public static func show(_ problem: Diagnostic, in state: inout AppState) {
    go(to: problem, &state)
  }

  /// Shows where `problem` is.
  static func go(to problem: Diagnostic, _ state: inout AppState) {
    if let file = problem.file, file != state.displayPath {
      let place = problem.location.map { "\(file):\($0.line):\($0.column)" } ?? file
      state.message = StatusMessage(
        "\(place): \(problem.message)", kind: problem.severity == .error ? .error : .info)
      return
    }
    if let name = problem.environment, state.flow.contains(name), state.yaml?.isDirty != true {
      state.yaml = nil
      state.selection = name
      revealSelection(&state)
    } else if let line = line(of: problem, in: state) {
      if state.yaml == nil { openYAMLView(&state) }
      state.yaml?.line = line - 1
      revealCursor(&state)
    }
    state.message = StatusMessage(
      problem.message.capitalizedFirst, kind: problem.severity == .error ? .error : .info)
  }

  /// The line of the YAML view a problem is at: where a text edit's problem was found, or where
  /// validating the text a save would write places it.
  static func line(of problem: Diagnostic, in state: AppState) -> Int? {
    if let location = problem.location { return location.line }
    guard let file = try? YAMLReader.read(state.document.text),
      let index = FlowDocument(file: file, newFlowName: "").documentIndex
    else { return nil }
    let located = FlowValidator.validate(
      file: file, documentIndex: index, context: state.validationContext)
    return located.first { $0.code == problem.code && $0.message == problem.message }?.location?
      .line
  }
}
