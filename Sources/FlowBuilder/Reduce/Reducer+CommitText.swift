/// The commit dialog's one-line fields: the subject and a new branch's name.
extension Reducer {
  /// Edits a one-line field. While `selected` (as in a browser's address bar), typing replaces the
  /// whole text, and Left or Right keeps it for editing with the cursor at its start or end.
  static func editCommitText(
    _ text: inout String, _ cursor: inout Int, selected: inout Bool, _ action: Action
  ) {
    var characters = Array(text)
    cursor = min(cursor, characters.count)
    switch action {
    case .type(let character) where !character.isNewline:
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
    case .deleteForward where cursor < characters.count:
      characters.remove(at: cursor)
      selected = false
    case .cursorLeft:
      cursor = selected ? 0 : max(0, cursor - 1)
      selected = false
    case .cursorRight:
      cursor = selected ? characters.count : min(characters.count, cursor + 1)
      selected = false
    case .lineStart:
      cursor = 0
      selected = false
    case .lineEnd:
      cursor = characters.count
      selected = false
    default:
      return
    }
    text = String(characters)
  }
}
