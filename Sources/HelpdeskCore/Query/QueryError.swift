/// A query that cannot be understood, with the column (1-based, in characters) where the problem starts.
public struct QueryError: Error, Equatable, CustomStringConvertible, Sendable {
    public var column: Int
    public var message: String

    public init(column: Int, message: String) {
        self.column = column
        self.message = message
    }

    public var description: String { "query column \(column): \(message)" }
}
