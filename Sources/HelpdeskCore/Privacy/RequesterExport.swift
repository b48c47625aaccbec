import Foundation
import GRDB

/// `helpdesk requester export`: everything stored about a person (GDPR art. 15 and 20), as one
/// machine-readable document — their profile and organisation, their tickets with the public
/// messages (internal notes are the team's working notes, not the person's data), and the
/// history entries on their tickets that are about the request, plus any entry elsewhere that
/// names them. Supervisors and admins.
public struct RequesterExport: Codable, Equatable, Sendable {
    public struct Profile: Codable, Equatable, Sendable {
        public var id: Int64
        public var name: String
        public var email: String
        public var organization: String?
        public var erasedAt: Int64?
    }
    public struct ExportedMessage: Codable, Equatable, Sendable {
        public var at: Int64
        /// "requester" for what they wrote, else the agent's name.
        public var from: String
        public var body: String
        /// The files that came with it, bytes included: data the person provided (art. 20).
        public var attachments: [ExportedAttachment]
    }
    public struct ExportedAttachment: Codable, Equatable, Sendable {
        public var fileName: String
        public var mediaType: String
        public var size: Int64
        /// The bytes in base64; nil once erased.
        public var contentBase64: String?
    }
    public struct ExportedTicket: Codable, Equatable, Sendable {
        public var id: Int64
        public var subject: String
        public var status: String
        public var channel: String
        public var createdAt: Int64
        public var updatedAt: Int64
        public var messages: [ExportedMessage]
    }
    public struct HistoryEntry: Codable, Equatable, Sendable {
        public var ticketId: Int64?
        public var at: Int64
        public var action: String
        public var actor: String
        public var oldValue: String?
        public var newValue: String?
    }

    public var profile: Profile
    public var tickets: [ExportedTicket]
    public var history: [HistoryEntry]

    /// The history actions on a person's own tickets that describe their request, not the team's work.
    static let publicActions = ["create", "status", "merge"]

    public static func collect(_ reference: RequesterReference, store: HelpdeskStore, actor: Agent) throws -> RequesterExport {
        try Permissions.requireSupervisor(actor, to: "export a requester's data")
        return try store.read { db in
            let requester = try RequesterDirectory.requester(db, reference)
            let id = requester.id ?? 0
            let organization = try String.fetchOne(db, sql: "SELECT name FROM organizations WHERE id = ?", arguments: [requester.organizationId])
            let erasedAt = try Int64.fetchOne(db, sql: "SELECT erased_at FROM requesters WHERE id = ?", arguments: [id])
            let profile = Profile(id: id, name: requester.name, email: requester.email, organization: organization, erasedAt: erasedAt)
            var tickets: [ExportedTicket] = []
            for row in try Row.fetchAll(db, sql: """
                SELECT id, subject, status, channel, created_at, updated_at FROM tickets WHERE requester_id = ? ORDER BY id
                """, arguments: [id]) {
                let ticketId: Int64 = row["id"]
                let messages = try Row.fetchAll(db, sql: """
                    SELECT m.id, m.created_at, m.body, m.author_requester_id, a.name AS agent FROM messages m
                    LEFT JOIN agents a ON a.id = m.author_agent_id
                    WHERE m.ticket_id = ? AND m.internal = 0 ORDER BY m.created_at, m.id
                    """, arguments: [ticketId])
                let files = Dictionary(grouping: try AttachmentStore.list(ofTicket: ticketId, db), by: \.messageRowId)
                let exported = try messages.map { message in
                    ExportedMessage(at: message["created_at"],
                                    from: (message["author_requester_id"] as Int64?) == id ? "requester" : (message["agent"] ?? "agent"),
                                    body: message["body"],
                                    attachments: try (files[message["id"]] ?? []).map { file in
                                        ExportedAttachment(fileName: file.fileName, mediaType: file.mediaType, size: file.size,
                                                           contentBase64: try AttachmentStore.data(file.id, ofTicket: ticketId, db)?.base64EncodedString())
                                    })
                }
                tickets.append(ExportedTicket(id: ticketId, subject: row["subject"], status: row["status"], channel: row["channel"],
                                              createdAt: row["created_at"], updatedAt: row["updated_at"], messages: exported))
            }
            let actions = publicActions.map { "'\($0)'" }.joined(separator: ",")
            var events = try TicketEvent.fetchAll(db, sql: """
                SELECT e.* FROM events e JOIN tickets t ON t.id = e.ticket_id
                WHERE t.requester_id = ? AND e.action IN (\(actions)) ORDER BY e.id
                """, arguments: [id])
            let terms = PersonalTerms(name: requester.name, email: requester.email)
            // Elsewhere: entries on other tickets, and the team's own entries, that name them —
            // except internal notes, which stay the team's.
            let own = Set(try Int64.fetchAll(db, sql: "SELECT id FROM tickets WHERE requester_id = ?", arguments: [id]))
            let elsewhere = try RequesterErasure.ticketsMentioning(db, terms).subtracting(own)
            let candidates = try TicketEvent.fetchAll(db, sql: "SELECT * FROM events WHERE ticket_id IS NULL")
                + elsewhere.sorted().flatMap { try TicketEvent.fetchAll(db, sql: "SELECT * FROM events WHERE ticket_id = ?", arguments: [$0]) }
            events += candidates.filter { event in
                event.action != "note"
                    && [event.oldValue, event.newValue, event.reason].contains { $0.map { PersonalTerms.mentions($0, terms: terms.everywhere) } ?? false }
            }
            let history = events.sorted { ($0.id ?? 0) < ($1.id ?? 0) }.map { event in
                HistoryEntry(ticketId: event.ticketId, at: event.at, action: event.action, actor: event.actor,
                             oldValue: event.oldValue, newValue: event.newValue)
            }
            return RequesterExport(profile: profile, tickets: tickets, history: history)
        }
    }
}
