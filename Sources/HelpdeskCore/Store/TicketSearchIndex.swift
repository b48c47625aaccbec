import GRDB

/// Keeps `ticket_fts` (one row per ticket: subject, and all message bodies) in step with the
/// tickets. The only code that writes that table; always called inside the writing transaction.
enum TicketSearchIndex {
    static func add(_ db: Database, ticketId: Int64, subject: String, body: String) throws {
        try db.execute(sql: "INSERT INTO ticket_fts(rowid, subject, body) VALUES (?, ?, ?)",
                       arguments: [ticketId, subject, body])
    }

    static func appendMessage(_ db: Database, ticketId: Int64, body: String) throws {
        try db.execute(sql: "UPDATE ticket_fts SET body = body || char(10) || ? WHERE rowid = ?",
                       arguments: [body, ticketId])
    }

    static func updateSubject(_ db: Database, ticketId: Int64, subject: String) throws {
        try db.execute(sql: "UPDATE ticket_fts SET subject = ? WHERE rowid = ?", arguments: [subject, ticketId])
    }
}
