import GRDB

/// Writes demo tickets through statements prepared once per transaction: the ticket row first,
/// then its conversation, history, tags and full-text row, so foreign keys hold at every insert.
struct DemoTicketWriter {
    private let insertTicket: Statement
    private let insertMessage: Statement
    private let insertEvent: Statement
    private let insertTag: Statement
    private let insertText: Statement

    init(_ db: Database) throws {
        insertTicket = try db.makeStatement(sql: """
            INSERT INTO tickets(id, subject, status, priority, tier, category, channel, requester_id, assignee_id,
                created_at, updated_at, first_response_due, resolution_due, next_due, first_responded_at, solved_at, version)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        insertMessage = try db.makeStatement(sql: """
            INSERT INTO messages(ticket_id, author_agent_id, author_requester_id, internal, body, created_at) VALUES (?, ?, ?, ?, ?, ?)
            """)
        insertEvent = try db.makeStatement(sql: """
            INSERT INTO events(ticket_id, actor, at, action, old_value, new_value, reason) VALUES (?, ?, ?, ?, ?, ?, ?)
            """)
        insertTag = try db.makeStatement(sql: "INSERT OR IGNORE INTO ticket_tags(tag, ticket_id) VALUES (?, ?)")
        insertText = try db.makeStatement(sql: "INSERT INTO ticket_fts(rowid, subject, body) VALUES (?, ?, ?)")
    }

    func write(_ record: DemoTicketRecord) throws {
        let id = record.id
        try insertTicket.execute(arguments: [
            id, record.subject, record.status.rawValue, record.priority.rawValue, record.tier, record.category,
            record.channel.rawValue, record.requesterId, record.assigneeId, record.createdAt, record.updatedAt,
            record.firstResponseDue, record.resolutionDue, record.nextDue, record.firstRespondedAt, record.solvedAt, record.version,
        ])
        for message in record.messages {
            try insertMessage.execute(arguments: [id, message.agentId, message.requesterId, message.isInternal, message.body, message.at])
        }
        for event in record.events {
            try insertEvent.execute(arguments: [id, event.actor, event.at, event.action, event.oldValue, event.newValue, event.reason])
        }
        for tag in record.tags {
            try insertTag.execute(arguments: [tag, id])
        }
        try insertText.execute(arguments: [id, record.subject, record.searchText])
    }
}
