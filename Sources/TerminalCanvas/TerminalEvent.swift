/// What the terminal reports: a key, a mouse event, or a new size. The curses driver produces
/// these; the app never sees a curses code.
public enum TerminalEvent: Hashable, Sendable {
  case key(Key)
  case mouse(MouseEvent)
  case resize(width: Int, height: Int)
}

/// A key press, decoded.
public enum Key: Hashable, Sendable {
  case character(Character)
  /// Ctrl plus a letter, as the lowercase letter (`control("s")` is Ctrl-S).
  case control(Character)
  case up, down, left, right
  case shiftUp, shiftDown, shiftLeft, shiftRight
  case enter, escape, tab, backTab, backspace, delete
  case home, end, pageUp, pageDown
  case function(Int)

  /// How the key is written in help and hints.
  public var label: String {
    switch self {
    case .character(" "): return "Space"
    case .character(let character): return String(character)
    case .control(let character): return "Ctrl-" + character.uppercased()
    case .up: return "↑"
    case .down: return "↓"
    case .left: return "←"
    case .right: return "→"
    case .shiftUp: return "Shift-↑"
    case .shiftDown: return "Shift-↓"
    case .shiftLeft: return "Shift-←"
    case .shiftRight: return "Shift-→"
    case .enter: return "Enter"
    case .escape: return "Esc"
    case .tab: return "Tab"
    case .backTab: return "Shift-Tab"
    case .backspace: return "Backspace"
    case .delete: return "Delete"
    case .home: return "Home"
    case .end: return "End"
    case .pageUp: return "PgUp"
    case .pageDown: return "PgDn"
    case .function(let number): return "F\(number)"
    }
  }
}

/// A mouse event at a cell.
public struct MouseEvent: Hashable, Sendable {
  public enum Kind: Hashable, Sendable {
    case press
    case release
    case wheelUp
    case wheelDown
  }

  public var kind: Kind
  public var x: Int
  public var y: Int
  /// Milliseconds on a monotonic clock, to tell double clicks.
  public var time: Int

  public init(kind: Kind, x: Int, y: Int, time: Int) {
    self.kind = kind
    self.x = x
    self.y = y
    self.time = time
  }
}
