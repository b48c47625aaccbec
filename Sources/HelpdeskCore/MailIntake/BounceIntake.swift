import Foundation
import GRDB

/// A bounce that comes in: the delivery it returns (matched by the Message-ID of a mail in the
/// outbox) is marked bounced with the server's reason, which the detail pane shows; its ticket
/// gets an internal note, and the bounce is stored with that note (raw mail kept). It never
/// reopens the ticket, never gets an acknowledgement, never becomes a ticket of its own. A bounce
/// of nothing sent from here is logged (`mail.bounce`) and dropped: the MTA hears "stored".
extension MailIntake {
    func receive(_ bounce: Bounce, raw: [UInt8], messageID: String, sender: String, subject: String) throws -> IntakeOutcome {
        let now = store.now
        return try store.write { db in
            if let ticket = try MailRecord.ticket(ofMessageID: messageID, db) { return .duplicate(ticketId: ticket) }
            var returned: Row?
            for id in bounce.returnedMessageIDs.prefix(50) where returned == nil {
                returned = try Row.fetchOne(db, sql: "SELECT id, ticket_id, recipient FROM outbox WHERE message_id = ?", arguments: [id])
            }
            guard let returned else {
                try TicketEvent(ticketId: nil, actor: Self.actor.login, at: now, action: "mail.bounce",
                                newValue: "from \(sender), of no mail sent from here: \(bounce.reason)").insert(db)
                return .unmatchedBounce
            }
            let ticketId: Int64 = returned["ticket_id"], recipient: String = returned["recipient"]
            try db.execute(sql: "UPDATE outbox SET bounced_at = ?, last_error = ? WHERE id = ?", arguments: [now, bounce.reason, returned["id"] as Int64])
            // As any note (history, search index); a closed ticket takes none: the event says it.
            // (In a savepoint: a refused note leaves nothing half done.)
            var noted = false
            try? db.inSavepoint {
                _ = try TicketService(store: store, actor: Self.actor)
                    .apply([.note("Mail to \(recipient) bounced: \(bounce.reason)")], to: ticketId, basedOn: nil, db, bulk: false)
                noted = true
                return .commit
            }
            let note = !noted ? nil : try Int64.fetchOne(db, sql: "SELECT max(id) FROM messages WHERE ticket_id = ?", arguments: [ticketId])
            try TicketEvent(ticketId: ticketId, actor: Self.actor.login, at: now, action: "mail.bounce", newValue: "\(recipient): \(bounce.reason)").insert(db)
            try MailRecord(messageID: messageID, ticketId: ticketId, messageRowId: note, direction: "in", sender: sender,
                           recipients: recipient, subject: subject, raw: raw, at: now).insert(db)
            return .bounced(ticketId: ticketId)
        }
    }
}
