/// How a cell looks: colours and text attributes.
///
/// ```swift
/// let selected = Style(fg: .indexed(0), bg: .indexed(14), bold: true)
/// ```
public struct Style: Hashable, Sendable {
    /// Foreground (text) colour.
    public var fg: Color
    /// Background colour.
    public var bg: Color
    public var bold: Bool
    public var dim: Bool
    public var italic: Bool
    public var underline: Bool
    public var reverse: Bool

    /// Creates a style; everything not given is the terminal's default.
    public init(
        fg: Color = .default, bg: Color = .default,
        bold: Bool = false, dim: Bool = false, italic: Bool = false,
        underline: Bool = false, reverse: Bool = false
    ) {
        self.fg = fg
        self.bg = bg
        self.bold = bold
        self.dim = dim
        self.italic = italic
        self.underline = underline
        self.reverse = reverse
    }

    /// Default colours, no attributes.
    public static let plain = Style()

    /// The same style with colours mapped to what a terminal with `colorCount` colours shows.
    public func adapted(toColors colorCount: Int) -> Style {
        var style = self
        style.fg = fg.nearest(in: colorCount)
        style.bg = bg.nearest(in: colorCount)
        return style
    }
}
