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

  /// The content of every environment's box.
  public static func make(
    for flow: PromotionFlow, catalog: EnvironmentCatalog?, resolved: [ResolvedStep]?,
    glyphs: GlyphSet
  ) -> [String: BoxContent] {
    let none = glyphs == .ascii ? "-" : "—"
    let effective = Dictionary(
      (resolved ?? []).map { ($0.environment, $0) }, uniquingKeysWith: { a, _ in a })
    var boxes: [String: BoxContent] = [:]
    func kind(_ name: String) -> EnvironmentKind? { catalog?.environment(named: name)?.kind }
    if !flow.triggerEnvironment.isEmpty {
      let name = flow.triggerEnvironment
      let workflow = flow.triggerWorkflow
      var lines = [
        Line(
          label: "start", value: workflow ?? none, valueRole: workflow == nil ? .missing : .value)
      ]
      let hooks = hooksLine(Hooks(onSuccess: flow.hooks.onSuccess, onFail: flow.hooks.onFail))
      lines += hooks
      boxes[name] = BoxContent(
        name: name, badge: "TRIGGER", isProduction: kind(name) == .production, isTrigger: true,
        lines: lines,
        compactAction: "", hasPreAction: false, hasPostAction: workflow != nil,
        hasHooks: !hooks.isEmpty)
    }
    for step in flow.steps where boxes[step.environment] == nil {
      let resolvedStep = effective[step.environment]
      func cell(_ inline: String?, _ value: ResolvedValue?) -> (String?, Role) {
        if let inline { return (inline, .value) }
        if let value, let text = value.value, value.source != .inline { return (text, .fromPolicy) }
        return (nil, .missing)
      }
      let (actionValue, actionRole) = cell(step.action?.rawValue, resolvedStep?.action)
      let action: Line
      switch actionValue.map(PromotionAction.init(rawValue:)) {
      case .commit?: action = Line(label: "", value: "commit", valueRole: actionRole)
      case .pullRequest?: action = Line(label: "", value: "pull request", valueRole: actionRole)
      case .noAction?: action = Line(label: "", value: "no action", valueRole: actionRole)
      case .unknown(let raw)?: action = Line(label: "", value: "? " + raw, valueRole: .problem)
      case nil: action = Line(label: "", value: "by policy", valueRole: .missing)
      }
      let (pre, preRole) = cell(step.preAction, resolvedStep?.preAction)
      let (post, postRole) = cell(step.postAction, resolvedStep?.postAction)
      let isProduction = kind(step.environment) == .production
      let hooks = hooksLine(step.hooks)
      boxes[step.environment] = BoxContent(
        name: step.environment, badge: isProduction ? "PROD" : nil, isProduction: isProduction,
        isTrigger: false,
        lines: [
          action,
          Line(label: "pre", value: pre ?? none, valueRole: preRole),
          Line(label: "post", value: post ?? none, valueRole: postRole),
        ] + hooks,
        compactAction: compactCode(actionValue, glyphs: glyphs), hasPreAction: pre != nil,
        hasPostAction: post != nil, hasHooks: !hooks.isEmpty)
    }
    return boxes
  }

  /// A `hook` line naming the hooks set (`fail page`, `ok notify`), when any is; the box's
  /// width cuts the names when there is no room.
  static func hooksLine(_ hooks: Hooks) -> [Line] {
    let short: [Hooks.Field: String] = [.onStart: "start", .onSuccess: "ok", .onFail: "fail"]
    let set = Hooks.Field.allCases.compactMap { field in
      hooks[field].map { "\(short[field] ?? field.rawValue) \($0)" }
    }
    return set.isEmpty
      ? [] : [Line(label: "hook", value: set.joined(separator: ", "), valueRole: .value)]
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
