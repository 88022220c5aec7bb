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
    #expect(action(.character("a")) == .add && action(.character("d")) == .editDependsOn)
    #expect(action(.character("x")) == .remove && action(.delete) == .remove)
    #expect(action(.character("e")) == .chooseAction && action(.character("[")) == .choosePreAction)
    #expect(
      action(.character("]")) == .choosePostAction
        && action(.character("w")) == .chooseTriggerWorkflow)
    #expect(action(.character("H")) == .editHooks && action(.character("p")) == .chooseProduct)
    #expect(action(.character("D")) == .showChanges)
    #expect(
      action(.enter) == .inspect && action(.character("/")) == .find
        && action(.character("F")) == .flowSettings)
    #expect(action(.character("u")) == .undo && action(.control("r")) == .redo)
    #expect(action(.character("s")) == .save && action(.control("s")) == .save)
    #expect(
      action(.character("?")) == .help && action(.character("q")) == .quit
        && action(.control("c")) == .quit)
    #expect(action(.character("h")) == .move(.left) && action(.character("l")) == .move(.right))
    #expect(action(.character("k")) == .move(.up) && action(.character("j")) == .move(.down))
    #expect(action(.shiftLeft) == .pan(.left))
    #expect(KeyMap.action(for: .escape, in: .picker) == .cancel)
    #expect(KeyMap.action(for: .character("s"), in: .quitPrompt) == .saveAndQuit)
    #expect(KeyMap.action(for: .character("d"), in: .quitPrompt) == .discardAndQuit)
    #expect(graph.count >= 25)
  }
}
