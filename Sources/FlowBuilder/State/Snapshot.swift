import PromotionKit

/// Everything an edit can change, as one value: the flow inside its file (a text edit in the YAML
/// view replaces the file itself), and the catalog environments and promotion workflows created
/// on the fly (written when the flow is saved). The undo history is a list of these, so undo also
/// takes back a text edit, a new environment or a new workflow.
public struct Snapshot: Equatable, Sendable {
  public var document: FlowDocument
  public var newEnvironments: [EnvironmentDefinition]
  public var newWorkflows: [String]

  public init(
    document: FlowDocument, newEnvironments: [EnvironmentDefinition] = [],
    newWorkflows: [String] = []
  ) {
    self.document = document
    self.newEnvironments = newEnvironments
    self.newWorkflows = newWorkflows
  }

  public var flow: PromotionFlow {
    get { document.flow }
    set { document.flow = newValue }
  }

  public static func == (lhs: Snapshot, rhs: Snapshot) -> Bool {
    lhs.document.flow == rhs.document.flow && lhs.newEnvironments == rhs.newEnvironments
      && lhs.newWorkflows == rhs.newWorkflows && lhs.document.file.text == rhs.document.file.text
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
