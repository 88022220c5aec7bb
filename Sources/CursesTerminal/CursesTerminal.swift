import CNcursesw
import Foundation
import TerminalCanvas

/// The only code that talks to ncurses: it sets the terminal up and always puts it back, blits a
/// canvas (only the cells that changed), and decodes keys, mouse and resizes into
/// `TerminalEvent`s.
@MainActor
public final class CursesTerminal {
  public let useMouse: Bool
  public let useColor: Bool
  public let useUnicode: Bool
  private var started = false
  private var previous: Canvas?
  private var pairs: [Int: Int16] = [:]
  private var decoder = KeyDecoder()

  public init(useMouse: Bool, useColor: Bool, useUnicode: Bool) {
    self.useMouse = useMouse
    self.useColor = useColor
    self.useUnicode = useUnicode
  }

  /// Puts the terminal in full-screen raw mode.
  public func start() {
    guard !started else { return }
    setlocale(LC_ALL, "")
    initscr()
    started = true
    raw()
    noecho()
    nonl()
    keypad(pf_stdscr(), true)
    curs_set(0)
    set_escdelay(25)
    timeout(100)
    if useColor && has_colors() {
      start_color()
      use_default_colors()
    }
    if useMouse {
      mousemask(pf_all_mouse_events(), nil)
      mouseinterval(0)
    }
    // Home and End arrive in several spellings depending on the terminal (and tmux); teach all
    // of them, so none is misread as Escape followed by text.
    for (sequence, code) in [
      ("\u{1B}[1~", KEY_HOME), ("\u{1B}[7~", KEY_HOME), ("\u{1B}[H", KEY_HOME),
      ("\u{1B}OH", KEY_HOME),
      ("\u{1B}[4~", KEY_END), ("\u{1B}[8~", KEY_END), ("\u{1B}[F", KEY_END), ("\u{1B}OF", KEY_END),
    ] where key_defined(sequence) <= 0 {
      define_key(sequence, code)
    }
    for (capability, key) in [
      ("kUP", Key.shiftUp), ("kDN", .shiftDown), ("kLFT", .shiftLeft), ("kRIT", .shiftRight),
    ] {
      let code = pf_key_code(capability)
      if code > 0 { decoder.extendedKeys[code] = key }
    }
    previous = nil
  }

  /// Gives the terminal back as it was. Safe to call more than once.
  public func stop() {
    guard started else { return }
    if useMouse { mousemask(0, nil) }
    endwin()
    started = false
  }

  /// Leaves the screen for a while (Ctrl-Z, or an external editor), then comes back with a full
  /// redraw.
  public func suspend(_ body: () -> Void) {
    def_prog_mode()
    endwin()
    body()
    reset_prog_mode()
    previous = nil
    clearok(pf_stdscr(), true)
    refresh()
  }

  public var size: (width: Int, height: Int) { (Int(pf_cols()), Int(pf_lines())) }

  /// Draws `canvas` (sized to the screen), sending only the cells that changed since the last
  /// frame.
  public func draw(_ canvas: Canvas, cursor: (x: Int, y: Int)? = nil) {
    let glyphs: GlyphSet = useUnicode ? .unicode : .ascii
    let full = previous.map { $0.width != canvas.width || $0.height != canvas.height } ?? true
    if full { erase() }
    for y in 0..<canvas.height {
      for x in 0..<canvas.width {
        let cell = canvas[x, y]
        if cell.isContinuation { continue }
        if !full, let previous, previous[x, y] == cell,
          previous.glyph(x: x, y: y) == canvas.glyph(x: x, y: y)
        {
          continue
        }
        let glyph = canvas.glyph(x: x, y: y, glyphs: glyphs)
        put(useUnicode ? glyph : Transliteration.ascii(glyph), style: cell.style, x: x, y: y)
      }
    }
    if let cursor {
      curs_set(1)
      move(Int32(cursor.y), Int32(cursor.x))
    } else {
      curs_set(0)
    }
    refresh()
    previous = canvas
  }

  private func put(_ glyph: String, style: Style, x: Int, y: Int) {
    var attributes: attr_t = 0
    if style.bold { attributes |= pf_a_bold() }
    if style.dim { attributes |= pf_a_dim() }
    if style.reverse { attributes |= pf_a_reverse() }
    if style.underline { attributes |= pf_a_underline() }
    let pair = useColor ? colorPair(style) : 0
    var text =
      glyph.isEmpty
      ? [wchar_t(32)] : glyph.unicodeScalars.prefix(4).map { wchar_t(bitPattern: $0.value) }
    text.append(0)
    _ = pf_put(Int32(y), Int32(x), text, attributes, pair)
  }

  private func colorPair(_ style: Style) -> Int16 {
    guard style.foreground != nil || style.background != nil else { return 0 }
    let key =
      (style.foreground.map { $0.rawValue + 1 } ?? 0) * 16
      + (style.background.map { $0.rawValue + 1 } ?? 0)
    if let pair = pairs[key] { return pair }
    let pair = Int16(pairs.count + 1)
    init_pair(
      pair, Int16(style.foreground?.rawValue ?? -1), Int16(style.background?.rawValue ?? -1))
    pairs[key] = pair
    return pair
  }

  /// The next event, or nil when none came within the poll interval.
  public func nextEvent() -> TerminalEvent? {
    var character: wint_t = 0
    let result = get_wch(&character)
    if result == ERR { return nil }
    if result == KEY_CODE_YES { return special(Int32(character)) }
    return decoder.character(UInt32(character)).map(TerminalEvent.key)
  }

  private func special(_ code: Int32) -> TerminalEvent? {
    switch code {
    case KEY_RESIZE:
      previous = nil
      return .resize(width: size.width, height: size.height)
    case KEY_MOUSE:
      var event = MEVENT()
      guard getmouse(&event) == OK else { return nil }
      let time = Int(DispatchTime.now().uptimeNanoseconds / 1_000_000)
      let state = event.bstate
      let kind: MouseEvent.Kind
      if state & pf_button4_pressed() != 0 {
        kind = .wheelUp
      } else if state & pf_button5_pressed() != 0 {
        kind = .wheelDown
      } else if state & (pf_button1_pressed() | pf_button1_clicked() | pf_button1_double_clicked())
        != 0
      {
        kind = .press
      } else if state & pf_button1_released() != 0 {
        kind = .release
      } else {
        return nil
      }
      return .mouse(MouseEvent(kind: kind, x: Int(event.x), y: Int(event.y), time: time))
    default:
      return decoder.special(code).map(TerminalEvent.key)
    }
  }
}
