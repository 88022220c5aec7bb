import TerminalCanvas

/// The canvas's keys: moving between boxes, editing the flow, the file and the views.
extension KeyMap {
  static let graph: [Binding] = [
    Binding(
      keys: [.left, .character("h")], action: .move(.left), hint: nil,
      description: "select the nearest environment to the left", group: "Move"),
    Binding(
      keys: [.right, .character("l")], action: .move(.right), hint: nil,
      description: "select the nearest environment to the right", group: "Move"),
    Binding(
      keys: [.up, .character("k")], action: .move(.up), hint: nil,
      description: "select the nearest environment above", group: "Move"),
    Binding(
      keys: [.down, .character("j")], action: .move(.down), hint: nil,
      description: "select the nearest environment below", group: "Move"),
    Binding(
      keys: [.shiftLeft], action: .pan(.left), hint: nil, description: "pan the canvas left",
      group: "Move"),
    Binding(
      keys: [.shiftRight], action: .pan(.right), hint: nil, description: "pan the canvas right",
      group: "Move"),
    Binding(
      keys: [.shiftUp], action: .pan(.up), hint: nil, description: "pan the canvas up",
      group: "Move"),
    Binding(
      keys: [.shiftDown], action: .pan(.down), hint: nil, description: "pan the canvas down",
      group: "Move"),
    Binding(
      keys: [.pageUp], action: .pageUp, hint: nil, description: "pan up a screenful",
      group: "Move"),
    Binding(
      keys: [.pageDown], action: .pageDown, hint: nil, description: "pan down a screenful",
      group: "Move"),
    Binding(
      keys: [.home], action: .top, hint: nil, description: "select the trigger", group: "Move"),
    Binding(
      keys: [.end], action: .bottom, hint: nil,
      description: "select the first environment of the last wave", group: "Move"),
    Binding(
      keys: [.character("/")], action: .find, hint: "find",
      description: "find an environment by name and select it", group: "Move"),
    Binding(
      keys: [.character("a")], action: .add, hint: "add",
      description:
        "add: the trigger on an empty flow, else a target after the selected environment",
      group: "Edit"),
    Binding(
      keys: [.character("d")], action: .editDependsOn, hint: "depends",
      description: "edit what the selected target depends on", group: "Edit"),
    Binding(
      keys: [.character("x"), .delete], action: .remove, hint: "remove",
      description: "remove the selected environment", group: "Edit"),
    Binding(
      keys: [.character("e")], action: .chooseAction, hint: "action",
      description: "promotion action: commit, pull request, no action, or policy", group: "Edit"),
    Binding(
      keys: [.character("[")], action: .choosePreAction, hint: "pre",
      description: "Pre-Action workflow of the selected target", group: "Edit"),
    Binding(
      keys: [.character("]")], action: .choosePostAction, hint: "post",
      description: "Post-Action workflow of the selected target", group: "Edit"),
    Binding(
      keys: [.character("t")], action: .changeTrigger, hint: nil,
      description:
        "change the trigger: what waited for the old one waits for the new; a target chosen gives up its step",
      group: "Edit"),
    Binding(
      keys: [.character("w")], action: .chooseTriggerWorkflow, hint: nil,
      description: "the trigger environment's workflow (hooks.onStart)", group: "Edit"),
    Binding(
      keys: [.character("H")], action: .editHooks, hint: nil,
      description: "hooks of the selected step (of the flow when the trigger is selected)",
      group: "Edit"),
    Binding(
      keys: [.character("F")], action: .flowSettings, hint: nil,
      description: "flow settings: name, description, version, timeout", group: "Edit"),
    Binding(
      keys: [.character("u")], action: .undo, hint: "undo", description: "undo the last edit",
      group: "Edit"),
    Binding(keys: [.control("r")], action: .redo, hint: nil, description: "redo", group: "Edit"),
    Binding(
      keys: [.enter], action: .inspect, hint: "inspect",
      description: "inspector: everything about the selected environment, with sources",
      group: "View"),
    Binding(
      keys: [.character("p")], action: .chooseProduct, hint: nil,
      description: "preview a product's promotion policies in the boxes", group: "View"),
    Binding(
      keys: [.character("z")], action: .toggleCompact, hint: nil,
      description: "compact boxes on or off", group: "View"),
    Binding(
      keys: [.character("L")], action: .toggleList, hint: nil,
      description:
        "the flow as a list by wave (every key acts on the selected row; L again: the boxes)",
      group: "View"),
    Binding(
      keys: [.character("!")], action: .showProblems, hint: nil,
      description:
        "the problems list: every error and warning of the flow and of the files it uses (or click the counter)",
      group: "View"),
    Binding(
      keys: [.character("D")], action: .showChanges, hint: nil,
      description:
        "changes since the last commit: boxes marked + added, ~ changed; a panel lists all, removed ones too (D again: hide)",
      group: "View"),
    Binding(
      keys: [.character("?")], action: .help, hint: "help", description: "this help", group: "View"),
    Binding(
      keys: [.tab], action: .toggleView, hint: "yaml",
      description: "show the YAML a save would write (Tab again: back)", group: "View"),
    Binding(
      keys: [.character("s"), .control("s")], action: .save, hint: "save",
      description: "save the file (asks first when the flow has errors)", group: "File"),
    Binding(
      keys: [.character("S")], action: .forceSave, hint: nil,
      description: "save a read-only file anyway, keeping its mode", group: "File"),
    Binding(
      keys: [.character("c")], action: .commit, hint: "commit",
      description: "save, then commit to git (on this or a new branch, and push)", group: "File"),
    Binding(
      keys: [.character("q"), .control("c")], action: .quit, hint: "quit",
      description: "quit (asks when there are unsaved changes)", group: "File"),
  ]
}
