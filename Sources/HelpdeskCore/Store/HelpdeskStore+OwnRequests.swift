import Foundation
import GRDB

/// What a requester may see of their own tickets (SelfService): the list, and one ticket with its
/// public conversation. Internal notes, the event log, tags and other requesters are never read.
extension HelpdeskStore {
    /// The tickets of the requester with `email`, most recently changed first.
    func ownTickets(requesterEmail email: String, limit: Int) throws -> [OwnRequest] {
        try read { db in
            try Row.fetchAll(db, sql: """
                SELECT t.id, t.subject, t.status, t.updated_at, t.merged_into, a.name AS assignee
                FROM tickets t JOIN requesters r ON r.id = t.requester_id LEFT JOIN agents a ON a.id = t.assignee_id
                WHERE r.email = ? ORDER BY t.updated_at DESC, t.id DESC LIMIT ?
                """, arguments: [email, limit]).map(Self.ownRequest)
        }
    }

    /// One ticket of the requester with `email` and its public messages; nil when there is no
    /// such ticket or it is someone else's (the two look the same, so numbers reveal nothing).
    func ownTicket(id: Int64, requesterEmail email: String) throws -> OwnRequestDetail? {
        try read { db -> OwnRequestDetail? in
            guard let row = try Row.fetchOne(db, sql: """
                SELECT t.id, t.subject, t.status, t.created_at, t.updated_at, t.merged_into, a.name AS assignee, r.id AS requester_id
                FROM tickets t JOIN requesters r ON r.id = t.requester_id LEFT JOIN agents a ON a.id = t.assignee_id
                WHERE t.id = ? AND r.email = ?
                """, arguments: [id, email]) else { return nil }
            let requesterID: Int64 = row["requester_id"]
            let messages = try Row.fetchAll(db, sql: """
                SELECT m.body, m.created_at, m.author_requester_id, a.name AS agent_name,
                       \(StoredText.wholeIfCut("m.body")) AS whole_body
                FROM messages m LEFT JOIN agents a ON a.id = m.author_agent_id
                WHERE m.ticket_id = ? AND m.internal = 0 ORDER BY m.created_at, m.id
                """, arguments: [id]).map { message in
                let author: OwnRequestDetail.Author = if let name = message["agent_name"] as String? { .agent(name: name) }
                    else if message["author_requester_id"] as Int64? == requesterID { .you } else { .someoneElse }
                let body = (message["whole_body"] as Data?).map(StoredText.decoded) ?? message["body"]
                return OwnRequestDetail.Message(author: author, createdAt: message["created_at"], body: body)
            }
            return OwnRequestDetail(request: Self.ownRequest(row), createdAt: row["created_at"], messages: messages)
        }
    }

    private static func ownRequest(_ row: Row) -> OwnRequest {
        OwnRequest(id: row["id"], subject: row["subject"], status: TicketStatus(rawValue: row["status"]) ?? .open,
                   updatedAt: row["updated_at"], assignee: row["assignee"], mergedInto: row["merged_into"])
    }
}

/// One of the user's own tickets with its public conversation, as `helpdesk request show` prints it.
public struct OwnRequestDetail: Sendable, Equatable {
    public var request: OwnRequest
    public var createdAt: Int64
    public var messages: [Message]

    public enum Author: Sendable, Equatable {
        /// The requester themselves.
        case you
        /// An agent, by the name the team gave them.
        case agent(name: String)
        /// Another requester (a merged-in ticket's): not named, their data is theirs.
        case someoneElse
    }

    public struct Message: Sendable, Equatable {
        public var author: Author
        public var createdAt: Int64
        public var body: String
    }
}
