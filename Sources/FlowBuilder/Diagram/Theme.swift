import TerminalCanvas

/// The few styles the views use, by role. `NO_COLOR` keeps the emphasis (bold, reverse) and drops
/// the hue, so every role stays distinguishable without colour.
public struct Theme: Sendable {
  public var border = Style()
  public var productionBorder = Style(foreground: .red)
  public var triggerBorder = Style(foreground: .cyan)
  public var name = Style(bold: true)
  public var productionBadge = Style(foreground: .red, bold: true)
  public var triggerBadge = Style(foreground: .cyan, bold: true)
  public var label = Style(dim: true)
  public var value = Style()
  public var fromPolicy = Style(foreground: .yellow)
  public var problem = Style(foreground: .red, bold: true)
  public var connector = Style(foreground: .blue)
  public var selected = Style(bold: true, reverse: true)
  public var title = Style(reverse: true)
  public var hint = Style(dim: true)
  public var key = Style(foreground: .cyan, bold: true)
  public var error = Style(foreground: .red, bold: true)
  public var warning = Style(foreground: .yellow)
  public var success = Style(foreground: .green)
  /// Review marks (`D`): environments added and changed since the last commit.
  public var added = Style(foreground: .green, bold: true)
  public var changed = Style(foreground: .yellow, bold: true)

  public init() {}

  public static let standard = Theme()

  /// For `NO_COLOR`: every role keeps a difference that needs no colour (values from policies are
  /// underlined, problems bold, connectors plain).
  public static let monochrome: Theme = {
    var theme = Theme()
    theme.productionBorder = Style(bold: true)
    theme.triggerBorder = Style(bold: true)
    theme.productionBadge = Style(bold: true)
    theme.triggerBadge = Style(bold: true)
    theme.fromPolicy = Style(underline: true)
    theme.problem = Style(bold: true, underline: true)
    theme.connector = Style()
    theme.key = Style(bold: true)
    theme.error = Style(bold: true)
    theme.warning = Style(underline: true)
    theme.success = Style()
    theme.added = Style(bold: true)
    theme.changed = Style(bold: true)
    return theme
  }()
}
