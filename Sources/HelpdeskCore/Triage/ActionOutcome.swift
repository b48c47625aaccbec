/// What an applied action did: the ticket's new version, a line for the status bar and the
/// CLI ("Assigned #1042 to mkeller"), and — when it can be undone — the state before it.
public struct ActionOutcome: Sendable, Equatable {
    public var ticketId: Int64
    public var version: Int64
    public var summary: String
    public var actor: String
    public var at: Int64
    /// The ticket's fields before the change, kept for undo; nil when it cannot be undone.
    public var before: TicketSnapshot?

    public var isUndoable: Bool { before != nil }
}

/// The outcome of one action over many tickets: what was applied and what was refused, and why.
public struct BulkOutcome: Sendable, Equatable {
    public var applied: [ActionOutcome] = []
    public var refused: [Refusal] = []

    public init(applied: [ActionOutcome] = [], refused: [Refusal] = []) {
        self.applied = applied
        self.refused = refused
    }

    public struct Refusal: Sendable, Equatable {
        public var ticketId: Int64
        public var reason: String

        public init(ticketId: Int64, reason: String) {
            self.ticketId = ticketId
            self.reason = reason
        }
    }

    /// "34 changed, 3 refused (#12: … )".
    public var summary: String {
        var text = "\(applied.count) changed"
        if !refused.isEmpty {
            text += ", \(refused.count) refused (" + refused.prefix(3).map { "#\($0.ticketId): \($0.reason)" }.joined(separator: "; ")
            text += refused.count > 3 ? "; …)" : ")"
        }
        return text
    }
}

/// The fields of a ticket an undoable action may change, as they were. Kept as JSON in
/// `undo_entries.snapshot`.
public struct TicketSnapshot: Sendable, Equatable, Codable {
    var status: TicketStatus
    var priority: Priority
    var tier: Int
    var category: String?
    var channel: Channel
    var assigneeId: Int64?
    var tags: [String]
    var firstResponseDue: Int64
    var resolutionDue: Int64
    var nextDue: Int64
    var solvedAt: Int64?
    var slaPausedAt: Int64?
    var slaPausedSeconds: Int64

    init(_ ticket: Ticket, tags: [String]) {
        status = ticket.status
        priority = ticket.priority
        tier = ticket.tier
        category = ticket.category
        channel = ticket.channel
        assigneeId = ticket.assigneeId
        self.tags = tags
        firstResponseDue = ticket.firstResponseDue
        resolutionDue = ticket.resolutionDue
        nextDue = ticket.nextDue
        solvedAt = ticket.solvedAt
        slaPausedAt = ticket.slaPausedAt
        slaPausedSeconds = ticket.slaPausedSeconds
    }

    func restore(into ticket: inout Ticket) {
        ticket.status = status
        ticket.priority = priority
        ticket.tier = tier
        ticket.category = category
        ticket.channel = channel
        ticket.assigneeId = assigneeId
        ticket.firstResponseDue = firstResponseDue
        ticket.resolutionDue = resolutionDue
        ticket.nextDue = nextDue
        ticket.solvedAt = solvedAt
        ticket.slaPausedAt = slaPausedAt
        ticket.slaPausedSeconds = slaPausedSeconds
    }
}
