import Foundation
import GRDB

/// One mail as stored (`mail_messages`): its Message-ID, the ticket and conversation entry it
/// became, who sent it to whom, and its raw bytes. The queries threading needs live here.
struct MailRecord {
    var messageID: String
    var ticketId: Int64
    var messageRowId: Int64?
    var direction: String
    var sender: String
    var recipients: String
    var subject: String
    var raw: [UInt8]
    var at: Int64

    /// `keepRaw: false` for an outgoing mail not sent yet: its bytes are stored once sent.
    func insert(_ db: Database, keepRaw: Bool = true) throws {
        try db.execute(sql: """
            INSERT INTO mail_messages(message_id, ticket_id, message_row_id, direction, sender, recipients, subject, raw, raw_size, at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [messageID, ticketId, messageRowId, direction, sender, recipients, subject, keepRaw ? Data(raw) : nil, raw.count, at])
    }

    /// The ticket a stored Message-ID belongs to.
    static func ticket(ofMessageID id: String, _ db: Database) throws -> Int64? {
        try Int64.fetchOne(db, sql: "SELECT ticket_id FROM mail_messages WHERE message_id = ?", arguments: [id])
    }

    /// The ticket of the nearest stored message among `ids` (In-Reply-To first, then References
    /// from the newest, as they are listed oldest first).
    static func ticket(referencing ids: [String], _ db: Database) throws -> Int64? {
        for id in ids {
            if let ticket = try ticket(ofMessageID: id, db) { return ticket }
        }
        return nil
    }

    /// The number of stored mails of a ticket (tests and `ticket show`).
    static func count(ofTicket id: Int64, _ db: Database) throws -> Int {
        try Int.fetchOne(db, sql: "SELECT count(*) FROM mail_messages WHERE ticket_id = ?", arguments: [id]) ?? 0
    }
}
