import GRDB

/// One entry of a ticket's conversation: a public reply (from the requester or an agent) or an internal note.
public struct Message: Codable, Sendable, Equatable, FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "messages"

    public var id: Int64?
    public var ticketId: Int64
    public var authorAgentId: Int64?
    public var authorRequesterId: Int64?
    public var isInternal: Bool
    public var body: String
    public var createdAt: Int64

    public init(id: Int64? = nil, ticketId: Int64, authorAgentId: Int64? = nil, authorRequesterId: Int64? = nil,
                isInternal: Bool, body: String, createdAt: Int64) {
        self.id = id
        self.ticketId = ticketId
        self.authorAgentId = authorAgentId
        self.authorRequesterId = authorRequesterId
        self.isInternal = isInternal
        self.body = body
        self.createdAt = createdAt
    }

    enum CodingKeys: String, CodingKey {
        case id, body
        case ticketId = "ticket_id"
        case authorAgentId = "author_agent_id"
        case authorRequesterId = "author_requester_id"
        case isInternal = "internal"
        case createdAt = "created_at"
    }

    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}
