import CursesTerminal
import TerminalCanvas
import Testing

/// Every key curses reports becomes the key promoflow's key map expects. The special codes are
/// ncurses' own (octal, as curses.h defines them), so a wrong entry in the table fails here
/// rather than as a dead key on a user's terminal.
@Suite struct KeyDecoderTests {
  let decoder = KeyDecoder(extendedKeys: [567: .shiftUp])

  @Test func controlCharactersAreTheirKeys() {
    #expect(decoder.character(13) == .enter)
    #expect(decoder.character(10) == .enter)
    #expect(decoder.character(27) == .escape)
    #expect(decoder.character(9) == .tab)
    #expect(decoder.character(127) == .backspace)
    #expect(decoder.character(8) == .backspace)
  }

  @Test func ctrlLettersAreControlKeys() {
    #expect(decoder.character(1) == .control("a"))
    #expect(decoder.character(19) == .control("s"))
    #expect(decoder.character(26) == .control("z"))
  }

  @Test func printableCharactersAreTypedAsThemselves() {
    #expect(decoder.character(UInt32(UInt8(ascii: "x"))) == .character("x"))
    #expect(decoder.character(0xE9) == .character("é"))
    #expect(decoder.character(0x6771) == .character("東"))
    #expect(decoder.character(0x1F600) == .character("😀"))
    #expect(decoder.character(0xD800) == nil)
  }

  @Test func specialKeyCodesAreTheirKeys() {
    let expected: [(Int32, Key)] = [
      (0o403, .up), (0o402, .down), (0o404, .left), (0o405, .right),
      (0o521, .shiftUp), (0o520, .shiftDown), (0o611, .shiftLeft), (0o622, .shiftRight),
      (0o527, .enter), (0o541, .backTab), (0o407, .backspace), (0o512, .delete),
      (0o406, .home), (0o550, .end), (0o523, .pageUp), (0o522, .pageDown),
    ]
    for (code, key) in expected {
      #expect(decoder.special(code) == key, "code \(String(code, radix: 8))")
    }
  }

  @Test func functionKeysAreNumberedFromF0() {
    #expect(decoder.special(0o410 + 1) == .function(1))
    #expect(decoder.special(0o410 + 12) == .function(12))
  }

  @Test func extendedCapabilitiesLearntAtStartAreKnown() {
    #expect(decoder.special(567) == .shiftUp)
    #expect(KeyDecoder().special(567) == nil)
  }

  @Test func unknownCodesAreIgnored() {
    #expect(decoder.special(0o777) == nil)
  }
}
