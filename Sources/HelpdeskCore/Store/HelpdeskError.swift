/// An error a user can act on. Its description is one line, shown as `helpdesk: error: <description>`.
public enum HelpdeskError: Error, Equatable, CustomStringConvertible, Sendable {
    case invalidInput(String)
    case notFound(String)
    case database(String)
    case permissionDenied(String)
    /// Someone else changed the ticket after this change was based on it; nothing was applied.
    case conflict(String)

    public var description: String {
        switch self {
        case .invalidInput(let text), .notFound(let text), .database(let text), .permissionDenied(let text), .conflict(let text):
            text
        }
    }
}
