/// How a cell looks: a small palette, plus bold, dim, reverse and underline. Views ask for roles
/// through a theme; the driver and the ANSI writer turn these into terminal attributes.
public struct Style: Hashable, Sendable {
  public var foreground: Color?
  public var background: Color?
  public var bold: Bool
  public var dim: Bool
  public var reverse: Bool
  public var underline: Bool

  public init(
    foreground: Color? = nil, background: Color? = nil, bold: Bool = false, dim: Bool = false,
    reverse: Bool = false, underline: Bool = false
  ) {
    self.foreground = foreground
    self.background = background
    self.bold = bold
    self.dim = dim
    self.reverse = reverse
    self.underline = underline
  }

  public static let plain = Style()

  /// The style with colours removed (for `NO_COLOR`): emphasis is kept, hue is not.
  public var withoutColor: Style {
    var copy = self
    copy.foreground = nil
    copy.background = nil
    return copy
  }
}

/// The eight standard terminal colours.
public enum Color: Int, Hashable, Sendable, CaseIterable {
  case black = 0
  case red
  case green
  case yellow
  case blue
  case magenta
  case cyan
  case white
}
