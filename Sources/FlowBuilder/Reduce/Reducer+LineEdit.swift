/// One-line fields: a form's, and the commit dialog's subject and new branch's name.
extension Reducer {
  /// Edits a one-line field. While `selected` (as in a browser's address bar), typing replaces the
  /// whole text, and Left or Right keeps it for editing with the cursor at its start or end.
  static func editLine(
    _ text: inout String, _ cursor: inout Int, selected: inout Bool, _ edit: LineEdit,
    limit: Int = .max
  ) {
    var characters = Array(text)
    cursor = min(cursor, characters.count)
    switch edit {
    case .type(let character):
      guard !character.isNewline, characters.count < limit || selected else { return }
      if selected {
        characters = []
        cursor = 0
        selected = false
      }
      characters.insert(character, at: cursor)
      cursor += 1
    case .backspace:
      if selected {
        characters = []
        cursor = 0
        selected = false
      } else if cursor > 0 {
        characters.remove(at: cursor - 1)
        cursor -= 1
      }
    case .deleteForward:
      guard cursor < characters.count else { return }
      characters.remove(at: cursor)
      selected = false
    case .left:
      cursor = selected ? 0 : max(0, cursor - 1)
      selected = false
    case .right:
      cursor = selected ? characters.count : min(characters.count, cursor + 1)
      selected = false
    case .lineStart:
      cursor = 0
      selected = false
    case .lineEnd:
      cursor = characters.count
      selected = false
    }
    text = String(characters)
  }
}
