/// How a command names a requester: by e-mail address, or by number (`12` or `#12`; in a shell
/// `#12` must be quoted, or it starts a comment).
public enum RequesterReference: Equatable, Sendable, CustomStringConvertible {
    case id(Int64)
    case email(String)

    /// The reference in `text`, or why it names nobody (checked before the database is opened).
    public init(parsing text: String) throws {
        let text = text.trimmingCharacters(in: .whitespaces)
        let number = text.hasPrefix("#") ? String(text.dropFirst()) : text
        if let id = Int64(number), id > 0 {
            self = .id(id)
        } else if HelpdeskStore.isPlausibleEmail(text.lowercased()) {
            self = .email(text.lowercased())
        } else {
            throw HelpdeskError.invalidInput("'\(text)' names no requester: give an e-mail address or a number (12 or '#12')")
        }
    }

    /// `#12`, or the address.
    public var description: String {
        switch self {
        case .id(let id): "#\(id)"
        case .email(let email): email
        }
    }
}
