import Foundation
import GRDB

extension HelpdeskStore {
    /// Files a new ticket (and its requester, when the address is new) and logs it. Returns its id.
    @discardableResult
    public func createTicket(_ new: NewTicket, actor: String) throws -> Int64 {
        let new = try new.validated()
        let now = self.now
        return try write { db in try Self.insertTicket(db, new, actor: actor, now: now) }
    }

    /// The ticket, its first message, search document and creation event, inside the caller's
    /// transaction (`createTicket`, and mail intake, which stores the mail in the same one).
    /// `new` must be validated.
    static func insertTicket(_ db: Database, _ new: NewTicket, actor: String, now: Int64) throws -> Int64 {
        let requesterId = try Self.requesterId(db, email: new.requesterEmail, name: new.requesterName)
        let due = try Self.slaSettings(db).dueTimes(created: now, priority: new.priority, pausedSeconds: 0)
        var ticket = Ticket(subject: new.subject, status: .new, priority: new.priority, tier: new.tier,
                            category: new.category, channel: new.channel,
                            requesterId: requesterId, createdAt: now, updatedAt: now,
                            firstResponseDue: due.firstResponse, resolutionDue: due.resolution)
        try ticket.insert(db)
        let id = ticket.id!
        for tag in new.tags {
            try db.execute(sql: "INSERT INTO ticket_tags(tag, ticket_id) VALUES (?, ?)", arguments: [tag, id])
        }
        if !new.body.isEmpty {
            var message = Message(ticketId: id, authorRequesterId: requesterId, isInternal: false, body: new.body, createdAt: now)
            try message.insert(db)
        }
        try TicketSearchIndex.add(db, ticketId: id, subject: new.subject, body: new.body)
        try TicketEvent(ticketId: id, actor: actor, at: now, action: "create", newValue: new.subject).insert(db)
        return id
    }

    /// The ticket with its requester, conversation and history. Runs on every selection move in
    /// the TUI, so its statements are prepared once per connection (cached), not per call.
    public func ticketDetail(id: Int64) throws -> TicketDetail {
        try read { db in
            guard let ticket = try Ticket.fetchOne(db.cachedStatement(sql: "SELECT * FROM tickets WHERE id = ?"), arguments: [id]) else {
                throw HelpdeskError.notFound("ticket \(id) does not exist")
            }
            let requester = try Requester.fetchOne(db.cachedStatement(sql: "SELECT * FROM requesters WHERE id = ?"),
                                                   arguments: [ticket.requesterId])!
            let organization = try String.fetchOne(db.cachedStatement(sql: "SELECT name FROM organizations WHERE id = ?"),
                                                   arguments: [requester.organizationId])
            let assignee = try ticket.assigneeId.flatMap {
                try Agent.fetchOne(db.cachedStatement(sql: "SELECT * FROM agents WHERE id = ?"), arguments: [$0])
            }
            let tags = try String.fetchAll(db.cachedStatement(sql: "SELECT tag FROM ticket_tags WHERE ticket_id = ? ORDER BY tag"),
                                           arguments: [id])
            let rows = try Row.fetchAll(db.cachedStatement(sql: """
                SELECT m.*, coalesce(a.name, r.name, '?') AS author_name, m.author_agent_id IS NOT NULL AS by_agent,
                       \(StoredText.wholeIfCut("m.body")) AS whole_body
                FROM messages m
                LEFT JOIN agents a ON a.id = m.author_agent_id
                LEFT JOIN requesters r ON r.id = m.author_requester_id
                WHERE m.ticket_id = ? ORDER BY m.created_at, m.id
                """), arguments: [id])
            let deliveries = try Outbox.deliveries(ofTicket: id, db)
            let files = Dictionary(grouping: try AttachmentStore.list(ofTicket: id, db), by: \.messageRowId)
            let messages = try rows.map { row in
                var message = try Message(row: row)
                if let whole = row["whole_body"] as Data? { message.body = StoredText.decoded(whole) }
                return TicketDetail.ThreadEntry(message: message, authorName: row["author_name"], authorIsAgent: row["by_agent"],
                                                delivery: message.id.flatMap { deliveries[$0] }, attachments: files[message.id] ?? [])
            }
            let events = try TicketEvent.fetchAll(db.cachedStatement(sql: "SELECT * FROM events WHERE ticket_id = ? ORDER BY id"),
                                                  arguments: [id])
            return TicketDetail(ticket: ticket, requester: requester, organization: organization, assignee: assignee,
                                tags: tags, messages: messages, events: events)
        }
    }

    /// Just the subject of a ticket, or nil when there is no such ticket.
    public func ticketSubject(id: Int64) throws -> String? {
        try read { db in try String.fetchOne(db, sql: "SELECT subject FROM tickets WHERE id = ?", arguments: [id]) }
    }

    // MARK: - Helpers

    /// The id of the requester with this address, creating one (named after the address) if needed;
    /// a new requester joins the organization of their mail domain (``OrganizationDomains``).
    static func requesterId(_ db: Database, email: String, name: String?) throws -> Int64 {
        if let id = try Int64.fetchOne(db, sql: "SELECT id FROM requesters WHERE email = ?", arguments: [email]) {
            return id
        }
        let fallbackName = email.split(separator: "@").first.map { local in
            local.split(whereSeparator: { $0 == "." || $0 == "_" }).map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: " ")
        } ?? email
        var requester = Requester(name: name?.isEmpty == false ? name! : fallbackName, email: email,
                                  organizationId: try OrganizationDomains.organizationId(forEmail: email, db))
        try requester.insert(db)
        return requester.id!
    }

    static func isPlausibleEmail(_ email: String) -> Bool {
        let parts = email.split(separator: "@", omittingEmptySubsequences: false)
        return parts.count == 2 && !parts[0].isEmpty && parts[1].contains(".") && !parts[1].hasPrefix(".") && !parts[1].hasSuffix(".")
            && email.count <= 254 && !email.contains(where: { $0.isWhitespace || $0.asciiValue.map { $0 < 32 } ?? false })
    }

    static func normalizedTags(_ tags: [String]) -> [String] {
        Array(Set(tags.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }.filter { !$0.isEmpty })).sorted()
    }
}
