import TerminalCanvas

/// The canvas's keys: moving between boxes, editing the flow, the file and the views.
extension KeyMap {
  static let graph: [Binding] =
    group(
      "Move",
      [
        Binding(
          [.left, .character("h")], .canvas(.move(.left)),
          "select the nearest environment to the left"),
        Binding(
          [.right, .character("l")], .canvas(.move(.right)),
          "select the nearest environment to the right"),
        Binding(
          [.up, .character("k")], .canvas(.move(.up)), "select the nearest environment above"),
        Binding(
          [.down, .character("j")], .canvas(.move(.down)), "select the nearest environment below"),
        Binding([.shiftLeft], .canvas(.pan(.left)), "pan the canvas left"),
        Binding([.shiftRight], .canvas(.pan(.right)), "pan the canvas right"),
        Binding([.shiftUp], .canvas(.pan(.up)), "pan the canvas up"),
        Binding([.shiftDown], .canvas(.pan(.down)), "pan the canvas down"),
        Binding([.pageUp], .canvas(.pageUp), "pan up a screenful"),
        Binding([.pageDown], .canvas(.pageDown), "pan down a screenful"),
        Binding([.home], .canvas(.top), "select the trigger"),
        Binding([.end], .canvas(.bottom), "select the first environment of the last wave"),
        Binding(
          [.character("/")], .canvas(.view(.find)), "find an environment by name and select it",
          hint: "find"),
      ])
    + group(
      "Edit",
      [
        Binding(
          [.character("a")], .canvas(.edit(.add)),
          "add: the trigger on an empty flow, else a target after the selected environment",
          hint: "add"),
        Binding(
          [.character("d")], .canvas(.edit(.dependsOn)), "edit what the selected target depends on",
          hint: "depends"),
        Binding(
          [.character("x"), .delete], .canvas(.edit(.remove)), "remove the selected environment",
          hint: "remove"),
        Binding(
          [.character("e")], .canvas(.edit(.action)),
          "promotion action: commit, pull request, no action, or policy", hint: "action"),
        Binding(
          [.character("[")], .canvas(.edit(.preAction)),
          "Pre-Action workflow of the selected target", hint: "pre"),
        Binding(
          [.character("]")], .canvas(.edit(.postAction)),
          "Post-Action workflow of the selected target", hint: "post"),
        Binding(
          [.character("t")], .canvas(.edit(.trigger)),
          "change the trigger: what waited for the old one waits for the new; a target chosen gives up its step"
        ),
        Binding(
          [.character("w")], .canvas(.edit(.triggerWorkflow)),
          "the trigger environment's workflow (hooks.onStart)"),
        Binding(
          [.character("H")], .canvas(.edit(.hooks)),
          "hooks of the selected step (of the flow when the trigger is selected)"),
        Binding(
          [.character("F")], .canvas(.edit(.flowSettings)),
          "flow settings: name, description, version, timeout"),
        Binding([.character("u")], .command(.undo), "undo the last edit", hint: "undo"),
        Binding([.control("r")], .command(.redo), "redo"),
      ])
    + group(
      "View",
      [
        Binding(
          [.enter], .canvas(.view(.inspector)),
          "inspector: everything about the selected environment, with sources", hint: "inspect"),
        Binding(
          [.character("p")], .canvas(.view(.product)),
          "preview a product's promotion policies in the boxes"),
        Binding([.character("z")], .canvas(.view(.compact)), "compact boxes on or off"),
        Binding(
          [.character("L")], .canvas(.view(.list)),
          "the flow as a list by wave (every key acts on the selected row; L again: the boxes)"),
        Binding(
          [.character("!")], .command(.showProblems),
          "the problems list: every error and warning of the flow and of the files it uses (or click the counter)"
        ),
        Binding(
          [.character("D")], .canvas(.view(.changes)),
          "changes since the last commit: boxes marked + added, ~ changed; a panel lists all, removed ones too (D again: hide)"
        ),
        Binding([.character("?")], .command(.help), "this help", hint: "help"),
        Binding(
          [.tab], .command(.toggleView), "show the YAML a save would write (Tab again: back)",
          hint: "yaml"),
      ])
    + group(
      "File",
      [
        Binding(
          [.character("s"), .control("s")], .command(.save),
          "save the file (asks first when the flow has errors)", hint: "save"),
        Binding(
          [.character("S")], .command(.forceSave), "save a read-only file anyway, keeping its mode"),
        Binding(
          [.character("c")], .command(.commit),
          "save, then commit to git (on this or a new branch, and push)", hint: "commit"),
        Binding(
          [.character("q"), .control("c")], .command(.quit),
          "quit (asks when there are unsaved changes)", hint: "quit"),
      ])
}
