import Foundation
import GRDB

/// Replies that leave by mail (`outbox`): written in the same transaction as the reply, so a
/// reply is never committed without its mail or mailed without being committed; delivered and
/// retried by `MailSender`. Only public replies on tickets that came in by mail — a mail of the
/// requester is stored with the ticket: channel "email" alone is not enough, the demo's tickets
/// have it and their addresses are made up — to a requester who still has an address (an
/// erased one has none), ever go out.
public enum Outbox {
    public enum State: String, Sendable, Codable { case queued, sent, failed }

    /// One reply's delivery, as the detail pane and `ticket show` say it.
    public struct Delivery: Equatable, Sendable {
        public var state: State
        public var attempts: Int
        public var lastError: String?
        public var sentAt: Int64?
        /// When a bounce for it came back (it was sent, and returned).
        public var bouncedAt: Int64?

        /// "sent by mail", "queued for mail", "mail failed (3 tries): reason".
        public var summary: String {
            if bouncedAt != nil { return "mail bounced: \(lastError ?? "returned by the receiving server")" }
            return switch state {
            case .sent: "sent by mail"
            case .queued: "queued for mail"
            case .failed: "mail failed (\(attempts) \(attempts == 1 ? "try" : "tries"), retrying): \(lastError ?? "unknown error")"
            }
        }
    }

    /// What an entry is: a reply an agent wrote, or a mail helpdesk writes itself (its text in the row).
    public enum Kind: String, Sendable { case reply, acknowledgement, notice }

    /// Queues the reply `messageRowId` of `ticket` when it goes out by mail — or, for another
    /// kind, the mail `subject`/`body` answering that message; also stores its Message-ID with
    /// the ticket's mails, so the requester's answer to it finds the ticket. Returns whether it
    /// was queued.
    @discardableResult
    static func enqueue(_ db: Database, ticket: Ticket, messageRowId: Int64, now: Int64,
                        kind: Kind = .reply, subject: String? = nil, body: String? = nil, settings: MailSettings? = nil) throws -> Bool {
        guard let id = ticket.id, let recipient = try recipient(of: ticket, db) else { return false }
        let settings = try settings ?? MailSettings.read(db)
        let sender = settings.fromAddress(tier: ticket.tier)
        let domain = sender.split(separator: "@").last.map(String.init) ?? "helpdesk.invalid"
        let messageID = "helpdesk.\(id).\(messageRowId).\(UInt64.random(in: 0...UInt64.max) & 0xffff_ffff_ffff)@\(domain)"
        try db.execute(sql: """
            INSERT INTO outbox(ticket_id, message_row_id, message_id, recipient, next_attempt_at, created_at, kind, subject, body, sender)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [id, messageRowId, messageID, recipient, now, now, kind.rawValue, subject, body, sender])
        try MailRecord(messageID: messageID, ticketId: id, messageRowId: messageRowId, direction: "out", sender: sender,
                       recipients: recipient, subject: subject ?? ticket.subject, raw: [], at: now).insert(db, keepRaw: false)
        return true
    }

    /// Where mail about `ticket` goes: its requester, when the ticket came in by mail and they
    /// still have a real address.
    static func recipient(of ticket: Ticket, _ db: Database) throws -> String? {
        guard let id = ticket.id,
              try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM mail_messages WHERE ticket_id = ? AND direction = 'in')", arguments: [id]) == true,
              let recipient = try String.fetchOne(db, sql: "SELECT email FROM requesters WHERE id = ? AND erased_at IS NULL", arguments: [ticket.requesterId]),
              !recipient.hasSuffix("@invalid") else { return nil }
        return recipient
    }

    /// Delivery states of a ticket's mailed replies, by message row.
    static func deliveries(ofTicket id: Int64, _ db: Database) throws -> [Int64: Delivery] {
        var result: [Int64: Delivery] = [:]
        for row in try Row.fetchAll(db.cachedStatement(sql: "SELECT message_row_id, state, attempts, last_error, sent_at, bounced_at FROM outbox WHERE ticket_id = ? AND kind = 'reply'"),
                                    arguments: [id]) {
            result[row["message_row_id"]] = Delivery(state: State(rawValue: row["state"]) ?? .queued, attempts: row["attempts"],
                                                     lastError: row["last_error"], sentAt: row["sent_at"], bouncedAt: row["bounced_at"])
        }
        return result
    }
}
