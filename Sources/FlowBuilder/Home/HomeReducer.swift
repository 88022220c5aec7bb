import PromotionKit

/// The home screen's logic: `reduce(state, action)` returns the next state and what the edge
/// must do (open the editor, copy or delete a file, leave). Each mode's switch is over the
/// home's own actions, so nothing of the editor's reaches it.
public enum HomeReducer {
  public static func reduce(_ state: HomeState, _ action: HomeAction) -> (HomeState, [HomeEffect]) {
    var state = state
    var effects: [HomeEffect] = []
    switch action {
    case .resize(let width, let height):
      state.screenWidth = max(0, width)
      state.screenHeight = max(0, height)
    case .rescanned(let summary):
      state.summary = summary
      state.selected = min(state.selected, max(0, state.visibleFlows.count - 1))
    case .failed(let reason):
      state.message = StatusMessage(reason, kind: .error)
    default:
      switch state.mode {
      case .tooSmall:
        if action == .quit { finish(&state, &effects) }
      case .list, .filter: reduceList(&state, action, &effects)
      case .name: reduceName(&state, action, &effects)
      case .confirmDelete: reduceDelete(&state, action, &effects)
      case .problems: reduceProblems(&state, action, &effects)
      case .help: reduceHelp(&state, action)
      }
    }
    return (state, effects)
  }

  static func finish(_ state: inout HomeState, _ effects: inout [HomeEffect]) {
    state.finished = true
    effects.append(.exit)
  }

  static func reduceList(
    _ state: inout HomeState, _ action: HomeAction, _ effects: inout [HomeEffect]
  ) {
    state.message = nil
    let count = state.visibleFlows.count
    let page = max(1, state.screenHeight - 8)
    switch action {
    case .up: state.selected = max(0, state.selected - 1)
    case .down: state.selected = min(max(0, count - 1), state.selected + 1)
    case .pageUp: state.selected = max(0, state.selected - page)
    case .pageDown: state.selected = min(max(0, count - 1), state.selected + page)
    case .choose(let index) where (0..<count).contains(index): state.selected = index
    case .confirm:
      state.isFiltering = false
      guard let flow = state.selectedFlow else {
        state.message = StatusMessage(
          count == 0 && state.query.isEmpty
            ? "No flows yet: n creates one" : "No flow matches the filter")
        return
      }
      effects.append(.open(flow.file, at: nil))
    case .startFilter: state.isFiltering = true
    case .type(let character) where state.isFiltering:
      guard !character.isNewline, state.query.count < 200 else { return }
      state.query.append(character)
      state.selected = 0
    case .backspace where state.isFiltering:
      if !state.query.isEmpty { state.query.removeLast() }
      state.selected = 0
    case .cancel:
      state.isFiltering = false
      state.query = ""
    case .newFlow: state.overlay = .name(NameField())
    case .copyFlow:
      guard let flow = state.selectedFlow, flow.environments != nil else {
        state.message = StatusMessage("Choose a flow that reads to copy it", kind: .error)
        return
      }
      state.overlay = .name(NameField(copying: flow, text: flow.name + "-copy"))
    case .deleteFlow:
      guard let flow = state.selectedFlow else { return }
      if flow.sharesFile {
        state.message = StatusMessage(
          "\(flow.file) holds other resources too: remove the flow from it in a text editor",
          kind: .error)
      } else {
        state.overlay = .confirmDelete(flow)
      }
    case .showProblems:
      if state.allProblems.isEmpty {
        state.message = StatusMessage("No problems in the workspace")
      } else {
        state.overlay = .problems(highlighted: 0)
      }
    case .help: state.overlay = .help(scroll: 0)
    case .quit: finish(&state, &effects)
    case .choose, .type, .backspace, .resize, .rescanned, .failed: break
    }
  }

  static func reduceName(
    _ state: inout HomeState, _ action: HomeAction, _ effects: inout [HomeEffect]
  ) {
    guard case .name(var field) = state.overlay else { return }
    switch action {
    case .type(let character) where !character.isNewline && field.text.count < 253:
      field.text.append(character)
    case .backspace:
      if !field.text.isEmpty { field.text.removeLast() }
    case .cancel:
      state.overlay = nil
      return
    case .confirm:
      if let problem = field.problem(in: state.summary) {
        state.message = StatusMessage(problem, kind: .error)
        return
      }
      state.overlay = nil
      let file = field.file(in: state.summary)
      if let source = field.copying {
        effects.append(.copy(from: source.file, name: field.text, to: file))
      } else {
        effects.append(.open(file, at: nil))
      }
      return
    default:
      return
    }
    state.message = nil
    state.overlay = .name(field)
  }

  static func reduceDelete(
    _ state: inout HomeState, _ action: HomeAction, _ effects: inout [HomeEffect]
  ) {
    guard case .confirmDelete(let flow) = state.overlay else { return }
    switch action {
    case .confirm:
      state.overlay = nil
      effects.append(.delete(flow.file))
      state.message = StatusMessage("Deleted \(flow.file)", kind: .success)
    case .cancel, .quit:
      state.overlay = nil
      state.message = StatusMessage("Kept \(flow.file)")
    default:
      break
    }
  }

  static func reduceProblems(
    _ state: inout HomeState, _ action: HomeAction, _ effects: inout [HomeEffect]
  ) {
    guard case .problems(var highlighted) = state.overlay else { return }
    let problems = state.allProblems
    let last = max(0, problems.count - 1)
    switch action {
    case .up: highlighted = max(0, highlighted - 1)
    case .down: highlighted = min(last, highlighted + 1)
    case .pageUp: highlighted = max(0, highlighted - 10)
    case .pageDown: highlighted = min(last, highlighted + 10)
    case .choose(let index) where problems.indices.contains(index): highlighted = index
    case .confirm:
      guard problems.indices.contains(highlighted), let file = problems[highlighted].file else {
        return
      }
      let problem = problems[highlighted]
      if state.summary.flows.contains(where: { $0.file == file }) {
        state.overlay = nil
        effects.append(.open(file, at: problem))
      } else {
        let place = problem.location.map { "\(file):\($0.line):\($0.column)" } ?? file
        state.message = StatusMessage(
          "\(place): \(problem.message) (not a flow: open it in your editor)")
      }
      return
    case .cancel, .showProblems, .quit:
      state.overlay = nil
      return
    default:
      return
    }
    state.overlay = .problems(highlighted: highlighted)
  }

  static func reduceHelp(_ state: inout HomeState, _ action: HomeAction) {
    guard case .help(let scroll) = state.overlay else { return }
    switch action {
    case .up: state.overlay = .help(scroll: max(0, scroll - 1))
    case .down: state.overlay = .help(scroll: scroll + 1)
    case .cancel, .help, .quit: state.overlay = nil
    default: break
    }
  }
}
