import FlowBuilder
import PromotionKit
import TerminalCanvas

/// The flow builder driven as a user drives it, without a terminal: each keystroke is reduced and
/// then rendered into the screen's cell grid, which is all a frame is before the driver blits it.
struct EditingSession {
  var state: AppState

  /// A session on `text`, with a workspace whose catalog knows every environment (so validation
  /// and the boxes do the work they do in a real workspace) and a few more to add, on a
  /// `width`×`height` terminal.
  init(text: String, width: Int = 200, height: Int = 50) throws(YAMLReadError) {
    let document = FlowDocument(file: try YAMLReader.read(text), newFlowName: "")
    var workspace = Workspace(root: "/nonexistent")
    workspace.catalog = EnvironmentCatalog(
      environments: (document.flow.environments + (0..<5).map { "spare-\($0)" }).enumerated()
        .map { index, name in
          EnvironmentDefinition(name: name, kind: index % 5 == 4 ? .production : .nonProduction)
        })
    state = AppState(
      document: document, workspace: workspace, filePath: "/nonexistent/flow.yaml",
      displayPath: "flow.yaml", screenWidth: width, screenHeight: height)
    state = Reducer.reduce(state, .resize(width: width, height: height)).0
  }

  /// One keystroke: what the key means in the mode the editor is in (as the driver reads it),
  /// the reducer's step and the frame drawn after it.
  mutating func press(_ key: Key) {
    if let action = KeyMap.action(for: key, in: state.mode) {
      state = Reducer.reduce(state, action).0
    }
    _ = Screen.render(state)
  }

  /// Milliseconds per keystroke for `keys`, pressed in order once for each of
  /// `environments`, each round starting with that environment selected (another one each
  /// round, so no round redraws a picture an earlier one drew); the samples of the keystrokes at
  /// `timed` positions are returned.
  mutating func frames(
    _ keys: [Key], on environments: [String], timed: Set<Int>
  ) -> [Double] {
    var samples: [Double] = []
    for environment in environments {
      state.selection = environment
      for (index, key) in keys.enumerated() {
        let elapsed = Measure.milliseconds { press(key) }
        if timed.contains(index) { samples.append(elapsed) }
      }
    }
    return samples
  }
}
