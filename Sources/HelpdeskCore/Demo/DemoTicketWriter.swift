import GRDB
import GRDBSQLite

/// Writes demo tickets through statements prepared once per transaction: the ticket row first,
/// then its conversation, history, tags and full-text row, so foreign keys hold at every insert.
/// Binds through SQLite's C API: at millions of rows, building GRDB argument arrays cost a
/// third of the writing time.
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
        try run(insertTicket, [
            .integer(id), .text(record.subject), .text(record.status.rawValue), .integer(Int64(record.priority.rawValue)),
            .integer(Int64(record.tier)), .text(record.category), .text(record.channel.rawValue), .integer(record.requesterId),
            .optional(record.assigneeId), .integer(record.createdAt), .integer(record.updatedAt), .integer(record.firstResponseDue),
            .integer(record.resolutionDue), .integer(record.nextDue), .optional(record.firstRespondedAt), .optional(record.solvedAt),
            .integer(record.version),
        ])
        for message in record.messages {
            try run(insertMessage, [.integer(id), .optional(message.agentId), .optional(message.requesterId),
                                    .integer(message.isInternal ? 1 : 0), .text(message.body), .integer(message.at)])
        }
        for event in record.events {
            try run(insertEvent, [.integer(id), .text(event.actor), .integer(event.at), .text(event.action),
                                  .optionalText(event.oldValue), .optionalText(event.newValue), .optionalText(event.reason)])
        }
        for tag in record.tags {
            try run(insertTag, [.text(tag), .integer(id)])
        }
        try run(insertText, [.integer(id), .text(record.subject), .text(record.searchText)])
    }

    private enum Value {
        case integer(Int64), text(String), optional(Int64?), optionalText(String?)
    }

    /// SQLITE_TRANSIENT: SQLite copies the text, so Swift's temporary C string may go away.
    private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

    private func run(_ statement: Statement, _ values: [Value]) throws {
        let handle = statement.sqliteStatement
        for (offset, value) in values.enumerated() {
            let index = Int32(offset + 1)
            switch value {
            case .integer(let number), .optional(.some(let number)):
                sqlite3_bind_int64(handle, index, number)
            case .text(let text), .optionalText(.some(let text)):
                sqlite3_bind_text(handle, index, text, -1, Self.transient)
            case .optional(.none), .optionalText(.none):
                sqlite3_bind_null(handle, index)
            }
        }
        let code = sqlite3_step(handle)
        sqlite3_reset(handle)
        guard code == SQLITE_DONE else {
            throw HelpdeskError.database("demo insert failed: \(String(cString: sqlite3_errstr(code)))")
        }
    }
}
