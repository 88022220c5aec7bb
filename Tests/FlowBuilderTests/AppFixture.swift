import FlowBuilder
import PromotionKit
import TerminalCanvas

/// Editor states for tests, built in memory: the example flow (dev → qa → staging → prod-us,
/// prod-eu), a catalog, promotion workflows, two policies and a product — no disk, no terminal.
enum AppFixture {
  static let flowText = """
    # Shop release train
    apiVersion: codefresh.io/v1beta1
    kind: PromotionFlow
    metadata:
      name: shop
    spec:
      triggerEnvironment: dev
      steps:
        - environment: qa
          dependsOn: [dev]
          policy:
            action: commit
            preAction: smoke-tests
        - environment: staging
          dependsOn: [qa]
        - environment: prod-us
          dependsOn: [staging]
          policy:
            action: pr
        - environment: prod-eu
          dependsOn: [staging]
      hooks:
        onFail: notify-slack

    """

  static let catalogText = """
    # the catalog
    environments:
      - {name: dev, kind: NON_PROD}
      - {name: qa, kind: NON_PROD, tags: [testing]}
      - {name: staging, kind: NON_PROD}
      - {name: prod-us, kind: PROD, tags: [us]}
      - {name: prod-eu, kind: PROD, tags: [eu]}
      - {name: perf, kind: NON_PROD}
      - {name: prod-ap, kind: PROD, tags: [ap]}

    """

  static func workspace() -> Workspace {
    var workspace = Workspace(root: "/work/example")
    let catalogFile = read(catalogText)
    workspace.catalogFile = catalogFile
    if let root = NodeView(root: catalogFile.documents[0]) {
      workspace.catalog = EnvironmentCatalog.decode(root)
    }
    workspace.workflows = ["smoke-tests", "notify-slack", "change-window"].map {
      PromotionWorkflow(name: $0, file: "workflows/\($0).yaml")
    }
    workspace.policies = [
      Located(
        PromotionPolicy(
          name: "non-prod", priority: 10, action: .commit, postAction: "smoke-tests",
          environmentTypes: ["NON_PROD"]), file: "p.yaml", documentIndex: 0),
      Located(
        PromotionPolicy(
          name: "prod-pr", priority: 5, action: .pullRequest, preAction: "change-window",
          productNames: ["shop"], environmentTypes: ["PROD"]), file: "p.yaml", documentIndex: 1),
    ]
    workspace.products = [Located(Product(name: "shop"), file: "product.yaml", documentIndex: 0)]
    return workspace
  }

  static func state(
    _ text: String = flowText, width: Int = 120, height: Int = 32, glyphs: GlyphSet = .unicode
  ) -> AppState {
    let document =
      text.isEmpty
      ? FlowDocument(newFlowNamed: "new-flow")
      : FlowDocument(file: read(text), newFlowName: "x")
    let state = AppState(
      document: document, workspace: workspace(), filePath: "/work/example/flows/shop.yaml",
      displayPath: "flows/shop.yaml",
      screenWidth: width, screenHeight: height, glyphs: glyphs)
    return Reducer.reduce(state, .resize(width: width, height: height)).0
  }

  /// A fixture's text read: the tests' own YAML, so a failure is a broken fixture, said plainly.
  static func read(_ text: String) -> YAMLFile {
    do {
      return try YAMLReader.read(text)
    } catch {
      preconditionFailure("a fixture's YAML does not read: \(error)")
    }
  }
}

/// Reduces keystrokes and actions in order, collecting the effects they ask for.
@discardableResult
func run(_ state: inout AppState, _ keystrokes: Keystroke...) -> [Effect] {
  var all: [Effect] = []
  for keystroke in keystrokes {
    guard let action = keystroke.action(in: state) else { continue }
    let (next, effects) = Reducer.reduce(state, action)
    state = next
    all += effects
  }
  return all
}

/// Types text into whatever has the keyboard.
func type(_ state: inout AppState, _ text: String) {
  for character in text { run(&state, .type(character)) }
}

extension AppState {
  var topPicker: Picker? {
    if case .picker(let picker)? = topOverlay { return picker }
    return nil
  }

  var topForm: Form? {
    if case .form(let form)? = topOverlay { return form }
    return nil
  }

  var topChecklist: Checklist? {
    if case .checklist(let checklist)? = topOverlay { return checklist }
    return nil
  }
}
