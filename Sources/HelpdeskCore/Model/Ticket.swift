import GRDB

/// A support request as stored. Times are UTC seconds since 1970.
///
/// `version` grows with every change and guards against lost updates (optimistic locking).
/// `nextDue` is the SLA deadline that runs now: the first-response due time until the first
/// public agent reply, the resolution due time after it.
public struct Ticket: Codable, Sendable, Equatable, FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "tickets"

    public var id: Int64?
    public var subject: String
    public var status: TicketStatus
    public var priority: Priority
    public var tier: Int
    public var category: String?
    public var channel: Channel
    public var requesterId: Int64
    public var assigneeId: Int64?
    public var createdAt: Int64
    public var updatedAt: Int64
    public var firstResponseDue: Int64
    public var resolutionDue: Int64
    public var nextDue: Int64
    public var firstRespondedAt: Int64?
    public var solvedAt: Int64?
    public var mergedInto: Int64?
    public var version: Int64
    /// When the SLA clock stopped (the ticket went pending), nil while it runs.
    public var slaPausedAt: Int64?
    /// SLA time spent paused so far (business or wall seconds, per the policy's clock); the due
    /// times are the targets counted from creation plus this.
    public var slaPausedSeconds: Int64 = 0

    public init(id: Int64? = nil, subject: String, status: TicketStatus = .new, priority: Priority = .normal, tier: Int = 1,
                category: String? = nil, channel: Channel = .email, requesterId: Int64, assigneeId: Int64? = nil,
                createdAt: Int64, updatedAt: Int64, firstResponseDue: Int64, resolutionDue: Int64,
                firstRespondedAt: Int64? = nil, solvedAt: Int64? = nil, mergedInto: Int64? = nil, version: Int64 = 1) {
        self.id = id
        self.subject = subject
        self.status = status
        self.priority = priority
        self.tier = tier
        self.category = category
        self.channel = channel
        self.requesterId = requesterId
        self.assigneeId = assigneeId
        self.createdAt = createdAt
        self.updatedAt = updatedAt
        self.firstResponseDue = firstResponseDue
        self.resolutionDue = resolutionDue
        self.nextDue = firstRespondedAt == nil ? min(firstResponseDue, resolutionDue) : resolutionDue
        self.firstRespondedAt = firstRespondedAt
        self.solvedAt = solvedAt
        self.mergedInto = mergedInto
        self.version = version
    }

    enum CodingKeys: String, CodingKey {
        case id, subject, status, priority, tier, category, channel, version
        case requesterId = "requester_id"
        case assigneeId = "assignee_id"
        case createdAt = "created_at"
        case updatedAt = "updated_at"
        case firstResponseDue = "first_response_due"
        case resolutionDue = "resolution_due"
        case nextDue = "next_due"
        case firstRespondedAt = "first_responded_at"
        case solvedAt = "solved_at"
        case mergedInto = "merged_into"
        case slaPausedAt = "sla_paused_at"
        case slaPausedSeconds = "sla_paused_seconds"
    }

    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}
