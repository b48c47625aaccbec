import GRDB

/// Keeps `ticket_fts` in step with the tickets: one document per ticket (rowid = ticket id),
/// the subject plus every message body in message order. The index is contentless (it stores
/// no copy of the text, which halves the database), so a change removes the old document by
/// rebuilding it from the tables exactly as it was indexed, and adds the new one. The only code
/// that writes that table; always inside the writing transaction.
enum TicketSearchIndex {
    /// Indexes a new ticket. `body` is its messages' bodies joined by newlines, in message order.
    static func add(_ db: Database, ticketId: Int64, subject: String, body: String) throws {
        try db.execute(sql: "INSERT INTO ticket_fts(rowid, subject, body) VALUES (?, ?, ?)",
                       arguments: [ticketId, subject, body])
    }

    /// Re-indexes a ticket whose text was `old` when it was last indexed (after its change).
    static func replace(_ db: Database, ticketId: Int64, old: Document?) throws {
        let new = try document(db, ticketId: ticketId)
        guard old != new else { return }
        if let old {
            try db.execute(sql: "INSERT INTO ticket_fts(ticket_fts, rowid, subject, body) VALUES ('delete', ?, ?, ?)",
                           arguments: [ticketId, old.subject, old.body])
        }
        if let new {
            try add(db, ticketId: ticketId, subject: new.subject, body: new.body)
        }
    }

    struct Document: Equatable {
        var subject: String
        var body: String
    }

    /// The text of a ticket as the index holds it.
    static func document(_ db: Database, ticketId: Int64) throws -> Document? {
        guard let subject = try String.fetchOne(db, sql: "SELECT subject FROM tickets WHERE id = ?", arguments: [ticketId]) else {
            return nil
        }
        let bodies = try String.fetchAll(db, sql: "SELECT body FROM messages WHERE ticket_id = ? ORDER BY id", arguments: [ticketId])
        return Document(subject: subject, body: bodies.joined(separator: "\n"))
    }
}
