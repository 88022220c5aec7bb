import PromotionKit
import TerminalCanvas

/// Where everything goes on the screen, for a state. Views draw with it and the reducer resolves
/// clicks with it, so what is drawn and what is clicked always agree.
public struct ScreenLayout: Sendable {
  public static let minimumWidth = 50
  public static let minimumHeight = 12

  public let width: Int
  public let height: Int
  /// Columns at the right of the canvas taken by the review panel (`D`); 0 without it.
  public let sidePanelWidth: Int

  public init(width: Int, height: Int, sidePanelWidth: Int = 0) {
    self.width = width
    self.height = height
    self.sidePanelWidth = sidePanelWidth
  }

  /// The layout of the state's screen: with the review panel while `D` shows changes on the
  /// canvas.
  public init(of state: AppState) {
    let panel =
      state.review != nil && state.yaml == nil ? min(44, max(28, state.screenWidth / 3)) : 0
    self.init(width: state.screenWidth, height: state.screenHeight, sidePanelWidth: panel)
  }

  public var isTooSmall: Bool { width < Self.minimumWidth || height < Self.minimumHeight }

  /// The canvas area between the title line and the status and hint lines.
  public var graphArea: Rect {
    Rect(x: 0, y: 1, width: max(0, width - sidePanelWidth), height: max(0, height - 3))
  }

  /// The review panel's box, right of the canvas; nil when it is not shown.
  public var sidePanel: Rect? {
    guard sidePanelWidth > 0 else { return nil }
    return Rect(x: width - sidePanelWidth, y: 1, width: sidePanelWidth, height: max(0, height - 3))
  }
  public var statusRow: Int { height - 2 }
  public var hintRow: Int { height - 1 }

  /// The box of an overlay.
  public func frame(of overlay: Overlay, in state: AppState) -> Rect {
    switch overlay {
    case .picker(let picker):
      return centered(width: 64, height: picker.items.count + 5)
    case .checklist(let checklist):
      return centered(width: 64, height: checklist.items.count + 5)
    case .form(let form):
      let inner = min(width - 4, 64) - 4
      let errorRows = form.error.map { DisplayWidth.wrap($0, width: inner).count - 1 } ?? 0
      return centered(width: 64, height: form.fields.count * 2 + 5 + errorRows)
    case .removeDialog:
      return centered(width: 70, height: 8)
    case .quitPrompt:
      let pendingText = state.yaml?.isDirty == true
      return centered(width: pendingText ? 76 : 52, height: pendingText ? 10 : 7)
    case .help:
      return centered(width: 96, height: height - 2)
    case .inspector(let environment, _):
      return centered(width: 72, height: Inspector.lines(for: environment, in: state).count + 4)
    case .diff, .commitDialog:
      return centered(width: 110, height: height - 2)
    case .diskChanged(let dialog), .confirm(let dialog):
      return centered(width: 76, height: dialog.options.count + 7)
    case .problems(let list):
      return centered(width: min(110, width - 2), height: min(height - 2, list.entries.count + 5))
    }
  }

  /// The status line's problem counter (`✓ valid`, `1 error, 2 warnings`) and its column: drawn
  /// there, and a click on it opens the problems list.
  public func problemCounter(_ state: AppState) -> (text: String, x: Int) {
    let problems = state.allProblems
    let errors = problems.errorCount
    let warnings = problems.warningCount
    let text =
      errors + warnings == 0
      ? "✓ valid"
      : "\(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")"
    return (text, width - DisplayWidth.of(text) - 1)
  }

  /// Where a list's rows are: the first row, how many rows show, and which item is at the top.
  public func listRows(of overlay: Overlay, in state: AppState) -> (
    top: Int, count: Int, offset: Int
  )? {
    let frame = self.frame(of: overlay, in: state)
    let highlighted: Int
    switch overlay {
    case .picker(let picker): highlighted = picker.highlighted
    case .checklist(let checklist): highlighted = checklist.highlighted
    case .problems(let list): highlighted = list.highlighted
    default: return nil
    }
    let count = max(1, frame.height - 4)
    return (frame.y + 3, count, max(0, highlighted - count + 1))
  }

  func centered(width wanted: Int, height rows: Int) -> Rect {
    let boxWidth = min(width - 4, wanted)
    let boxHeight = max(5, min(height - 2, rows))
    return Rect(
      x: (width - boxWidth) / 2, y: max(1, (height - boxHeight) / 2), width: boxWidth,
      height: boxHeight)
  }
}

/// A rectangle of cells.
public struct Rect: Equatable, Sendable {
  public var x: Int
  public var y: Int
  public var width: Int
  public var height: Int

  public func contains(x column: Int, y row: Int) -> Bool {
    column >= x && column < x + width && row >= y && row < y + height
  }
}
