import GRDB

/// One line of a queue: a ticket with the names a person wants to see next to it.
public struct TicketRow: Codable, Sendable, Equatable, FetchableRecord {
    public var id: Int64
    public var subject: String
    public var status: TicketStatus
    public var priority: Priority
    public var tier: Int
    public var category: String?
    public var channel: Channel
    public var requesterName: String
    public var requesterEmail: String
    public var organization: String?
    public var assignee: String?
    public var createdAt: Int64
    public var updatedAt: Int64
    public var nextDue: Int64
    public var version: Int64

    enum CodingKeys: String, CodingKey {
        case id, subject, status, priority, tier, category, channel, organization, assignee, version
        case requesterName = "requester_name"
        case requesterEmail = "requester_email"
        case createdAt = "created_at"
        case updatedAt = "updated_at"
        case nextDue = "next_due"
    }

    /// The SELECT list that produces a TicketRow from `tickets t` joined with the names it shows.
    static let selection = """
        t.id, t.subject, t.status, t.priority, t.tier, t.category, t.channel, \
        r.name AS requester_name, r.email AS requester_email, o.name AS organization, \
        a.login AS assignee, t.created_at, t.updated_at, t.next_due, t.version
        """
    static let joins = """
        JOIN requesters r ON r.id = t.requester_id \
        LEFT JOIN organizations o ON o.id = r.organization_id \
        LEFT JOIN agents a ON a.id = t.assignee_id
        """
}
