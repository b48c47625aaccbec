import Foundation
import GRDB

/// `helpdesk requester erase`: the right to be forgotten (GDPR art. 17). Admins only. The person's
/// name, address and organisation link go, the bodies they wrote, and every mention of them in
/// subjects, messages and history values; the full-text index forgets them; their tickets stay
/// (with their numbers, states and times) for statistics. One transaction, recorded as a
/// `requester.erase` event that names the requester by number only, with the admin's reason.
public struct RequesterErasure: Sendable {
    public let store: HelpdeskStore
    public let actor: Agent

    public init(store: HelpdeskStore, actor: Agent) {
        self.store = store
        self.actor = actor
    }

    public struct Outcome: Equatable, Sendable, Codable {
        public var requesterId: Int64
        /// Their own tickets, and other tickets that mentioned them, now redacted.
        public var ownTickets: Int
        public var otherTickets: Int
    }

    /// Throws unless this actor may erase requesters (asked before the TUI asks for a reason).
    public func requirePermission() throws {
        try Permissions.requireAdmin(actor, to: "erase a requester")
        guard !store.isReadOnly else { throw HelpdeskError.permissionDenied(store.writeRefusal) }
    }

    /// Erases the requester; refuses an empty reason, or one that names them (the reason is kept).
    @discardableResult
    public func erase(_ reference: RequesterReference, reason: String) throws -> Outcome {
        try requirePermission()
        let reason = reason.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !reason.isEmpty else { throw HelpdeskError.invalidInput("erasing needs a --reason (it is kept in the log): nothing was changed") }
        _ = try InputLimits.checked(reason, "the reason", limit: InputLimits.subject)
        let now = store.now
        return try store.writeErasing { db in
            let requester = try RequesterDirectory.requester(db, reference)
            let id = requester.id ?? 0
            guard try !RequesterDirectory.isErased(db, id: id) else {
                throw HelpdeskError.invalidInput("requester #\(id) is already erased: nothing was changed")
            }
            let terms = PersonalTerms(name: requester.name, email: requester.email)
            guard !PersonalTerms.mentions(reason, terms: terms.ownTickets) else {
                throw HelpdeskError.invalidInput("the reason names the person: the log keeps it, so write it without their name or address")
            }
            let own = try Int64.fetchAll(db, sql: "SELECT id FROM tickets WHERE requester_id = ?", arguments: [id])
            for ticket in own {
                try TicketRedaction.redact(db, ticketId: ticket, terms: terms.ownTickets, authorId: id)
                try db.execute(sql: "UPDATE tickets SET redacted_at = ? WHERE id = ?", arguments: [now, ticket])
            }
            let others = try Self.ticketsMentioning(db, terms).subtracting(own)
            var otherCount = 0
            for ticket in others.sorted() where try TicketRedaction.redact(db, ticketId: ticket, terms: terms.everywhere, authorId: nil) {
                otherCount += 1
            }
            _ = try TicketRedaction.redactEvents(db, sql: "SELECT * FROM events WHERE ticket_id IS NULL", arguments: [], terms: terms.everywhere)
            try Self.eraseProfile(db, id: id, at: now)
            try TicketEvent(ticketId: nil, actor: actor.login, at: now, action: "requester.erase",
                            newValue: "requester #\(id): \(own.count) own and \(otherCount) other tickets redacted", reason: reason).insert(db)
            return Outcome(requesterId: id, ownTickets: own.count, otherTickets: otherCount)
        }
    }

    /// The profile of an erased person: no name, an address that is no one's (unique, as the
    /// table needs), no organisation.
    static func eraseProfile(_ db: Database, id: Int64, at now: Int64) throws {
        try db.execute(sql: "UPDATE requesters SET name = ?, email = ?, organization_id = NULL, erased_at = ? WHERE id = ?",
                       arguments: [Redaction.marker, "redacted-\(id)@invalid", now, id])
    }

    /// Tickets whose text may mention the person, found through the full-text index, and those
    /// with a file named after them (file names are not in the index; erasure is rare, a scan will do).
    static func ticketsMentioning(_ db: Database, _ terms: PersonalTerms) throws -> Set<Int64> {
        guard !terms.everywhere.isEmpty else { return [] }
        var found = Set(try Int64.fetchAll(db, sql: "SELECT rowid FROM ticket_fts WHERE ticket_fts MATCH ?", arguments: [terms.searchQuery]))
        for term in terms.everywhere {
            found.formUnion(try Int64.fetchAll(db, sql: "SELECT ticket_id FROM attachments WHERE instr(lower(file_name), lower(?)) > 0",
                                               arguments: [term]))
        }
        return found
    }
}
