import FlowLayout
import PromotionKit

/// The flow builder's logic: `reduce(state, action)` returns the next state and the side effects
/// to run (writing files, leaving). It does no I/O, so every behaviour is testable without a
/// terminal.
public enum Reducer {
  public static func reduce(_ state: AppState, _ action: Action) -> (AppState, [Effect]) {
    var state = state
    var effects: [Effect] = []
    switch action {
    case .resize(let width, let height):
      state.screenWidth = max(0, width)
      state.screenHeight = max(0, height)
      revealSelection(&state)
    case .saveFinished(let outcome):
      finishSave(&state, outcome, effects: &effects)
    case .externalEditFinished(let result):
      finishExternalEdit(&state, result)
    case .commitPrepared(let preparation):
      openCommitDialog(&state, preparation)
    case .commitFinished(let outcome):
      finishCommit(&state, outcome)
    case .fileChangedOnDisk(let text):
      noticeDiskChange(&state, text)
    case .committedVersionRead(let version):
      startReview(&state, version)
    case .click, .wheel, .canvas, .command, .yaml, .yamlEdit, .yamlSearch, .picker, .checklist,
      .form, .choice, .quitPrompt, .reader, .commitDialog, .problems:
      let mode = state.mode
      if mode == .tooSmall {
        reduceWhileTooSmall(&state, action, effects: &effects)
      } else {
        route(&state, action, in: mode, effects: &effects)
      }
    }
    return (state, effects)
  }

  /// What the user did (a key's action, a click, the wheel) goes to the reducer of its mode, when
  /// that mode is the one the state is in — an action of another mode (a key pressed as the
  /// overlay it was meant for closed) means nothing. The terminal's size and the results of
  /// effects arrive whatever it shows, and are handled by `reduce` before this.
  static func route(
    _ state: inout AppState, _ action: Action, in mode: Mode, effects: inout [Effect]
  ) {
    switch action {
    case .click(let x, let y, let time):
      click(&state, x: x, y: y, time: time, effects: &effects)
    case .wheel(let x, let y, let rows):
      wheel(&state, x: x, y: y, rows: rows, effects: &effects)
    case .canvas(let action) where mode == .graph:
      reduceCanvas(&state, action, effects: &effects)
    case .command(let command) where mode == .graph || mode == .yaml:
      run(command, &state, effects: &effects)
    case .yaml(let action) where mode == .yaml:
      reduceYAMLView(&state, action, effects: &effects)
    case .yamlEdit(let action) where mode == .yamlEdit:
      reduceYAMLEdit(&state, action)
    case .yamlSearch(let action) where mode == .yamlSearch:
      reduceSearch(&state, action)
    case .picker, .checklist, .form, .choice, .quitPrompt, .reader, .commitDialog, .problems:
      reduceOverlay(&state, action, effects: &effects)
    case .canvas, .command, .yaml, .yamlEdit, .yamlSearch, .resize, .saveFinished,
      .externalEditFinished, .commitPrepared, .commitFinished, .committedVersionRead,
      .fileChangedOnDisk:
      break
    }
  }

  /// While the screen is too small to show what a key would do, only quitting works: it leaves
  /// at once when nothing would be lost, else opens the quit prompt for when the screen grows.
  static func reduceWhileTooSmall(
    _ state: inout AppState, _ action: Action, effects: inout [Effect]
  ) {
    guard action == .command(.quit) else { return }
    if !state.hasUnsavedWork {
      state.finished = true
      effects.append(.exit)
    } else if !state.overlays.contains(.quitPrompt) {
      state.overlays.append(.quitPrompt)
    }
  }

  /// Makes `snapshot` current as one undoable step, or says why not.
  static func apply(
    _ result: Result<PromotionFlow, FlowEditError>, to state: inout AppState, select: String? = nil,
    message: String
  ) -> Bool {
    switch result {
    case .success(let flow):
      var snapshot = state.current
      snapshot.flow = flow
      commit(snapshot, to: &state, select: select, message: message)
      return true
    case .failure(let error):
      state.message = StatusMessage(String(describing: error).capitalizedFirst, kind: .error)
      return false
    }
  }

  /// Records the current snapshot for undo and moves to `snapshot`.
  static func commit(
    _ snapshot: Snapshot, to state: inout AppState, select: String? = nil, message: String
  ) {
    guard snapshot != state.current else { return }
    state.history.record(state.current)
    state.current = snapshot
    if let select { state.selection = select }
    state.message = StatusMessage(message)
    refresh(&state)
  }

  /// Redraws the diagram after the flow, product or style changed, keeping boxes in place, and
  /// keeps the selection valid and visible.
  static func refresh(_ state: inout AppState, keepPositions: Bool = true) {
    let before = state.diagram.layout
    state.diagram = FlowDiagram(
      flow: state.flow, catalog: state.catalog, resolved: state.resolvedSteps,
      compact: state.compact,
      glyphs: state.glyphs,
      previous: keepPositions ? before : nil, recent: keepPositions ? state.recentLayouts : [],
      reusing: state.diagram)
    if state.diagram.layout.input != before.input {
      state.recentLayouts = Array(
        ([before] + state.recentLayouts.filter { $0.input != state.diagram.layout.input })
          .prefix(AppState.recentLayoutCount))
    }
    if let selection = state.selection, !state.flow.contains(selection) {
      state.selection = nil
    }
    if state.selection == nil { state.selection = state.flow.environments.first }
    state.validation = state.validated()
    if let review = state.review { state.review = Review(base: review.base, flow: state.flow) }
    revealSelection(&state)
    refreshYAMLView(&state)
  }

  /// Scrolls so the selected box (or list row) is inside the canvas area.
  static func revealSelection(_ state: inout AppState) {
    let area = ScreenLayout(of: state).graphArea
    if state.listView {
      let rows = ListView.rows(state.flow)
      let visible = max(1, area.height - 1)
      if let name = state.selection, let row = rows.firstIndex(of: .environment(name)) {
        if row < state.listScroll { state.listScroll = max(0, row - 1) }
        if row >= state.listScroll + visible { state.listScroll = row - visible + 1 }
      }
      state.listScroll = max(0, min(state.listScroll, max(0, rows.count - visible)))
      return
    }
    let layout = state.diagram.layout
    var scroll = state.scroll
    if let name = state.selection, let node = layout.node(name) {
      if node.x < scroll.x { scroll.x = max(0, node.x - 2) }
      if node.x + node.width > scroll.x + area.width {
        scroll.x = node.x + node.width - area.width + 2
      }
      if node.y < scroll.y { scroll.y = max(0, node.y - 1) }
      if node.y + node.height > scroll.y + area.height {
        scroll.y = node.y + node.height - area.height + 1
      }
    }
    scroll.x = max(0, min(scroll.x, max(0, layout.width - area.width + 2)))
    scroll.y = max(0, min(scroll.y, max(0, layout.height - area.height + 1)))
    state.scroll = scroll
  }

  static func push(_ overlay: Overlay, on state: inout AppState) {
    state.overlays.append(overlay)
  }

  static func replaceTop(_ overlay: Overlay, in state: inout AppState) {
    if state.overlays.isEmpty {
      state.overlays.append(overlay)
    } else {
      state.overlays[state.overlays.count - 1] = overlay
    }
  }
}

extension String {
  /// The text with its first letter in upper case, for messages.
  var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
