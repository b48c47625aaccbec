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
        tickets.add(id)
        tickets.add(record.subject)
        tickets.add(record.status.rawValue)
        tickets.add(Int64(record.priority.rawValue))
        tickets.add(Int64(record.tier))
        tickets.add(record.category)
        tickets.add(record.channel.rawValue)
        tickets.add(record.requesterId)
        tickets.add(record.assigneeId)
        tickets.add(record.createdAt)
        tickets.add(record.updatedAt)
        tickets.add(record.firstResponseDue)
        tickets.add(record.resolutionDue)
        tickets.add(record.nextDue)
        tickets.add(record.firstRespondedAt)
        tickets.add(record.solvedAt)
        tickets.add(record.version)
        tickets.add(record.status == .pending ? record.updatedAt : nil)
        try tickets.endRow()
        for message in record.messages {
            messages.add(id)
            messages.add(message.agentId)
            messages.add(message.requesterId)
            messages.add(Int64(message.isInternal ? 1 : 0))
            messages.add(message.body)
            messages.add(message.at)
            try messages.endRow()
        }
        for event in record.events {
            events.add(id)
            events.add(event.actor)
            events.add(event.at)
            events.add(event.action)
            events.add(event.oldValue)
            events.add(event.newValue)
            events.add(event.reason)
            try events.endRow()
        }
        for tag in record.tags {
            tags.add(tag)
            tags.add(id)
            try tags.endRow()
        }
    }

    /// Writes what is still batched; before the transaction commits.
    func flush() throws {
        for inserter in [tickets, messages, events, tags] { try inserter.flush() }
    }
}
