import PromotionKit
import Testing

/// The pure edits behind the TUI's undo stack.
@Suite struct FlowEditsTests {
  /// dev → qa → staging → {prod-us, prod-eu}; prod-eu also waits for qa.
  static let shop: PromotionFlow = {
    var flow = PromotionFlow(name: "shop", triggerEnvironment: "dev")
    flow.steps = [
      FlowStep(environment: "qa", dependsOn: ["dev"]),
      FlowStep(environment: "staging", dependsOn: ["qa"]),
      FlowStep(environment: "prod-us", dependsOn: ["staging"]),
      FlowStep(environment: "prod-eu", dependsOn: ["staging", "qa"]),
    ]
    return flow
  }()

  func value(_ result: Result<PromotionFlow, FlowEditError>) throws -> PromotionFlow {
    try result.get()
  }

  func error(_ result: Result<PromotionFlow, FlowEditError>) -> FlowEditError? {
    if case .failure(let error) = result { return error }
    return nil
  }

  @Test func settingTheTriggerOnAnEmptyFlowAndMovingIt() throws {
    let empty = PromotionFlow(name: "new")
    #expect(try value(empty.settingTrigger("dev")).triggerEnvironment == "dev")
    let moved = try value(Self.shop.settingTrigger("build"))
    #expect(moved.triggerEnvironment == "build")
    #expect(moved.step("qa")?.dependsOn == ["build"])
    #expect(moved.contains("dev") == false, "the old trigger leaves the flow")
    #expect(
      error(Self.shop.settingTrigger("Bad Name"))
        == .invalidName(
          "Bad Name", reason: "'B' is not allowed (use lowercase letters, digits and '-')"))
  }

  @Test func aTargetMadeTheTriggerGivesUpItsStepAndItsDependentsWaitForWhatItWaitedFor() throws {
    let promoted = try value(Self.shop.settingTrigger("qa"))
    #expect(promoted.triggerEnvironment == "qa")
    #expect(promoted.step("qa") == nil && !promoted.contains("dev"))
    #expect(promoted.step("staging")?.dependsOn == ["qa"], "qa waited for dev, now the trigger")
    #expect(promoted.step("prod-eu")?.dependsOn == ["staging", "qa"], "no duplicates")
    let deeper = try value(Self.shop.settingTrigger("staging"))
    #expect(deeper.step("prod-us")?.dependsOn == ["qa"], "what staging waited for")
    #expect(deeper.step("qa")?.dependsOn == ["staging"], "what waited for dev waits for staging")
    #expect(deeper.step("prod-eu")?.dependsOn == ["qa"])
    #expect(try value(Self.shop.settingTrigger("dev")) == Self.shop, "the same trigger: no change")
  }

  @Test func addingATargetPlacesItAfterItsParentsSubtree() throws {
    let added = try value(Self.shop.addingTarget("qa-perf", dependingOn: "qa"))
    #expect(added.step("qa-perf")?.dependsOn == ["qa"])
    #expect(added.steps.map(\.environment) == ["qa", "staging", "prod-us", "prod-eu", "qa-perf"])
    let afterUS = try value(Self.shop.addingTarget("us-canary", dependingOn: "prod-us"))
    #expect(
      afterUS.steps.map(\.environment) == ["qa", "staging", "prod-us", "us-canary", "prod-eu"])
    #expect(error(Self.shop.addingTarget("qa", dependingOn: "dev")) == .duplicateEnvironment("qa"))
    #expect(
      error(Self.shop.addingTarget("x", dependingOn: "nowhere")) == .unknownEnvironment("nowhere"))
  }

  @Test func settingDependsOnRefusesCyclesAndNamesThePath() throws {
    let parallel = try value(
      Self.shop.settingDependsOn("prod-us", to: ["staging", "qa", "staging"]))
    #expect(parallel.step("prod-us")?.dependsOn == ["staging", "qa"])
    let refused = error(Self.shop.settingDependsOn("qa", to: ["prod-eu"]))
    #expect(refused == .cycle(path: ["qa", "prod-eu", "qa"]))
    #expect(refused?.description == "that would make a cycle: qa → prod-eu → qa")
    let longer = error(Self.shop.settingDependsOn("qa", to: ["dev", "prod-us"]))
    #expect(longer == .cycle(path: ["qa", "staging", "prod-us", "qa"]))
    #expect(error(Self.shop.settingDependsOn("qa", to: [])) == .emptyDependsOn("qa"))
    #expect(error(Self.shop.settingDependsOn("qa", to: ["qa"])) == .selfDependency("qa"))
    #expect(error(Self.shop.settingDependsOn("qa", to: ["nope"])) == .unknownEnvironment("nope"))
    #expect(error(Self.shop.settingDependsOn("dev", to: ["qa"])) == .notATarget("dev"))
  }

  @Test func removeWithReconnectHandsOverDependenciesInPlace() throws {
    let flow = try value(Self.shop.removing("staging", mode: .reconnect))
    #expect(flow.steps.map(\.environment) == ["qa", "prod-us", "prod-eu"])
    #expect(flow.step("prod-us")?.dependsOn == ["qa"])
    #expect(flow.step("prod-eu")?.dependsOn == ["qa"], "deduplicated: staging's qa and its own qa")
    #expect(Self.shop.removal(of: "staging", mode: .reconnect) == ["staging"])
  }

  @Test func removeWithCascadeTakesEverythingDownstream() throws {
    #expect(Self.shop.removal(of: "staging", mode: .cascade) == ["staging", "prod-us", "prod-eu"])
    let flow = try value(Self.shop.removing("staging", mode: .cascade))
    #expect(flow.steps.map(\.environment) == ["qa"])
    let fromQA = try value(Self.shop.removing("qa", mode: .cascade))
    #expect(fromQA.steps.isEmpty && fromQA.triggerEnvironment == "dev")
  }

  @Test func theTriggerGoesOnlyWhenAloneOrWithCascade() throws {
    #expect(error(Self.shop.removing("dev", mode: .reconnect)) == .triggerHasTargets("dev"))
    let cleared = try value(Self.shop.removing("dev", mode: .cascade))
    #expect(cleared.triggerEnvironment.isEmpty && cleared.steps.isEmpty)
    let alone = PromotionFlow(name: "x", triggerEnvironment: "dev")
    #expect(try value(alone.removing("dev", mode: .reconnect)).triggerEnvironment.isEmpty)
  }

  @Test func renameUpdatesEveryReference() throws {
    let flow = try value(Self.shop.renaming("qa", to: "test"))
    #expect(flow.step("test")?.dependsOn == ["dev"])
    #expect(flow.step("staging")?.dependsOn == ["test"])
    #expect(flow.step("prod-eu")?.dependsOn == ["staging", "test"])
    #expect(try value(Self.shop.renaming("dev", to: "build")).step("qa")?.dependsOn == ["build"])
    #expect(error(Self.shop.renaming("qa", to: "staging")) == .duplicateEnvironment("staging"))
    #expect(error(Self.shop.renaming("qa", to: "../x")) != nil)
  }

  @Test func actionsWorkflowsAndHooks() throws {
    var flow = try value(Self.shop.settingAction(.pullRequest, of: "prod-us"))
    #expect(flow.step("prod-us")?.action == .pullRequest)
    flow = try value(flow.settingAction(nil, of: "prod-us"))
    #expect(flow.step("prod-us")?.action == nil)
    flow = try value(flow.settingPreAction("smoke", of: "qa"))
    flow = try value(flow.settingPostAction("notify", of: "qa"))
    #expect(flow.step("qa")?.preAction == "smoke" && flow.step("qa")?.postAction == "notify")
    #expect(error(flow.settingPreAction("--upload-pack=x", of: "qa")) != nil)
    flow = try value(flow.settingHooks(Hooks(onFail: "page"), of: "staging"))
    #expect(flow.step("staging")?.hooks.onFail == "page")
    flow = try value(flow.settingHooks(Hooks(onSuccess: "party"), of: "dev"))
    #expect(flow.hooks.onSuccess == "party")
    #expect(error(flow.settingAction(.commit, of: "dev")) == .notATarget("dev"))
  }

  @Test func triggerWorkflowMigratesPostTriggerOnlyWhenChanged() throws {
    var flow = Self.shop
    flow.postTrigger = "legacy"
    #expect(flow.triggerWorkflow == "legacy")
    let changed = try value(flow.settingTriggerWorkflow("start"))
    #expect(changed.hooks.onStart == "start" && changed.postTrigger == nil)
  }

  @Test func flowSettings() throws {
    let flow = try value(
      Self.shop.settingSettings(name: "shop-v2", description: "Train", version: "2", timeout: 90))
    #expect(flow.name == "shop-v2" && flow.description == "Train" && flow.version == "2")
    #expect(flow.promotionTimeoutLimit == 90)
    #expect(
      try value(flow.settingSettings(name: "shop-v2", description: "", version: nil, timeout: nil))
        .description == nil)
    #expect(
      error(Self.shop.settingSettings(name: "shop", description: nil, version: nil, timeout: 0))
        != nil)
    #expect(
      error(Self.shop.settingSettings(name: "Shop!", description: nil, version: nil, timeout: nil))
        != nil)
  }
}

/// Waves: the trigger is wave 0, a step is one after the latest of what it waits for.
@Suite struct WavesTests {
  @Test func wavesFollowTheLongestDependency() {
    let waves = Waves(FlowEditsTests.shop)
    #expect(waves.waves == [["dev"], ["qa"], ["staging"], ["prod-us", "prod-eu"]])
    var flow = FlowEditsTests.shop
    flow.steps.append(FlowStep(environment: "audit", dependsOn: ["dev", "prod-eu"]))
    flow.steps.insert(FlowStep(environment: "lint", dependsOn: ["dev"]), at: 0)
    #expect(
      Waves(flow).waves == [
        ["dev"], ["lint", "qa"], ["staging"], ["prod-us", "prod-eu"], ["audit"],
      ])
  }

  @Test func brokenFlowsStillHaveWaves() {
    var flow = PromotionFlow(name: "x", triggerEnvironment: "dev")
    flow.steps = [
      FlowStep(environment: "qa", dependsOn: ["dev", "staging"]),
      FlowStep(environment: "staging", dependsOn: ["qa"]),
      FlowStep(environment: "orphan", dependsOn: ["missing"]),
    ]
    let waves = Waves(flow)
    #expect(waves.waveOf == ["dev": 0, "qa": 1, "staging": 2, "orphan": 1])
    #expect(FlowGraph(flow).cycles() == [["qa", "staging", "qa"]])
  }

  @Test func deepChainsDoNotExhaustTheStack() {
    var flow = PromotionFlow(name: "deep", triggerEnvironment: "e0")
    flow.steps = (1...20_000).map { FlowStep(environment: "e\($0)", dependsOn: ["e\($0 - 1)"]) }
    let waves = Waves(flow)
    #expect(waves.waves.count == 20_001)
    #expect(FlowGraph(flow).cycles().isEmpty)
  }
}
