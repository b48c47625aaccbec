/// Where a ticket is in its life. `pending` means waiting on the requester.
public enum TicketStatus: String, CaseIterable, Codable, Sendable {
    case new, open, pending, onHold = "on-hold", solved, closed

    /// The statuses in which a ticket still needs work; the database mirrors this in the `is_open` column.
    public static let openStatuses: [TicketStatus] = [.new, .open, .pending, .onHold]

    public var isOpen: Bool { Self.openStatuses.contains(self) }

    /// Parses a status name as users type it (`on-hold`, `onhold` and `hold` all work).
    public init?(parsing text: String) {
        switch text.lowercased() {
        case "onhold", "on_hold", "hold": self = .onHold
        default:
            guard let value = TicketStatus(rawValue: text.lowercased()) else { return nil }
            self = value
        }
    }
}
