import PromotionKit
import Testing

/// The semantic diff: what a reviewer needs to know about a flow change, and nothing that is only
/// formatting.
@Suite struct FlowDiffTests {
  /// dev → qa → staging → prod, prod by pull request.
  let base: PromotionFlow = {
    var flow = PromotionFlow(name: "shop", triggerEnvironment: "dev")
    flow.steps = [
      FlowStep(environment: "qa", dependsOn: ["dev"], action: .commit),
      FlowStep(environment: "staging", dependsOn: ["qa"], postAction: "smoke"),
      FlowStep(environment: "prod", dependsOn: ["staging"], action: .pullRequest),
    ]
    return flow
  }()

  func edited(_ change: (inout PromotionFlow) -> Void) -> PromotionFlow {
    var flow = base
    change(&flow)
    return flow
  }

  func step(_ flow: inout PromotionFlow, _ name: String, _ change: (inout FlowStep) -> Void) {
    guard let index = flow.stepIndex(name) else {
      Issue.record("no step \(name)")
      return
    }
    change(&flow.steps[index])
  }

  @Test func theSameFlowHasNoChanges() {
    let diff = FlowDiff(from: base, to: base)
    #expect(diff.isEmpty)
    #expect(diff.lines(new: base).isEmpty)
  }

  @Test func addedAndRemovedEnvironmentsAreListedWithWhatTheyWaitFor() {
    let new = edited { flow in
      flow.steps.removeAll { $0.environment == "staging" }
      flow.steps.append(FlowStep(environment: "prod-eu", dependsOn: ["qa", "prod"]))
      step(&flow, "prod") { $0.dependsOn = ["qa"] }
    }
    let diff = FlowDiff(from: base, to: new)
    #expect(diff.added == ["prod-eu"])
    #expect(diff.removed == ["staging"])
    #expect(diff.renamed.isEmpty)
    #expect(
      diff.changed == [
        .init(
          environment: "prod",
          changes: [.init(field: "dependsOn", from: .list(["staging"]), to: .list(["qa"]))])
      ])
    let lines = diff.lines(new: new).map(\.text)
    #expect(lines.prefix(2) == ["add prod-eu after qa, prod", "remove staging"])
  }

  @Test func aRemovedAndAddedPairWithTheSameDependenciesAndSettingsIsARename() {
    let new = edited { flow in
      step(&flow, "qa") { $0.environment = "test" }
      step(&flow, "staging") { $0.dependsOn = ["test"] }
    }
    let diff = FlowDiff(from: base, to: new)
    #expect(diff.renamed == [.init(from: "qa", to: "test")])
    #expect(diff.added.isEmpty && diff.removed.isEmpty)
    #expect(diff.changed.isEmpty, "staging waits for the renamed qa: no dependency change")
    #expect(diff.waves.isEmpty)
    #expect(diff.lines(new: new).map(\.text) == ["rename qa to test"])
  }

  @Test func aChainOfRenamesIsFoundWhateverTheFileOrder() {
    let new = edited { flow in
      flow.steps = [
        FlowStep(environment: "production", dependsOn: ["stage"], action: .pullRequest),
        FlowStep(environment: "stage", dependsOn: ["test"], postAction: "smoke"),
        FlowStep(environment: "test", dependsOn: ["dev"], action: .commit),
      ]
    }
    let diff = FlowDiff(from: base, to: new)
    #expect(
      Set(diff.renamed) == [
        .init(from: "qa", to: "test"), .init(from: "staging", to: "stage"),
        .init(from: "prod", to: "production"),
      ])
    #expect(diff.added.isEmpty && diff.removed.isEmpty && diff.changed.isEmpty)
  }

  @Test func aReplacementWithOtherSettingsIsNotARename() {
    let new = edited { flow in
      step(&flow, "prod") {
        $0.environment = "production"
        $0.action = .commit
      }
    }
    let diff = FlowDiff(from: base, to: new)
    #expect(diff.renamed.isEmpty)
    #expect(diff.added == ["production"] && diff.removed == ["prod"])
  }

  @Test func aLeafInPlaceOfAStepOthersWaitedForIsNotARename() {
    let new = edited { flow in
      flow.steps.removeAll { $0.environment == "staging" }
      flow.steps.append(FlowStep(environment: "prod-eu", dependsOn: ["qa"], postAction: "smoke"))
      step(&flow, "prod") { $0.dependsOn = ["qa"] }
    }
    let diff = FlowDiff(from: base, to: new)
    #expect(diff.renamed.isEmpty, "prod waited for staging; nothing waits for prod-eu")
    #expect(diff.added == ["prod-eu"] && diff.removed == ["staging"])
  }

  @Test func fanInChangesAreDependencyChangesButTheirOrderIsNot() {
    let wider = edited { flow in
      flow.steps.insert(FlowStep(environment: "uat", dependsOn: ["qa"]), at: 1)
      step(&flow, "prod") { $0.dependsOn = ["staging", "uat"] }
    }
    let reordered = edited { flow in
      flow.steps.insert(FlowStep(environment: "uat", dependsOn: ["qa"]), at: 1)
      step(&flow, "prod") { $0.dependsOn = ["uat", "staging"] }
    }
    let diff = FlowDiff(from: base, to: wider)
    #expect(diff.added == ["uat"])
    #expect(
      diff.changed.first?.changes == [
        .init(field: "dependsOn", from: .list(["staging"]), to: .list(["staging", "uat"]))
      ])
    #expect(FlowDiff(from: wider, to: reordered).isEmpty, "the order of dependsOn means nothing")
  }

  @Test func replacingTheTriggerMovesItsDependentsWithIt() {
    let renamedTrigger = edited { flow in
      flow.triggerEnvironment = "build"
      step(&flow, "qa") { $0.dependsOn = ["build"] }
    }
    let diff = FlowDiff(from: base, to: renamedTrigger)
    #expect(diff.trigger == .init(from: "dev", to: "build"))
    #expect(diff.added.isEmpty && diff.removed.isEmpty && diff.changed.isEmpty)
    #expect(diff.lines(new: renamedTrigger).map(\.text) == ["trigger dev → build"])

    let promotedTarget = edited { flow in
      flow.triggerEnvironment = "qa"
      flow.steps.removeAll { $0.environment == "qa" }
      step(&flow, "staging") { $0.dependsOn = ["qa"] }
    }
    let promoted = FlowDiff(from: base, to: promotedTarget)
    #expect(promoted.trigger == .init(from: "dev", to: "qa"))
    #expect(promoted.removed.isEmpty, "qa is still in the flow, as the trigger")
    #expect(promoted.changed.isEmpty)
    #expect(
      promoted.waves.map(\.environment) == ["staging", "prod"], "each starts a wave earlier")
    #expect(promoted.waves.allSatisfy { $0.to == $0.from - 1 })
  }

  @Test func actionsWorkflowsAndHooksChangeFromOldToNew() {
    let new = edited { flow in
      step(&flow, "prod") {
        $0.action = nil
        $0.preAction = "db-migrate"
        $0.hooks.onFail = "page-oncall"
      }
      step(&flow, "staging") { $0.postAction = nil }
    }
    let diff = FlowDiff(from: base, to: new)
    #expect(
      diff.changed == [
        .init(
          environment: "staging",
          changes: [.init(field: "postAction", from: .text("smoke"), to: .none)]),
        .init(
          environment: "prod",
          changes: [
            .init(field: "action", from: .text("pr"), to: .none),
            .init(field: "preAction", from: .none, to: .text("db-migrate")),
            .init(field: "hooks.onFail", from: .none, to: .text("page-oncall")),
          ]),
      ])
    #expect(
      diff.lines(new: new).map(\.text) == [
        "staging: postAction smoke → unset", "prod: action pr → unset",
        "prod: preAction unset → db-migrate", "prod: hooks.onFail unset → page-oncall",
      ])
  }

  @Test func flowSettingsAndFlowHooksAreSettings() {
    let new = edited { flow in
      flow.promotionTimeoutLimit = 120
      flow.description = "Shop releases"
      flow.hooks.onSuccess = "notify"
      flow.labels = [KeyValue("team", "payments")]
    }
    let diff = FlowDiff(from: base, to: new)
    #expect(
      diff.settings == [
        .init(field: "description", from: .none, to: .text("Shop releases")),
        .init(field: "promotionTimeoutLimit", from: .none, to: .text("120")),
        .init(field: "labels", from: .list([]), to: .list(["team=payments"])),
        .init(field: "hooks.onSuccess", from: .none, to: .text("notify")),
      ])
    #expect(diff.changed.isEmpty && diff.added.isEmpty)
  }

  @Test func anEnvironmentThatNowWaitsLongerStartsInALaterWave() {
    let new = edited { flow in
      flow.steps.insert(FlowStep(environment: "perf", dependsOn: ["staging"]), at: 2)
      step(&flow, "prod") { $0.dependsOn = ["perf"] }
    }
    let diff = FlowDiff(from: base, to: new)
    #expect(diff.waves == [.init(environment: "prod", from: 3, to: 4)])
    #expect(diff.lines(new: new).last?.text == "prod starts later (wave 3 → 4)")
  }

  @Test func withAProductEffectiveValuesThatPoliciesDecideAreCompared() {
    let policies = FlowDiff.Policies(
      product: "shop",
      policies: [
        PromotionPolicy(
          name: "prod-commit", priority: 1, action: .commit, environmentNames: ["prod"]),
        PromotionPolicy(name: "gate", priority: 2, preAction: "approve"),
      ],
      catalog: nil)
    let new = edited { flow in
      step(&flow, "prod") { $0.action = nil }
      step(&flow, "qa") { $0.action = .noAction }
    }
    let diff = FlowDiff(from: base, to: new, policies: policies)
    #expect(diff.product == "shop")
    #expect(
      diff.effective == [
        .init(
          environment: "prod", field: "action", from: ResolvedValue(value: "pr", source: .inline),
          to: ResolvedValue(value: "commit", source: .policy(name: "prod-commit", priority: 1)))
      ], "qa's change is inline on both sides: an environment change, not an effective one")
    #expect(
      diff.lines(new: new).last?.text
        == "prod: effective action pr (inline) → commit (policy prod-commit)")
    #expect(FlowDiff(from: base, to: base, policies: policies).isEmpty)
  }

  @Test func formattingCommentsAndOrderAreNoChanges() throws {
    let written = """
      apiVersion: codefresh.io/v1beta1
      kind: PromotionFlow
      metadata:
        name: shop
      spec:
        triggerEnvironment: dev
        steps:
          - environment: qa
            dependsOn: [dev]
            policy: {action: commit}
          - environment: staging
            dependsOn: [qa]
            policy:
              postAction: smoke
          - environment: prod
            dependsOn: [staging]
            policy: {action: pr}

      """
    let reformatted = """
      # Reviewed in PR 12
      kind: PromotionFlow
      apiVersion: "codefresh.io/v1beta1"
      metadata: {name: shop}
      spec:
        steps:
        - environment: prod   # the last one
          policy:
            action: 'pr'
          dependsOn:
          - staging
        - {environment: qa, dependsOn: [dev], policy: {action: commit}}
        - environment: staging
          dependsOn: [qa]
          policy: {postAction: smoke}
        triggerEnvironment: dev
      """
    let old = try #require(try FlowDocument.firstFlow(in: written, path: "a.yaml").get())
    let new = try #require(try FlowDocument.firstFlow(in: reformatted, path: "b.yaml").get())
    #expect(FlowDiff(from: old, to: new).isEmpty)
    #expect(FlowDiff(from: old, to: base).isEmpty)
  }

  @Test func theCommitMessageNamesTheFirstChangeAndKeepsEveryOneInTheBody() {
    let one = edited { flow in step(&flow, "prod") { $0.action = .commit } }
    let single = FlowDiff(from: base, to: one).commitMessage(new: one)
    #expect(single.subject == "shop: prod: action pr → commit")
    #expect(single.body.isEmpty)

    let many = edited { flow in
      flow.steps.append(FlowStep(environment: "prod-eu", dependsOn: ["staging"]))
      step(&flow, "prod") { $0.preAction = "db-migrate" }
      step(&flow, "qa") { $0.hooks.onStart = "seed" }
      flow.promotionTimeoutLimit = 30
    }
    let message = FlowDiff(from: base, to: many).commitMessage(new: many)
    #expect(message.subject == "shop: 4 changes to 3 environments", "too long to list: summed up")
    #expect(!message.subject.contains("…"))
    #expect(
      message.body.split(separator: "\n") == [
        "- add prod-eu after staging", "- qa: hooks.onStart unset → seed",
        "- prod: preAction unset → db-migrate", "- flow promotionTimeoutLimit unset → 30",
      ])
  }

  @Test func aSubjectListsTheChangesWhenTheyFitAndNeverPassesSeventyTwo() {
    let two = edited { flow in
      flow.steps.append(FlowStep(environment: "perf", dependsOn: ["staging"]))
      step(&flow, "prod") { $0.action = .commit }
    }
    let message = FlowDiff(from: base, to: two).commitMessage(new: two)
    #expect(message.subject == "shop: add perf after staging, prod: action pr → commit")
    #expect(message.body == "- add perf after staging\n- prod: action pr → commit")
    let long = edited { flow in
      step(&flow, "prod") { $0.preAction = String(repeating: "w", count: 80) }
    }
    let single = FlowDiff(from: base, to: long).commitMessage(new: long)
    #expect(single.subject == "shop: 1 change to prod")
    #expect(single.body == "- prod: preAction unset → " + String(repeating: "w", count: 80))
    var many = base
    for index in 0..<40 {
      many.steps.append(FlowStep(environment: "env-\(index)", dependsOn: ["prod"]))
    }
    let forty = FlowDiff(from: base, to: many).commitMessage(new: many)
    #expect(forty.subject == "shop: 40 changes to 40 environments")
    #expect(forty.body.split(separator: "\n").count == 40)
    for subject in [message.subject, single.subject, forty.subject] {
      #expect(subject.count <= 72 && !subject.hasSuffix("…"))
    }
  }

  @Test func aNewFlowIsEverythingAdded() {
    let diff = FlowDiff(from: PromotionFlow(name: "shop"), to: base)
    #expect(diff.trigger == .init(from: nil, to: "dev"))
    #expect(diff.added == ["qa", "staging", "prod"])
    #expect(diff.changed.isEmpty && diff.waves.isEmpty)
  }
}
