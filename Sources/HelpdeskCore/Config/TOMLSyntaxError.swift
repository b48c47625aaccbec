/// Why a text is not valid TOML, and where: 1-based line and column (counted in Unicode
/// scalars, a tab being one), e.g. "line 3, column 8: unterminated string".
public struct TOMLSyntaxError: Error, Equatable, Sendable, CustomStringConvertible {
    public let line: Int
    public let column: Int
    /// Short and human, without the position: "expected ']' to close the table header".
    public let message: String

    public init(line: Int, column: Int, message: String) {
        self.line = line
        self.column = column
        self.message = message
    }

    public var description: String { "line \(line), column \(column): \(message)" }
}
