import FlowBuilder
import Foundation
import TerminalCanvas
import Testing

typealias TerminalKey = Key

/// Docs/keys.md is the keymap, so the documentation cannot drift from the program.
@Suite struct KeyDocsTests {
  @Test func keysDocumentIsTheKeymap() throws {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
      "../../Docs/keys.md"
    )
    .standardizedFileURL
    let written = try? String(contentsOf: url, encoding: .utf8)
    if written == nil { try KeyMap.markdown().write(to: url, atomically: true, encoding: .utf8) }
    #expect(
      written == KeyMap.markdown(),
      "Docs/keys.md differs from the keymap (it was written if missing)")
  }

  @Test func everyKeyOfTheContractIsBound() {
    let graph = KeyMap.bindings(for: .graph)
    func action(_ key: TerminalKey) -> Action? { KeyMap.action(for: key, in: .graph) }
    func edit(_ key: TerminalKey) -> CanvasAction.Edit? {
      guard case .canvas(.edit(let edit))? = action(key) else { return nil }
      return edit
    }
    func view(_ key: TerminalKey) -> CanvasAction.View? {
      guard case .canvas(.view(let view))? = action(key) else { return nil }
      return view
    }
    #expect(edit(.character("a")) == .add && edit(.character("d")) == .dependsOn)
    #expect(edit(.character("x")) == .remove && edit(.delete) == .remove)
    #expect(edit(.character("e")) == .action && edit(.character("[")) == .preAction)
    #expect(edit(.character("]")) == .postAction && edit(.character("w")) == .triggerWorkflow)
    #expect(edit(.character("H")) == .hooks && edit(.character("t")) == .trigger)
    #expect(view(.character("p")) == .product && view(.character("D")) == .changes)
    #expect(
      view(.enter) == .inspector && view(.character("/")) == .find
        && edit(.character("F")) == .flowSettings)
    #expect(action(.character("u")) == .command(.undo) && action(.control("r")) == .command(.redo))
    #expect(action(.character("s")) == .command(.save) && action(.control("s")) == .command(.save))
    #expect(
      action(.character("?")) == .command(.help) && action(.character("q")) == .command(.quit)
        && action(.control("c")) == .command(.quit))
    #expect(
      action(.character("h")) == .canvas(.move(.left))
        && action(.character("l")) == .canvas(.move(.right)))
    #expect(
      action(.character("k")) == .canvas(.move(.up))
        && action(.character("j")) == .canvas(.move(.down)))
    #expect(action(.shiftLeft) == .canvas(.pan(.left)))
    #expect(KeyMap.action(for: .escape, in: .picker) == .picker(.cancel))
    #expect(KeyMap.action(for: .character("s"), in: .quitPrompt) == .quitPrompt(.saveAndQuit))
    #expect(KeyMap.action(for: .character("d"), in: .quitPrompt) == .quitPrompt(.discardAndQuit))
    #expect(graph.count >= 25)
  }
}
