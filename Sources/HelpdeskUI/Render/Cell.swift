/// One cell of the screen grid.
public struct Cell: Hashable, Sendable {
    /// One glyph: a spacing scalar plus its zero-width combining scalars. The right half of a
    /// wide glyph is a continuation cell with empty text.
    public var text: String
    public var style: Style

    public init(text: String = " ", style: Style = .plain) {
        self.text = text
        self.style = style
    }

    /// A space in the plain style.
    public static let blank = Cell()

    /// Whether this is the right half of a wide glyph (drawn by the glyph to its left).
    public var isContinuation: Bool { text.isEmpty }
}
