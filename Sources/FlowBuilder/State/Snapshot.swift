import PromotionKit

/// Everything an edit can change, as one value: the flow, and the catalog environments and
/// promotion workflows created on the fly (written when the flow is saved). The undo history is a
/// list of these, so undo also takes back a new environment or workflow.
public struct Snapshot: Equatable, Sendable {
  public var flow: PromotionFlow
  public var newEnvironments: [EnvironmentDefinition]
  public var newWorkflows: [String]

  public init(
    flow: PromotionFlow, newEnvironments: [EnvironmentDefinition] = [], newWorkflows: [String] = []
  ) {
    self.flow = flow
    self.newEnvironments = newEnvironments
    self.newWorkflows = newWorkflows
  }
}

/// Undo and redo over snapshots.
public struct History: Equatable, Sendable {
  public private(set) var undoStack: [Snapshot] = []
  public private(set) var redoStack: [Snapshot] = []
  /// At most this many steps are kept.
  public static let limit = 500

  public init() {}

  public var canUndo: Bool { !undoStack.isEmpty }
  public var canRedo: Bool { !redoStack.isEmpty }

  /// Records `previous` as the state before a new edit; redo is no longer possible.
  public mutating func record(_ previous: Snapshot) {
    undoStack.append(previous)
    if undoStack.count > Self.limit { undoStack.removeFirst(undoStack.count - Self.limit) }
    redoStack.removeAll()
  }

  public mutating func undo(from current: Snapshot) -> Snapshot? {
    guard let previous = undoStack.popLast() else { return nil }
    redoStack.append(current)
    return previous
  }

  public mutating func redo(from current: Snapshot) -> Snapshot? {
    guard let next = redoStack.popLast() else { return nil }
    undoStack.append(current)
    return next
  }
}
