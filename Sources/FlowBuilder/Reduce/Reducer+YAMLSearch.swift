/// `/` in the YAML view, as in less and vim: type, Enter goes to the next place the text stands
/// (wrapping around), `n` / `N` go on forward / back; a search that finds nothing says so.
extension Reducer {
  static func reduceSearch(_ state: inout AppState, _ action: SearchAction) {
    guard var view = state.yaml, var query = view.searchQuery else { return }
    switch action {
    case .type(let character):
      guard !character.isNewline else { return }
      query.append(character)
      view.searchQuery = query
    case .backspace:
      view.searchQuery = query.isEmpty ? nil : String(query.dropLast())
    case .cancel:
      view.searchQuery = nil
    case .confirm:
      view.searchQuery = nil
      if !query.isEmpty { view.lastSearch = query }
      state.yaml = view
      search(&state, backwards: false)
      return
    }
    state.yaml = view
  }

  static func startSearch(_ state: inout AppState) {
    state.yaml?.searchQuery = ""
    state.message = nil
  }

  /// Moves the cursor to the next (previous) place the last search stands.
  static func search(_ state: inout AppState, backwards: Bool) {
    guard var view = state.yaml else { return }
    let query = view.lastSearch
    guard !query.isEmpty else {
      state.message = StatusMessage("No search yet: / searches")
      return
    }
    guard let hit = view.find(query, backwards: backwards) else {
      state.message = StatusMessage("Not found: \(query)", kind: .error)
      return
    }
    let wrapped = backwards ? hit.line > view.line : hit.line < view.line
    view.line = hit.line
    view.column = hit.column
    state.yaml = view
    revealCursor(&state)
    state.message = StatusMessage(
      "/\(query): line \(hit.line + 1)" + (wrapped ? " (search wrapped around)" : ""))
  }
}
