import CNcursesw
import TerminalCanvas

/// What curses reads, as promoflow's keys: a character code (`get_wch` with `OK`) or a special
/// key code (`KEY_CODE_YES`: `KEY_UP`, `KEY_F0 + n`, or a code the terminal's terminfo gave an
/// extended capability such as `kUP`). Pure, so every mapping is unit-tested without a terminal.
public struct KeyDecoder: Sendable {
  /// Codes of extended capabilities (shifted ↑ ↓ ← → on most terminals), learnt at start.
  public var extendedKeys: [Int32: Key] = [:]

  public init(extendedKeys: [Int32: Key] = [:]) {
    self.extendedKeys = extendedKeys
  }

  /// The key a character code stands for: Enter, Escape, Tab, Backspace, Ctrl-letter, or the
  /// character itself; nil for a code that is not a Unicode scalar.
  public func character(_ code: UInt32) -> Key? {
    switch code {
    case 13, 10: return .enter
    case 27: return .escape
    case 9: return .tab
    case 8, 127: return .backspace
    case 1...26: return Unicode.Scalar(code + 96).map { .control(Character($0)) }
    default: return Unicode.Scalar(code).map { .character(Character($0)) }
    }
  }

  /// The key a special key code stands for; nil for codes promoflow has no use for (and for the
  /// resize and mouse codes, which are events of their own).
  public func special(_ code: Int32) -> Key? {
    if let key = Self.specialKeys[code] { return key }
    if code >= KEY_F0 && code <= KEY_F0 + 63 { return .function(Int(code - KEY_F0)) }
    return extendedKeys[code]
  }

  static let specialKeys: [Int32: Key] = [
    KEY_UP: .up, KEY_DOWN: .down, KEY_LEFT: .left, KEY_RIGHT: .right,
    KEY_SR: .shiftUp, KEY_SF: .shiftDown, KEY_SLEFT: .shiftLeft, KEY_SRIGHT: .shiftRight,
    KEY_ENTER: .enter, KEY_BTAB: .backTab, KEY_BACKSPACE: .backspace, KEY_DC: .delete,
    KEY_HOME: .home, KEY_END: .end, KEY_PPAGE: .pageUp, KEY_NPAGE: .pageDown,
  ]
}
