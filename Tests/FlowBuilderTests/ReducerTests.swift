import FlowBuilder
import PromotionKit
import Testing

/// Every action of the flow builder, on the reducer alone: no terminal.
@Suite struct ReducerTests {
  @Test func arrowsSelectTheNearestEnvironmentInThatDirection() {
    var state = AppFixture.state()
    #expect(state.selection == "dev")
    run(&state, .move(.right))
    #expect(state.selection == "qa")
    run(&state, .move(.right), .move(.right))
    let column = state.selection
    #expect(column == "prod-us" || column == "prod-eu")
    run(&state, .move(column == "prod-us" ? .down : .up))
    #expect(state.selection == (column == "prod-us" ? "prod-eu" : "prod-us"))
    run(&state, .move(.left), .move(.left), .move(.left), .move(.left))
    #expect(state.selection == "dev", "stops at the edge")
  }

  @Test func panningMovesTheViewportWithinTheDrawing() {
    var state = AppFixture.state(width: 60, height: 14)
    let start = state.scroll
    run(&state, .pan(.right))
    #expect(state.scroll.x > start.x)
    for _ in 0..<50 { run(&state, .pan(.right)) }
    #expect(state.scroll.x <= state.diagram.layout.width)
    for _ in 0..<50 { run(&state, .pan(.left)) }
    #expect(state.scroll.x == 0)
  }

  @Test func addingChoosesTheTriggerThenTargetsAfterTheSelection() throws {
    var state = AppFixture.state("")
    run(&state, .add)
    let picker = try #require(state.topPicker)
    #expect(picker.purpose == .trigger)
    #expect(picker.items.map(\.value).contains("dev"))
    type(&state, "dev")
    run(&state, .confirm)
    #expect(
      state.flow.triggerEnvironment == "dev" && state.overlays.isEmpty && state.selection == "dev")
    run(&state, .add)
    #expect(state.topPicker?.purpose == .addTarget(after: "dev"))
    #expect(
      state.topPicker?.items.map(\.value).contains("dev") == false,
      "only environments not in the flow")
    type(&state, "qa")
    run(&state, .confirm)
    #expect(state.flow.step("qa")?.dependsOn == ["dev"] && state.selection == "qa")
    #expect(state.isModified)
    run(&state, .undo, .undo)
    #expect(
      state.flow.environments.isEmpty && !state.isModified,
      "undo back to the saved state clears the marker")
    run(&state, .redo)
    #expect(state.flow.triggerEnvironment == "dev")
  }

  @Test func anUnknownNameOpensTheNewEnvironmentFormWhichAddsToTheCatalog() throws {
    var state = AppFixture.state()
    run(&state, .move(.right), .add)
    type(&state, "Load Test")
    #expect(state.topPicker?.matches.isEmpty == true)
    run(&state, .confirm)
    var form = try #require(state.topForm)
    #expect(form.fields[0].text == "Load Test")
    run(&state, .confirm)
    form = try #require(state.topForm)
    #expect(form.error?.contains("name:") == true, "an invalid name is refused in the form")
    for _ in 0..<9 { run(&state, .backspace) }
    type(&state, "load-test")
    run(&state, .nextField, .toggle, .nextField)
    type(&state, "perf, eu")
    run(&state, .confirm)
    #expect(state.overlays.isEmpty)
    #expect(state.flow.step("load-test")?.dependsOn == ["qa"])
    #expect(
      state.current.newEnvironments == [
        EnvironmentDefinition(name: "load-test", kind: .production, tags: ["perf", "eu"])
      ])
    #expect(state.catalog.environment(named: "load-test") != nil)
    run(&state, .undo)
    #expect(
      state.current.newEnvironments.isEmpty && state.flow.step("load-test") == nil,
      "one undo takes both back")
  }

  @Test func dependsOnChecklistAppliesAndRefusesCycles() throws {
    var state = AppFixture.state()
    run(&state, .find)
    type(&state, "prod-eu")
    run(&state, .confirm)
    #expect(state.selection == "prod-eu")
    run(&state, .editDependsOn)
    var checklist = try #require(state.topChecklist)
    #expect(checklist.checked == ["staging"])
    type(&state, "qa")
    run(&state, .toggle, .confirm)
    #expect(state.flow.step("prod-eu")?.dependsOn == ["qa", "staging"])
    run(&state, .find)
    type(&state, "qa")
    run(&state, .confirm, .editDependsOn)
    type(&state, "prod-us")
    run(&state, .toggle, .confirm)
    checklist = try #require(state.topChecklist, "the checklist stays open")
    #expect(state.message?.text.contains("qa → staging → prod-us → qa") == true)
    #expect(state.message?.kind == .error)
    #expect(state.flow.step("qa")?.dependsOn == ["dev"])
    _ = checklist
  }

  @Test func removeReconnectsByDefaultAndCascadesOnRequest() throws {
    var state = AppFixture.state()
    run(&state, .find)
    type(&state, "staging")
    run(&state, .confirm, .remove)
    guard case .removeDialog(let dialog)? = state.topOverlay else {
      Issue.record("no dialog")
      return
    }
    #expect(
      dialog.options == ["Reconnect prod-us, prod-eu to qa", "Also remove prod-us, prod-eu"])
    run(&state, .confirm)
    #expect(state.flow.step("prod-us")?.dependsOn == ["qa"] && state.flow.step("staging") == nil)
    run(&state, .undo)
    #expect(state.flow.step("staging") != nil)
    run(&state, .find)
    type(&state, "staging")
    run(&state, .confirm, .remove, .down, .confirm)
    #expect(state.flow.environments == ["dev", "qa"])
    run(&state, .undo, .find)
    type(&state, "qa")
    run(&state, .confirm, .remove, .cancel)
    #expect(state.flow.environments.count == 5 && state.overlays.isEmpty)
  }

  @Test func theTriggerIsRemovedOnlyWhenAlone() {
    var state = AppFixture.state()
    run(&state, .remove)
    #expect(state.message?.kind == .error && state.flow.triggerEnvironment == "dev")
    var alone = AppFixture.state(
      "apiVersion: codefresh.io/v1beta1\nkind: PromotionFlow\nmetadata: {name: a}\nspec: {triggerEnvironment: dev}\n"
    )
    run(&alone, .remove)
    #expect(alone.flow.triggerEnvironment.isEmpty)
  }

  @Test func actionPickerSetsAndClears() throws {
    var state = AppFixture.state()
    run(&state, .move(.right), .chooseAction)
    #expect(
      state.topPicker?.items[state.topPicker!.highlighted].value == "commit",
      "the current action is highlighted")
    type(&state, "pull")
    run(&state, .confirm)
    #expect(state.flow.step("qa")?.action == .pullRequest)
    run(&state, .chooseAction)
    type(&state, "policy")
    run(&state, .confirm)
    #expect(state.flow.step("qa")?.action == nil)
  }

  @Test func preAndPostActionsWithNewWorkflows() throws {
    var state = AppFixture.state()
    run(&state, .move(.right), .move(.right), .choosePreAction)
    type(&state, "change")
    run(&state, .confirm)
    #expect(state.flow.step("staging")?.preAction == "change-window")
    run(&state, .choosePostAction)
    let create = try #require(state.topPicker?.matches.firstIndex { $0.item.kind == .create })
    run(&state, .choose(create))
    #expect(state.topForm?.title == "New promotion workflow")
    type(&state, "Bad Name")
    run(&state, .confirm)
    #expect(state.topForm?.error != nil)
    for _ in 0..<8 { run(&state, .backspace) }
    type(&state, "canary-check")
    run(&state, .confirm)
    #expect(state.flow.step("staging")?.postAction == "canary-check")
    #expect(
      state.current.newWorkflows == ["canary-check"] && state.workflowNames.contains("canary-check")
    )
    run(&state, .choosePreAction)
    type(&state, "by policy")
    run(&state, .confirm)
    #expect(state.flow.step("staging")?.preAction == nil)
    run(&state, .undo, .undo)
    #expect(state.current.newWorkflows.isEmpty)
  }

  @Test func triggerWorkflowAndHooks() throws {
    var state = AppFixture.state()
    run(&state, .chooseTriggerWorkflow)
    type(&state, "smoke")
    run(&state, .confirm)
    #expect(state.flow.hooks.onStart == "smoke-tests")
    run(&state, .editHooks)
    guard case .picker(let hooks)? = state.topOverlay else {
      Issue.record("no hooks picker")
      return
    }
    #expect(hooks.title == "Hooks of the flow", "the trigger edits the flow's hooks")
    #expect(hooks.items.map(\.detail) == ["smoke-tests", "—", "notify-slack"])
    type(&state, "onsuccess")
    run(&state, .confirm)
    #expect(
      state.topOverlay.flatMap { if case .picker(let p) = $0 { p.title } else { nil } }
        == "onSuccess of the flow")
    type(&state, "notify")
    run(&state, .confirm)
    #expect(state.flow.hooks.onSuccess == "notify-slack")
    #expect(state.overlays.isEmpty && state.message?.text == "dev: onSuccess notify-slack")
    run(&state, .move(.right), .editHooks)
    type(&state, "onfail")
    run(&state, .confirm)
    type(&state, "page-oncall")
    run(&state, .confirm)
    guard case .form(let form)? = state.topOverlay else {
      Issue.record("a new workflow is created on the fly")
      return
    }
    #expect(form.text(.name) == "page-oncall")
    run(&state, .confirm)
    #expect(state.flow.step("qa")?.hooks.onFail == "page-oncall")
    #expect(state.current.newWorkflows == ["page-oncall"])
    let box = state.diagram.boxes["qa"]
    #expect(box?.lines.last?.label == "hook" && box?.lines.last?.value == "fail page-oncall")
  }

  @Test func productPreviewShowsPolicyValuesInBoxes() {
    var state = AppFixture.state()
    #expect(state.diagram.boxes["prod-eu"]?.lines[1].value == "—")
    run(&state, .chooseProduct)
    type(&state, "shop")
    run(&state, .confirm)
    #expect(state.product == "shop")
    let box = state.diagram.boxes["prod-eu"]
    #expect(box?.lines[0].value == "pull request" && box?.lines[0].valueRole == .fromPolicy)
    #expect(box?.lines[1].value == "change-window" && box?.lines[1].valueRole == .fromPolicy)
    run(&state, .chooseProduct)
    type(&state, "None")
    run(&state, .confirm)
    #expect(state.product == nil)
  }

  @Test func inspectorShowsSourcesAndFindSelects() {
    var state = AppFixture.state()
    run(&state, .move(.right), .inspect)
    guard case .inspector(let name, _)? = state.topOverlay else {
      Issue.record("no inspector")
      return
    }
    #expect(name == "qa")
    let lines = Inspector.lines(for: "qa", in: state)
    #expect(lines.contains("  Action:      commit  (inline)"))
    #expect(lines.contains("  Post-Action: smoke-tests  (policy non-prod, priority 10)"))
    run(&state, .cancel)
    #expect(state.overlays.isEmpty)
  }

  @Test func flowSettingsFormValidates() throws {
    var state = AppFixture.state()
    run(&state, .flowSettings)
    run(&state, .nextField)
    type(&state, "Train")
    run(&state, .nextField, .nextField)
    type(&state, "soon")
    run(&state, .confirm)
    #expect(state.topForm?.error?.hasPrefix("timeout") == true)
    for _ in 0..<4 { run(&state, .backspace) }
    type(&state, "45")
    run(&state, .confirm)
    #expect(state.flow.description == "Train" && state.flow.promotionTimeoutLimit == 45)
  }

  @Test func saveWritesTheFlowTheCatalogAndNewWorkflows() throws {
    var state = AppFixture.state()
    run(&state, .move(.right), .add)
    type(&state, "perf")
    run(&state, .confirm, .choosePostAction)
    run(
      &state, .choose(try #require(state.topPicker?.matches.firstIndex { $0.item.kind == .create }))
    )
    type(&state, "perf-report")
    run(&state, .confirm)
    let effects = run(&state, .save)
    guard case .save(let request)? = effects.first else {
      Issue.record("no save")
      return
    }
    #expect(
      request.writes.map(\.path) == [
        "/work/example/flows/shop.yaml", "/work/example/workflows/perf-report.yaml",
      ])
    #expect(
      request.writes[0].text.contains(
        "    - environment: perf\n      dependsOn:\n        - qa\n      policy:\n        postAction: perf-report\n"
      ))
    #expect(
      request.writes[1].isNew
        && request.writes[1].text.contains("codefresh.io/workflow-origin: promotion"))
    run(&state, .saveFinished(.saved(request.snapshot, written: request.writes.map(\.path))))
    #expect(!state.isModified && state.message?.text.hasPrefix("Saved flows/shop.yaml") == true)
    run(&state, .undo)
    guard case .save(let second)? = run(&state, .save).first else {
      Issue.record("no save")
      return
    }
    #expect(
      second.deletions == ["/work/example/workflows/perf-report.yaml"],
      "undo removes the created workflow")
    run(&state, .saveFinished(.failed("disk full")))
    #expect(
      state.message == StatusMessage("Not saved: disk full", kind: .error) && state.isModified)
  }

  @Test func aNewEnvironmentIsAppendedToTheCatalogKeepingItsComments() throws {
    var state = AppFixture.state()
    run(&state, .add)
    type(&state, "sandbox")
    run(&state, .confirm, .confirm)
    guard case .save(let request)? = run(&state, .save).first else {
      Issue.record("no save")
      return
    }
    let catalog = try #require(request.writes.first { $0.path.hasSuffix("promoflow.yaml") })
    #expect(catalog.text == AppFixture.catalogText + "  - {name: sandbox, kind: NON_PROD}\n")
  }

  @Test func quitAsksOnlyWithUnsavedChanges() {
    var state = AppFixture.state()
    #expect(run(&state, .quit) == [.exit] && state.finished)
    state = AppFixture.state()
    run(&state, .move(.right), .chooseAction)
    type(&state, "pull")
    run(&state, .confirm)
    #expect(run(&state, .quit).isEmpty && state.topOverlay == .quitPrompt)
    run(&state, .cancel)
    #expect(state.overlays.isEmpty && !state.finished)
    run(&state, .quit)
    guard case .save(let request)? = run(&state, .saveAndQuit).first else {
      Issue.record("no save")
      return
    }
    #expect(!state.finished)
    #expect(
      run(&state, .saveFinished(.saved(request.snapshot, written: []))) == [.exit] && state.finished
    )
    state = AppFixture.state()
    run(&state, .move(.right), .remove, .confirm, .quit)
    #expect(run(&state, .discardAndQuit) == [.exit])
  }

  @Test func helpCompactAndResize() {
    var state = AppFixture.state()
    run(&state, .help, .pageDown)
    guard case .help(let scroll)? = state.topOverlay else {
      Issue.record("no help")
      return
    }
    #expect(scroll > 0)
    run(&state, .cancel, .toggleCompact)
    #expect(state.compact && state.diagram.layout.nodes.allSatisfy { $0.height == 3 })
    run(&state, .resize(width: 30, height: 8))
    #expect(ScreenLayout(width: state.screenWidth, height: state.screenHeight).isTooSmall)
    run(&state, .resize(width: 100, height: 30))
    #expect(state.screenWidth == 100)
  }

  @Test func mouseSelectsOpensAndPicks() throws {
    var state = AppFixture.state()
    let area = ScreenLayout(width: state.screenWidth, height: state.screenHeight).graphArea
    let staging = try #require(state.diagram.layout.node("staging"))
    let x = staging.x - state.scroll.x + 1 + area.x + 2
    let y = staging.y - state.scroll.y + area.y + 1
    run(&state, .click(x: x, y: y, time: 1_000))
    #expect(state.selection == "staging" && state.overlays.isEmpty)
    run(&state, .click(x: x, y: y, time: 1_200))
    #expect(
      state.topOverlay == .inspector(environment: "staging", scroll: 0),
      "a double click opens the inspector")
    run(&state, .cancel, .chooseAction)
    let rows = try #require(
      ScreenLayout(width: state.screenWidth, height: state.screenHeight).listRows(
        of: state.topOverlay!, in: state))
    run(&state, .click(x: 60, y: rows.top + 2, time: 5_000))
    #expect(state.flow.step("staging")?.action == PromotionAction.noAction)
    run(&state, .chooseAction)
    #expect(state.topPicker?.highlighted == 2, "no action is now the current one")
    run(&state, .wheel(x: 60, y: rows.top, rows: -2))
    #expect(state.topPicker?.highlighted == 0)
  }
}
