/// A line of text made of differently styled pieces, drawn left to right.
public struct StyledLine: Equatable, Sendable {
    public var spans: [(text: String, role: ThemeRole)]

    public init(_ spans: [(text: String, role: ThemeRole)]) { self.spans = spans }
    public init(_ text: String, _ role: ThemeRole) { spans = [(text, role)] }

    public static func == (lhs: StyledLine, rhs: StyledLine) -> Bool {
        lhs.spans.map(\.text) == rhs.spans.map(\.text) && lhs.spans.map(\.role) == rhs.spans.map(\.role)
    }

    /// Draws the line at (x, y), clipped to `width` cells.
    public func draw(in buffer: inout Buffer, x: Int, y: Int, width: Int, theme: Theme) {
        var column = 0
        for span in spans where column < width {
            column += buffer.put(span.text, x: x + column, y: y, style: theme.style(span.role), maxWidth: width - column)
        }
    }
}
