import HelpdeskCore

/// A line of text made of differently styled pieces, drawn left to right.
public struct StyledLine: Equatable, Sendable {
    public var spans: [(text: String, role: ThemeRole)]

    public init(_ spans: [(text: String, role: ThemeRole)]) { self.spans = spans }
    public init(_ text: String, _ role: ThemeRole) { spans = [(text, role)] }

    public static func == (lhs: StyledLine, rhs: StyledLine) -> Bool {
        lhs.spans.map(\.text) == rhs.spans.map(\.text) && lhs.spans.map(\.role) == rhs.spans.map(\.role)
    }

    /// Draws the line at (x, y); a line wider than `width` cells ends in "…".
    public func draw(in buffer: inout Buffer, x: Int, y: Int, width: Int, theme: Theme) {
        var column = 0
        let total = spans.reduce(0) { $0 + TextWidth.width($1.text) }
        for span in spans where column < width {
            var text = span.text
            if total > width && column + TextWidth.width(text) >= width {
                text = TextWidth.truncate(text + " ", to: width - column)
            }
            column += buffer.put(text, x: x + column, y: y, style: theme.style(span.role), maxWidth: width - column)
        }
    }
}
