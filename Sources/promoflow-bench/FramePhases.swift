import FlowBuilder
import PromotionKit

/// Where the time of an edit's frame goes, phase by phase, to show what is worth making
/// incremental.
enum FramePhases {
  static func measure(_ state: AppState, editing name: String) -> [(String, Double)] {
    let flow = state.flow
    guard case .success(let changed) = flow.settingAction(.noAction, of: name),
      case .success(let removed) = flow.removing(name, mode: .reconnect)
    else { return [] }
    var document = state.document
    return [
      ("phase_edit_ms", Measure.median(runs: 9) { _ = flow.settingAction(.noAction, of: name) }),
      (
        "phase_document_ms",
        Measure.median(runs: 9) {
          document.flow = changed
          _ = document.text
        }
      ),
      (
        "phase_relayout_ms",
        Measure.median(runs: 9) {
          _ = FlowDiagram(
            flow: changed, catalog: state.catalog, compact: state.compact,
            previous: state.diagram.layout, reusing: state.diagram)
        }
      ),
      (
        "phase_structural_relayout_ms",
        Measure.median(runs: 9) {
          _ = FlowDiagram(
            flow: removed, catalog: state.catalog, compact: state.compact,
            previous: state.diagram.layout, reusing: state.diagram)
        }
      ),
      ("phase_validate_ms", Measure.median(runs: 9) { _ = state.validated() }),
      ("phase_render_ms", Measure.median(runs: 9) { _ = Screen.render(state) }),
    ]
  }
}
