import PromotionKit
import TerminalCanvas

/// What one environment's box says: its name, whether it is production or the trigger, how it is
/// promoted, and its Pre-/Post-Action workflows — values from a promotion policy marked as such.
public struct BoxContent: Sendable, Equatable {
  /// One line of a box: a label and a value, each with its role.
  public struct Line: Sendable, Equatable {
    public var label: String
    public var value: String
    public var valueRole: Role
  }

  public enum Role: Sendable, Equatable {
    case value
    case missing
    case fromPolicy
    case problem
  }

  public var name: String
  public var badge: String?
  public var isProduction: Bool
  public var isTrigger: Bool
  public var lines: [Line]
  /// A short form of the action for compact boxes.
  public var compactAction: String
  public var hasPreAction: Bool
  public var hasPostAction: Bool
  /// Whether any hook is set: the step's, or on the trigger the flow's onSuccess / onFail.
  public var hasHooks: Bool

  /// What a box is made from. Equal inputs make the same box, so after an edit only the boxes
  /// of what changed are made again.
  struct Inputs: Equatable, Sendable {
    /// The step, for a target; nil for the trigger.
    var step: FlowStep?
    /// The trigger's workflow and the flow's hooks, for the trigger.
    var triggerWorkflow: String?
    var flowHooks: Hooks?
    var kind: EnvironmentKind?
    var resolved: ResolvedStep?
    var glyphs: GlyphSet
  }

  /// A box with what it was made from and its size in the diagram's style.
  struct Made: Sendable {
    var inputs: Inputs
    var box: BoxContent
    var size: (width: Int, height: Int)
  }

  /// The box of every environment, each with its inputs and size; boxes in `earlier` made from
  /// the same inputs (in the same style) are taken as they are.
  static func make(
    for flow: PromotionFlow, catalog: EnvironmentCatalog?, resolved: [ResolvedStep]?,
    glyphs: GlyphSet, compact: Bool, reusing earlier: [String: Made] = [:]
  ) -> [String: Made] {
    let effective = Dictionary(
      (resolved ?? []).map { ($0.environment, $0) }, uniquingKeysWith: { a, _ in a })
    var made: [String: Made] = [:]
    made.reserveCapacity(flow.steps.count + 1)
    func kind(_ name: String) -> EnvironmentKind? { catalog?.environment(named: name)?.kind }
    func add(_ name: String, _ inputs: Inputs) {
      if let old = earlier[name], old.inputs == inputs {
        made[name] = old
      } else {
        let content = inputs.step.map { box(for: $0, inputs) } ?? triggerBox(name, inputs)
        made[name] = Made(inputs: inputs, box: content, size: content.size(compact: compact))
      }
    }
    if !flow.triggerEnvironment.isEmpty {
      let name = flow.triggerEnvironment
      add(
        name,
        Inputs(
          triggerWorkflow: flow.triggerWorkflow, flowHooks: flow.hooks, kind: kind(name),
          glyphs: glyphs))
    }
    for step in flow.steps where made[step.environment] == nil {
      add(
        step.environment,
        Inputs(
          step: step, kind: kind(step.environment), resolved: effective[step.environment],
          glyphs: glyphs))
    }
    return made
  }

  static func triggerBox(_ name: String, _ inputs: Inputs) -> BoxContent {
    let workflow = inputs.triggerWorkflow
    let hooks = hooksLine(
      Hooks(onSuccess: inputs.flowHooks?.onSuccess, onFail: inputs.flowHooks?.onFail))
    return BoxContent(
      name: name, badge: "TRIGGER", isProduction: inputs.kind == .production, isTrigger: true,
      lines: [
        Line(
          label: "start", value: workflow ?? none(inputs.glyphs),
          valueRole: workflow == nil ? .missing : .value)
      ] + hooks,
      compactAction: "", hasPreAction: false, hasPostAction: workflow != nil,
      hasHooks: !hooks.isEmpty)
  }

  static func box(for step: FlowStep, _ inputs: Inputs) -> BoxContent {
    func cell(_ inline: String?, _ value: ResolvedValue?) -> (String?, Role) {
      if let inline { return (inline, .value) }
      if let value, let text = value.value, value.source != .inline { return (text, .fromPolicy) }
      return (nil, .missing)
    }
    let (actionValue, actionRole) = cell(step.action?.rawValue, inputs.resolved?.action)
    let action: Line
    switch actionValue.map(PromotionAction.init(rawValue:)) {
    case .commit?: action = Line(label: "", value: "commit", valueRole: actionRole)
    case .pullRequest?: action = Line(label: "", value: "pull request", valueRole: actionRole)
    case .noAction?: action = Line(label: "", value: "no action", valueRole: actionRole)
    case .unknown(let raw)?: action = Line(label: "", value: "? " + raw, valueRole: .problem)
    case nil: action = Line(label: "", value: "by policy", valueRole: .missing)
    }
    let (pre, preRole) = cell(step.preAction, inputs.resolved?.preAction)
    let (post, postRole) = cell(step.postAction, inputs.resolved?.postAction)
    let isProduction = inputs.kind == .production
    let hooks = hooksLine(step.hooks)
    let empty = none(inputs.glyphs)
    return BoxContent(
      name: step.environment, badge: isProduction ? "PROD" : nil, isProduction: isProduction,
      isTrigger: false,
      lines: [
        action,
        Line(label: "pre", value: pre ?? empty, valueRole: preRole),
        Line(label: "post", value: post ?? empty, valueRole: postRole),
      ] + hooks,
      compactAction: compactCode(actionValue, glyphs: inputs.glyphs), hasPreAction: pre != nil,
      hasPostAction: post != nil, hasHooks: !hooks.isEmpty)
  }

  /// What an empty value shows.
  static func none(_ glyphs: GlyphSet) -> String { glyphs == .ascii ? "-" : "—" }

  /// A `hook` line naming the hooks set (`fail page`, `ok notify`), when any is; the box's
  /// width cuts the names when there is no room.
  static func hooksLine(_ hooks: Hooks) -> [Line] {
    guard hooks != Hooks() else { return [] }
    let set = Hooks.Field.allCases.compactMap { field in
      hooks[field].map { "\(shortName(of: field)) \($0)" }
    }
    return set.isEmpty
      ? [] : [Line(label: "hook", value: set.joined(separator: ", "), valueRole: .value)]
  }

  static func shortName(of field: Hooks.Field) -> String {
    switch field {
    case .onStart: return "start"
    case .onSuccess: return "ok"
    case .onFail: return "fail"
    }
  }

  static func compactCode(_ action: String?, glyphs: GlyphSet) -> String {
    switch action {
    case "commit"?: return "c"
    case "pr"?: return "pr"
    case "none"?: return "-"
    case nil: return glyphs == .ascii ? "." : "·"
    default: return "?"
    }
  }

  /// The text of a line as drawn: `label value`, the label padded so values align.
  func text(of line: Line) -> String {
    line.label.isEmpty ? line.value : Self.paddedLabel(line.label) + line.value
  }

  /// A label and the space after it, padded so the values of `pre` and `post` lines align.
  static func paddedLabel(_ label: String) -> String {
    label.padding(toLength: max(5, label.count + 1), withPad: " ", startingAt: 0)
  }

  /// The box size in cells for a style.
  public func size(compact: Bool) -> (width: Int, height: Int) {
    if compact {
      let content = DisplayWidth.of(name) + (isTrigger ? 3 : 6)
      return (min(max(content + 4, 12), 26), 3)
    }
    var widest = DisplayWidth.of(name) + (badge.map { DisplayWidth.of($0) + 2 } ?? 0)
    for line in lines { widest = max(widest, DisplayWidth.of(text(of: line))) }
    return (min(max(widest + 4, 18), 32), lines.count + 3)
  }
}
