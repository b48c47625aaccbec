import GRDB

/// Writes demo tickets with their conversation, history and tags in multi-row batches. The
/// full-text rows are built apart, on another core (SideSearchIndex). Foreign keys are off
/// while the demo loads, so the batches of different tables may reach the disk in any order.
struct DemoTicketWriter {
    private let tickets: BatchInserter
    private let messages: BatchInserter
    private let events: BatchInserter
    private let tags: BatchInserter

    init(_ db: Database) throws {
        tickets = try BatchInserter(db, """
            INSERT INTO tickets(id, subject, status, priority, tier, category, channel, requester_id, assignee_id,
                created_at, updated_at, first_response_due, resolution_due, next_due, first_responded_at, solved_at, version, sla_paused_at)
            """, columns: 18)
        messages = try BatchInserter(db, "INSERT INTO messages(ticket_id, author_agent_id, author_requester_id, internal, body, created_at)",
                                     columns: 6)
        events = try BatchInserter(db, "INSERT INTO events(ticket_id, actor, at, action, old_value, new_value, reason)", columns: 7)
        tags = try BatchInserter(db, "INSERT INTO ticket_tags(tag, ticket_id)", columns: 2)
    }

    func write(_ record: DemoTicketRecord) throws {
        let id = record.id
        try tickets.add(
            .integer(id), .text(record.subject), .text(record.status.rawValue), .integer(Int64(record.priority.rawValue)),
            .integer(Int64(record.tier)), .text(record.category), .text(record.channel.rawValue), .integer(record.requesterId),
            .optional(record.assigneeId), .integer(record.createdAt), .integer(record.updatedAt), .integer(record.firstResponseDue),
            .integer(record.resolutionDue), .integer(record.nextDue), .optional(record.firstRespondedAt), .optional(record.solvedAt),
            .integer(record.version), .optional(record.status == .pending ? record.updatedAt : nil))
        for message in record.messages {
            try messages.add(.integer(id), .optional(message.agentId), .optional(message.requesterId),
                             .integer(message.isInternal ? 1 : 0), .text(message.body), .integer(message.at))
        }
        for event in record.events {
            try events.add(.integer(id), .text(event.actor), .integer(event.at), .text(event.action),
                           .optionalText(event.oldValue), .optionalText(event.newValue), .optionalText(event.reason))
        }
        for tag in record.tags {
            try tags.add(.text(tag), .integer(id))
        }
    }

    /// Writes what is still batched; before the transaction commits.
    func flush() throws {
        for inserter in [tickets, messages, events, tags] { try inserter.flush() }
    }
}
