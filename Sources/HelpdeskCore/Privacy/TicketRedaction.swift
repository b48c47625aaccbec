import Foundation
import GRDB

/// Removes a person from one ticket, the one way erasure and retention change stored text: the
/// bodies they wrote become the marker, mentions of them in the subject, the other messages and
/// the ticket's events become the marker (an event field that mentions them is replaced whole —
/// the log's trigger allows nothing else), stored mails and files go (see `redactMail`), undo snapshots of the ticket are dropped, and the
/// full-text index is updated. Runs inside the caller's transaction.
enum TicketRedaction {
    /// Redacts `terms` from ticket `ticketId`; `authorId` is the requester whose own bodies go.
    /// Returns whether anything changed.
    @discardableResult
    static func redact(_ db: Database, ticketId: Int64, terms: [String], authorId: Int64?) throws -> Bool {
        let old = try TicketSearchIndex.document(db, ticketId: ticketId)
        var changed = false
        if let subject = old?.subject {
            var redacted = PersonalTerms.redact(subject, terms: terms)
            if redacted.trimmingCharacters(in: .whitespaces).isEmpty { redacted = Redaction.marker }
            if redacted != subject {
                try db.execute(sql: "UPDATE tickets SET subject = ? WHERE id = ?", arguments: [redacted, ticketId])
                changed = true
            }
        }
        let messages = try Row.fetchAll(db, sql: "SELECT id, body, author_requester_id FROM messages WHERE ticket_id = ?",
                                        arguments: [ticketId])
        for message in messages {
            let body: String = message["body"]
            let ownBody = authorId != nil && message["author_requester_id"] == authorId
            let redacted = ownBody ? Redaction.marker : PersonalTerms.redact(body, terms: terms)
            if redacted != body {
                try db.execute(sql: "UPDATE messages SET body = ? WHERE id = ?", arguments: [redacted, message["id"] as Int64])
                changed = true
            }
        }
        if try redactEvents(db, sql: "SELECT * FROM events WHERE ticket_id = ?", arguments: [ticketId], terms: terms) { changed = true }
        if try redactMail(db, ticketId: ticketId, terms: terms, own: authorId != nil) { changed = true }
        // Files cannot be redacted word by word either: on the person's own tickets they go, on
        // others only names that mention them.
        if try authorId != nil ? AttachmentStore.erase(ofTicket: ticketId, db)
                               : AttachmentStore.redactNames(ofTicket: ticketId, terms: terms, db) { changed = true }
        if changed {
            try db.execute(sql: "DELETE FROM undo_entries WHERE ticket_id = ?", arguments: [ticketId])
            try TicketSearchIndex.replace(db, ticketId: ticketId, old: old)
        }
        return changed
    }

    /// The ticket's stored mails: on the person's own tickets every address and subject goes, on
    /// others those that name them; the raw bytes go in both cases (a raw mail cannot be
    /// redacted word by word: encodings hide the words).
    static func redactMail(_ db: Database, ticketId: Int64, terms: [String], own: Bool) throws -> Bool {
        let mails = try Row.fetchAll(db, sql: "SELECT id, sender, recipients, subject, raw IS NOT NULL AS has_raw FROM mail_messages WHERE ticket_id = ?",
                                     arguments: [ticketId])
        var changed = false
        for mail in mails {
            func redacted(_ column: String) -> String {
                let value: String = mail[column]
                return own ? Redaction.marker : PersonalTerms.redact(value, terms: terms)
            }
            let (sender, recipients, subject) = (redacted("sender"), redacted("recipients"), redacted("subject"))
            let hasRaw: Bool = mail["has_raw"]
            guard hasRaw || sender != mail["sender"] || recipients != mail["recipients"] || subject != mail["subject"] else { continue }
            try db.execute(sql: "UPDATE mail_messages SET sender = ?, recipients = ?, subject = ?, raw = NULL WHERE id = ?",
                           arguments: [sender, recipients, subject, mail["id"] as Int64])
            changed = true
        }
        return changed
    }

    /// Replaces every field of the selected events that mentions the terms by the marker.
    static func redactEvents(_ db: Database, sql: String, arguments: StatementArguments, terms: [String]) throws -> Bool {
        var changed = false
        for event in try TicketEvent.fetchAll(db, sql: sql, arguments: arguments) {
            func redacted(_ value: String?) -> String? {
                guard let value, PersonalTerms.mentions(value, terms: terms) else { return value }
                return Redaction.marker
            }
            var after = event
            // An actor is a login: redacted only when it is one of the terms (self-service tickets are
            // filed under the requester's login), never because an agent's login contains a name.
            if terms.contains(where: { $0.caseInsensitiveCompare(event.actor) == .orderedSame }) { after.actor = Redaction.marker }
            after.oldValue = redacted(event.oldValue)
            after.newValue = redacted(event.newValue)
            after.reason = redacted(event.reason)
            if after != event {
                try db.execute(sql: "UPDATE events SET actor = ?, old_value = ?, new_value = ?, reason = ? WHERE id = ?",
                               arguments: [after.actor, after.oldValue, after.newValue, after.reason, event.id])
                changed = true
            }
        }
        return changed
    }

    /// Merges the full-text index's segments, so that the words deleted from it are gone from the
    /// file too (a contentless FTS5 index only marks them deleted until its segments merge).
    static func purgeDeletedWords(_ db: Database) throws {
        try db.execute(sql: "INSERT INTO ticket_fts(ticket_fts) VALUES ('optimize')")
    }
}
