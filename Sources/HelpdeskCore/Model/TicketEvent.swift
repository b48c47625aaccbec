import GRDB

/// One line of the append-only history: who changed what, from what to what, and why.
/// The database refuses to update or delete these rows.
public struct TicketEvent: Codable, Sendable, Equatable, FetchableRecord, PersistableRecord {
    public static let databaseTableName = "events"

    public var id: Int64?
    public var ticketId: Int64?
    public var actor: String
    public var at: Int64
    public var action: String
    public var oldValue: String?
    public var newValue: String?
    public var reason: String?

    public init(id: Int64? = nil, ticketId: Int64?, actor: String, at: Int64, action: String,
                oldValue: String? = nil, newValue: String? = nil, reason: String? = nil) {
        self.id = id
        self.ticketId = ticketId
        self.actor = actor
        self.at = at
        self.action = action
        self.oldValue = oldValue
        self.newValue = newValue
        self.reason = reason
    }

    enum CodingKeys: String, CodingKey {
        case id, actor, at, action, reason
        case ticketId = "ticket_id"
        case oldValue = "old_value"
        case newValue = "new_value"
    }

}
