/// What an edit of one step's promotion action may change in a file, as Yams reads it: that
/// step's `policy.action`, and a `metadata: {}` added to a flow that had none (the API server
/// requires one). Every other value, in this document and the others, stays as it was.
extension RoundTripCheck {
  static func otherDataFailure(
    original: String, edited: String, documentIndex: Int, stepIndex: Int
  ) -> String? {
    // Yams is the judge; what it cannot read, the other properties already cover.
    guard let before = try? YAMLData.documents(original),
      let after = try? YAMLData.documents(edited), before.count == after.count
    else { return nil }
    var expected = before
    var actual = after
    expected[documentIndex] = before[documentIndex].withoutPolicy(ofStep: stepIndex)
    actual[documentIndex] = after[documentIndex].withoutPolicy(ofStep: stepIndex)
    if before[documentIndex]["metadata"] == nil {
      actual[documentIndex] = actual[documentIndex].removing("metadata", ifItIs: .mapping([]))
    }
    if expected != actual {
      return "the edit changed more than the step's action: \(expected) → \(actual)\n\(edited)"
    }
    let policyBefore = before[documentIndex].policy(ofStep: stepIndex)
    let policyAfter = after[documentIndex].policy(ofStep: stepIndex)
    let kept = policyBefore.map { $0.removing("action") } ?? .mapping([])
    if policyAfter?.removing("action") != (kept.isMapping ? kept : .mapping([])) {
      return "the edit changed more of the policy than its action: "
        + "\(policyBefore?.description ?? "none") → \(policyAfter?.description ?? "none")\n\(edited)"
    }
    return nil
  }
}

extension YAMLData {
  var isMapping: Bool {
    if case .mapping = self { return true }
    return false
  }

  /// The mapping without `key` (when its value is `value`, if given).
  func removing(_ key: String, ifItIs value: YAMLData? = nil) -> YAMLData {
    guard case .mapping(let pairs) = self else { return self }
    return .mapping(
      pairs.filter { pair in pair.0 != .string(key) || (value != nil && pair.1 != value) })
  }

  func policy(ofStep index: Int) -> YAMLData? {
    guard case .sequence(let steps)? = self["spec", "steps"], steps.indices.contains(index)
    else { return nil }
    return steps[index]["policy"]
  }

  /// The document with the step's `policy` taken out, to compare everything around it.
  func withoutPolicy(ofStep index: Int) -> YAMLData {
    guard case .mapping(var root) = self,
      let specIndex = root.firstIndex(where: { $0.0 == .string("spec") }),
      case .mapping(var spec) = root[specIndex].1,
      let stepsIndex = spec.firstIndex(where: { $0.0 == .string("steps") }),
      case .sequence(var steps) = spec[stepsIndex].1, steps.indices.contains(index)
    else { return self }
    steps[index] = steps[index].removing("policy")
    spec[stepsIndex].1 = .sequence(steps)
    root[specIndex].1 = .mapping(spec)
    return .mapping(root)
  }
}
