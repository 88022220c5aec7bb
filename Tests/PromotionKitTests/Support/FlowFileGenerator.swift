import FlowLayout
import PromotionKit
import TestSupport

/// A generated flow file and what a correct reader must find in it.
struct GeneratedFlowFile {
  var seed: UInt64
  var text: String
  /// The flow as it is written in `text`.
  var flow: PromotionFlow
  /// Every comment written, with the path of the entry it belongs to (`step3/policy/action`).
  var comments: [(text: String, owner: String)]
  /// Unique values written into fields promoflow does not know, with their owner.
  var markers: [(text: String, owner: String)]
  /// A second document that edits of the flow must leave byte-identical.
  var otherDocument: String?
}

/// Writes random promotion flows the way people write them by hand: 2- or 4-space indentation,
/// indented or flush sequences, flow and block lists, every quoting style, comments above and
/// after entries, unknown fields at every level, Unicode text, and sometimes a second document.
struct FlowFileGenerator {
  var random: SeededRandom
  let seed: UInt64
  let step: Int
  let indentSequences: Bool
  var lines: [String] = []
  var comments: [(String, String)] = []
  var markers: [(String, String)] = []
  /// The path of the entry being written, which owns the comments and markers written now.
  var owner = ""

  init(seed: UInt64) {
    self.seed = seed
    random = SeededRandom(seed: seed)
    step = random.chance(0.7) ? 2 : 4
    indentSequences = random.chance(0.6)
  }

  static let words = [
    "alpha", "beta", "gamma", "delta", "eu", "us", "ap", "blue", "green", "canary",
  ]
  static let unicodeWords = ["grüße", "東京", "naïve", "café", "Ωmega", "😀", "façade", "日本語"]

  mutating func name(_ prefix: String) -> String {
    prefix + "-" + random.pick(Self.words) + "-" + String(Int.random(in: 0..<1000, using: &random))
  }

  mutating func text() -> String {
    let count = Int.random(in: 1...4, using: &random)
    return (0..<count).map { _ in
      random.chance(0.3) ? random.pick(Self.unicodeWords) : random.pick(Self.words)
    }.joined(separator: " ")
  }

  /// A scalar for `value` in a random quoting style that reads back as the same string.
  mutating func quoted(_ value: String, plainAllowed: Bool = true) -> String {
    switch Int.random(in: 0..<3, using: &random) {
    case 0 where plainAllowed: return value
    case 1: return "'" + value.replacingOccurrences(of: "'", with: "''") + "'"
    default:
      return "\""
        + value.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(
          of: "\"", with: "\\\"") + "\""
    }
  }

  mutating func newComment() -> String {
    let text =
      "# c\(comments.count) " + self.text() + (random.chance(0.2) ? " # 'quoted' \"x\": y" : "")
    comments.append((text, owner))
    return text
  }

  mutating func marker() -> String {
    let value =
      "m\(markers.count)-" + random.pick(Self.words)
      + (random.chance(0.3) ? "-" + random.pick(Self.unicodeWords) : "")
    markers.append((value, owner))
    return value
  }

  /// Maybe a blank line and maybe a comment line above something at `column`.
  mutating func trivia(_ column: Int) {
    if random.chance(0.08) { lines.append("") }
    if random.chance(0.15) { lines.append(String(repeating: " ", count: column) + newComment()) }
  }

  mutating func eol() -> String { random.chance(0.15) ? "  " + newComment() : "" }

  mutating func line(_ column: Int, _ text: String) {
    lines.append(String(repeating: " ", count: column) + text)
  }

  /// An unknown field at `column` with a scalar, nested, flow or literal value.
  mutating func unknownField(_ column: Int) {
    trivia(column)
    let key = "x-" + random.pick(Self.words) + "-\(markers.count)"
    switch Int.random(in: 0..<4, using: &random) {
    case 0:
      line(column, key + ": " + quoted(marker(), plainAllowed: false) + eol())
    case 1:
      line(column, key + ":" + eol())
      line(column + step, "inner: " + quoted(marker()) + eol())
      line(column + step, "list:")
      let dash = column + step + (indentSequences ? step : 0)
      line(dash, "- " + quoted(marker()))
      line(dash, "- 42")
    case 2:
      line(column, key + ": {a: " + marker() + ", b: [1, two]}" + eol())
    default:
      let value = marker()
      line(column, key + ": |" + eol())
      line(column + step, value)
      line(column + step, "second line: not a key # not a comment")
    }
  }

  mutating func generate() -> GeneratedFlowFile {
    if random.chance(0.4) {
      lines.append(newComment())
      if random.chance(0.5) { lines.append("") }
    }
    if random.chance(0.3) { lines.append("---") }
    let environmentCount = Int.random(in: 1...9, using: &random)
    var environments = ["dev"]
    for index in 1..<(environmentCount + 1) {
      environments.append("env\(index)-" + random.pick(Self.words))
    }
    var flow = PromotionFlow(name: name("flow"), triggerEnvironment: environments[0])

    line(0, "apiVersion: codefresh.io/v1beta1")
    line(0, "kind: PromotionFlow")
    trivia(0)
    line(0, "metadata:" + eol())
    trivia(step)
    line(step, "name: " + quoted(flow.name) + eol())
    if random.chance(0.3) {
      let namespace = name("ns")
      flow.namespace = namespace
      line(step, "namespace: " + namespace + eol())
    }
    if random.chance(0.5) {
      let value = text()
      flow.labels = [KeyValue("team", value)]
      if random.chance(0.5) {
        line(step, "labels: {team: " + quoted(value, plainAllowed: false) + "}")
      } else {
        line(step, "labels:" + eol())
        line(step * 2, "team: " + quoted(value, plainAllowed: !value.contains(" ")) + eol())
      }
    }
    if random.chance(0.6) {
      line(step, "annotations:")
      let description = text()
      flow.annotations.append(KeyValue("description", description))
      trivia(step * 2)
      line(step * 2, "description: " + quoted(description, plainAllowed: false) + eol())
      if random.chance(0.5) {
        flow.annotations.append(KeyValue("version", "1.2"))
        line(step * 2, "version: \"1.2\"" + eol())
      }
    }
    if random.chance(0.2) { unknownField(step) }

    trivia(0)
    line(0, "spec:" + eol())
    var specParts = ["trigger", "steps", "hooks", "timeout", "unknown"].filter { part in
      part == "trigger" || part == "steps" || random.chance(0.4)
    }
    if random.chance(0.5) { specParts.shuffle(using: &random) }
    for part in specParts {
      owner = part
      switch part {
      case "trigger":
        trivia(step)
        line(step, "triggerEnvironment: " + quoted(flow.triggerEnvironment) + eol())
      case "steps":
        trivia(step)
        line(step, "steps:" + eol())
        let dash = step + (indentSequences ? step : 0)
        for index in 1..<environments.count {
          owner = "step\(index - 1)"
          let dependencies = dependencies(of: index, among: environments)
          let written = writeStep(
            environments[index], dependsOn: dependencies, dash: dash, origin: index - 1)
          flow.steps.append(written)
          owner = ""
        }
      case "hooks":
        flow.hooks = writeHooks(step)
      case "timeout":
        let minutes = Int.random(in: 1...1440, using: &random)
        flow.promotionTimeoutLimit = minutes
        trivia(step)
        line(step, "promotionTimeoutLimit: \(minutes)" + eol())
      default:
        unknownField(step)
      }
    }
    var otherDocument: String?
    if random.chance(0.3) {
      let other = """
        ---
        # the policy document must stay byte-identical
        apiVersion: codefresh.io/v1beta1
        kind: PromotionPolicy
        metadata: {name: \(name("policy"))}
        spec:
            priority: 3
            policy:   {action: 'commit'}
        """
      otherDocument = other
      lines += other.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }
    if random.chance(0.2) { lines.append(newComment()) }
    let ending = random.chance(0.9) ? "\n" : ""
    return GeneratedFlowFile(
      seed: seed, text: lines.joined(separator: "\n") + ending, flow: flow, comments: comments,
      markers: markers, otherDocument: otherDocument)
  }

  mutating func dependencies(of index: Int, among environments: [String]) -> [String] {
    var chosen = [environments[Int.random(in: 0..<index, using: &random)]]
    if index > 1 && random.chance(0.3) {
      let extra = environments[Int.random(in: 0..<index, using: &random)]
      if !chosen.contains(extra) { chosen.append(extra) }
    }
    return chosen
  }

  mutating func writeStep(_ environment: String, dependsOn: [String], dash: Int, origin: Int)
    -> FlowStep
  {
    var step = FlowStep(environment: environment, dependsOn: dependsOn, origin: origin)
    owner = "step\(origin)"
    trivia(dash)
    let column = dash + 2
    var parts = ["environment", "dependsOn"]
    if random.chance(0.2) { parts.reverse() }
    if random.chance(0.6) { parts.append("policy") }
    if random.chance(0.2) { parts.append("hooks") }
    if random.chance(0.2) { parts.append("unknown") }
    for (position, part) in parts.enumerated() {
      let prefix =
        position == 0
        ? String(repeating: " ", count: dash) + "- " : String(repeating: " ", count: column)
      owner = "step\(origin)/" + part
      if position > 0 { trivia(column) }
      switch part {
      case "environment":
        lines.append(prefix + "environment: " + quoted(environment) + eol())
      case "dependsOn":
        if random.chance(0.5) {
          lines.append(prefix + "dependsOn: [" + dependsOn.joined(separator: ", ") + "]" + eol())
        } else {
          lines.append(prefix + "dependsOn:" + eol())
          let itemDash = column + (indentSequences ? self.step : 0)
          for dependency in dependsOn {
            trivia(itemDash)
            line(itemDash, "- " + quoted(dependency) + eol())
          }
        }
      case "policy":
        lines.append(prefix + "policy:" + eol())
        let inner = column + self.step
        if random.chance(0.8) {
          let action = random.pick(PromotionAction.known)
          step.action = action
          owner = "step\(origin)/policy/action"
          trivia(inner)
          line(
            inner, "action: " + quoted(action.rawValue, plainAllowed: action != .noAction) + eol())
        }
        if random.chance(0.4) {
          owner = "step\(origin)/policy/preAction"
          let workflow = name("pre")
          step.preAction = workflow
          line(inner, "preAction: " + quoted(workflow) + eol())
        }
        if random.chance(0.4) || (step.action == nil && step.preAction == nil) {
          owner = "step\(origin)/policy/postAction"
          let workflow = name("post")
          step.postAction = workflow
          line(inner, "postAction: " + quoted(workflow) + eol())
        }
        owner = "step\(origin)/policy/unknown"
        if random.chance(0.2) { unknownField(inner) }
      case "hooks":
        lines.append(prefix + "hooks:" + eol())
        let inner = column + self.step
        let workflow = name("fail")
        step.hooks.onFail = workflow
        line(inner, "onFail: " + workflow + eol())
      default:
        let key = "x-note-\(markers.count)"
        lines.append(prefix + key + ": " + quoted(marker(), plainAllowed: false) + eol())
      }
    }
    return step
  }

  mutating func writeHooks(_ column: Int) -> Hooks {
    trivia(column)
    line(column, "hooks:" + eol())
    var hooks = Hooks()
    for field in Hooks.Field.allCases
    where random.chance(0.6) || (field == .onFail && hooks.isEmpty) {
      let workflow = name("hook")
      hooks[field] = workflow
      trivia(column + step)
      line(column + step, field.rawValue + ": " + workflow + eol())
    }
    return hooks
  }
}
