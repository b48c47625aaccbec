import GRDB

/// Applies single actions to a ticket inside `TicketService`'s transaction: the field change,
/// its SLA consequences (pause, resume, first response, new deadlines), messages and the event.
/// Returns a line saying what happened. Throws `invalidInput` when there is nothing to change.
struct Change {
    let db: Database
    let now: Int64
    let actor: Agent
    let settings: SLASettings
    /// The search documents of tickets whose text this change touches, as they were before:
    /// the contentless index needs the old text to remove it (`TicketSearchIndex.replace`).
    var documentsBefore: [Int64: TicketSearchIndex.Document?] = [:]
    /// The reply or note this change added last: where a file attached in the same change goes.
    var lastMessageId: Int64?

    /// Why the agent made this change, recorded with events that have no reason of their own.
    let reason: String?

    init(db: Database, now: Int64, actor: Agent, settings: SLASettings, reason: String? = nil) {
        self.db = db
        self.now = now
        self.actor = actor
        self.settings = settings
        self.reason = reason
    }

    mutating func apply(_ action: TicketAction, to ticket: inout Ticket) throws -> String {
        let id = ticket.id!
        // A closed (or merged) ticket never gets here: TicketService.checkChangeable refuses it first.
        switch action {
        case .take:
            return try assign(&ticket, to: actor.login)
        case .assign(let login):
            return try assign(&ticket, to: login)
        case .unassign:
            guard let old = try login(of: ticket.assigneeId) else { throw nothing("#\(id) is not assigned") }
            ticket.assigneeId = nil
            try log(id, "unassign", old: old)
            return "Unassigned #\(id)"
        case .setStatus(let status):
            guard status != ticket.status else { throw nothing("#\(id) is already \(status.rawValue)") }
            let old = ticket.status
            setStatus(&ticket, status)
            try log(id, "status", old: old.rawValue, new: status.rawValue)
            if status == .solved { try AutomaticMail.noticeSolved(ticket, actor: actor, now: now, db) }
            if old == .solved { try AutomaticMail.withdrawSolvedNotice(ofTicket: id, db) }
            return "#\(id) is now \(status.rawValue)"
        case .setPriority(let priority):
            guard priority != ticket.priority else { throw nothing("#\(id) is already \(priority.name)") }
            let old = ticket.priority
            ticket.priority = priority
            recomputeDueTimes(&ticket)
            try log(id, "priority", old: old.name, new: priority.name)
            return "#\(id) priority \(priority.name)"
        case .setCategory(let category):
            guard category != ticket.category else { throw nothing("#\(id) already has that category") }
            try log(id, "category", old: ticket.category, new: category)
            ticket.category = category
            return "#\(id) category \(category ?? "(none)")"
        case .addTags(let tags):
            let existing = Set(try String.fetchAll(db, sql: "SELECT tag FROM ticket_tags WHERE ticket_id = ?", arguments: [id]))
            let added = tags.filter { !existing.contains($0) }
            guard !added.isEmpty else { throw nothing("#\(id) already has \(tags.map { "#\($0)" }.joined(separator: " "))") }
            for tag in added { try db.execute(sql: "INSERT INTO ticket_tags(tag, ticket_id) VALUES (?, ?)", arguments: [tag, id]) }
            let text = added.map { "+\($0)" }.joined(separator: " ")
            try log(id, "tags", new: text)
            return "#\(id) tags \(text)"
        case .removeTags(let tags):
            let existing = Set(try String.fetchAll(db, sql: "SELECT tag FROM ticket_tags WHERE ticket_id = ?", arguments: [id]))
            let removed = tags.filter { existing.contains($0) }
            guard !removed.isEmpty else { throw nothing("#\(id) has none of \(tags.map { "#\($0)" }.joined(separator: " "))") }
            for tag in removed { try db.execute(sql: "DELETE FROM ticket_tags WHERE ticket_id = ? AND tag = ?", arguments: [id, tag]) }
            let text = removed.map { "-\($0)" }.joined(separator: " ")
            try log(id, "tags", new: text)
            return "#\(id) tags \(text)"
        case .setChannel(let channel):
            guard channel != ticket.channel else { throw nothing("#\(id) already came by \(channel.rawValue)") }
            try log(id, "channel", old: ticket.channel.rawValue, new: channel.rawValue)
            ticket.channel = channel
            return "#\(id) channel \(channel.rawValue)"
        case .escalate(let tier, let reason, let assignee):
            guard tier > ticket.tier else {
                throw HelpdeskError.invalidInput("#\(id) is already tier \(ticket.tier): escalating goes up (de-escalate to go down)")
            }
            return try moveTier(&ticket, to: tier, action: "escalate", reason: reason, assignee: assignee)
        case .deescalate(let tier, let note, let assignee):
            guard tier < ticket.tier else {
                throw HelpdeskError.invalidInput("#\(id) is tier \(ticket.tier): de-escalating goes down (escalate to go up)")
            }
            try addMessage(to: id, body: "De-escalated to tier \(tier): \(note)", isInternal: true)
            return try moveTier(&ticket, to: tier, action: "deescalate", reason: note, assignee: assignee)
        case .reply(let body):
            let message = try addMessage(to: id, body: body, isInternal: false)
            // A mailed-in ticket's reply goes back by mail, committed with the reply (never a note).
            try Outbox.enqueue(db, ticket: ticket, messageRowId: message, now: now)
            try log(id, "reply", new: Self.excerpt(body))
            if ticket.firstRespondedAt == nil {
                ticket.firstRespondedAt = now
                ticket.nextDue = ticket.resolutionDue
            }
            if ticket.status == .new {
                setStatus(&ticket, .open)
                try log(id, "status", old: "new", new: "open")
            }
            return "Replied to #\(id)"
        case .note(let body):
            try addMessage(to: id, body: body, isInternal: true)
            try log(id, "note", new: Self.excerpt(body))
            return "Noted on #\(id)"
        case .attach(let file):
            guard let message = lastMessageId else {
                throw HelpdeskError.invalidInput("a file goes with a reply or a note: write one in the same change — nothing was changed")
            }
            try AttachmentStore.store([file.asMailAttachment], ticketId: id, messageRowId: message, now: now, db)
            try log(id, "attach", new: "\(file.fileName) (\(ByteCount.text(Int64(file.data.count))))")
            return "attached \(file.fileName)"
        case .requesterReply(let body):
            try rememberDocument(of: id)
            var message = Message(ticketId: id, authorRequesterId: ticket.requesterId, isInternal: false, body: body, createdAt: now)
            try message.insert(db)
            try log(id, "requester-reply", new: Self.excerpt(body))
            if ticket.status == .pending || ticket.status == .solved {
                let old = ticket.status
                setStatus(&ticket, .open)
                try log(id, "status", old: old.rawValue, new: "open", reason: "the requester answered")
                try AutomaticMail.withdrawSolvedNotice(ofTicket: id, db)
            }
            return "#\(id) got the requester's answer"
        case .link(let original):
            guard original != id else { throw HelpdeskError.invalidInput("#\(id) cannot be a duplicate of itself") }
            _ = try TicketService.ticket(db, original)
            let exists = try Bool.fetchOne(db, sql: "SELECT 1 FROM ticket_links WHERE ticket_id = ? AND duplicate_of = ?", arguments: [id, original]) ?? false
            guard !exists else { throw nothing("#\(id) is already linked to #\(original)") }
            try db.execute(sql: "INSERT INTO ticket_links(ticket_id, duplicate_of, created_at) VALUES (?, ?, ?)", arguments: [id, original, now])
            try log(id, "link", new: "duplicate of #\(original)")
            return "Linked #\(id) as a duplicate of #\(original)"
        case .merge(let into):
            return try merge(&ticket, into: into)
        }
    }

    // MARK: - Pieces

    private mutating func assign(_ ticket: inout Ticket, to login: String) throws -> String {
        let id = ticket.id!
        let agent = try activeAgent(login)
        guard agent.id != ticket.assigneeId else { throw nothing("#\(id) is already assigned to \(login)") }
        // Agents hold tickets of their own tier; supervisors and admins may hold any.
        guard agent.tier == ticket.tier || agent.role != .agent else {
            throw HelpdeskError.invalidInput("\(login) works tier \(agent.tier) and #\(id) is a tier-\(ticket.tier) ticket (escalate it instead)")
        }
        try log(id, "assign", old: try self.login(of: ticket.assigneeId), new: login)
        ticket.assigneeId = agent.id
        return "Assigned #\(id) to \(login)"
    }

    private mutating func moveTier(_ ticket: inout Ticket, to tier: Int, action: String, reason: String, assignee: String?) throws -> String {
        let id = ticket.id!
        var newAssignee: Agent?
        if let assignee {
            newAssignee = try activeAgent(assignee)
            guard newAssignee!.tier == tier || newAssignee!.role != .agent else {
                throw HelpdeskError.invalidInput("\(assignee) works tier \(newAssignee!.tier), not tier \(tier)")
            }
        }
        try log(id, action, old: "tier \(ticket.tier)", new: "tier \(tier)" + (assignee.map { " (\($0))" } ?? ""), reason: reason)
        ticket.tier = tier
        ticket.assigneeId = newAssignee?.id
        return "\(action == "escalate" ? "Escalated" : "De-escalated") #\(id) to tier \(tier)" + (assignee.map { " (\($0))" } ?? "")
    }

    private mutating func merge(_ ticket: inout Ticket, into targetId: Int64) throws -> String {
        let id = ticket.id!
        guard targetId != id else { throw HelpdeskError.invalidInput("#\(id) cannot be merged into itself") }
        let target = try TicketService.ticket(db, targetId)
        if let further = target.mergedInto {
            throw HelpdeskError.invalidInput("#\(targetId) was itself merged into #\(further): merge into #\(further)")
        }
        // The original gets the duplicate's conversation: a closed one cannot take it.
        try TicketService.checkChangeable(target)
        try Permissions.check(actor, .merge(into: targetId), on: target, assigneeLogin: try login(of: target.assigneeId))
        // The duplicate's conversation joins the original's, with its authors and times.
        try rememberDocument(of: targetId)
        try db.execute(sql: """
            INSERT INTO messages(ticket_id, author_agent_id, author_requester_id, internal, body, created_at)
            SELECT ?, author_agent_id, author_requester_id, internal, body, created_at FROM messages WHERE ticket_id = ? ORDER BY id
            """, arguments: [targetId, id])
        try addMessage(to: targetId, body: "Merged #\(id) (\(ticket.subject)) into this ticket.", isInternal: true)
        try db.execute(sql: "UPDATE tickets SET version = version + 1, updated_at = ? WHERE id = ?", arguments: [now, targetId])
        try log(targetId, "merge", new: "from #\(id)")
        try db.execute(sql: "INSERT OR IGNORE INTO ticket_links(ticket_id, duplicate_of, created_at) VALUES (?, ?, ?)",
                       arguments: [id, targetId, now])
        try addMessage(to: id, body: "Merged into #\(targetId).", isInternal: true)
        try log(id, "merge", old: ticket.status.rawValue, new: "into #\(targetId)")
        ticket.mergedInto = targetId
        if ticket.status != .closed { setStatus(&ticket, .closed) }
        return "Merged #\(id) into #\(targetId)"
    }

    /// Status with its SLA consequences: pending stops the clock, leaving pending restarts it
    /// (the paused time moves the deadlines), solving stamps the time, reopening clears it.
    private func setStatus(_ ticket: inout Ticket, _ status: TicketStatus) {
        if status == .pending, ticket.slaPausedAt == nil {
            ticket.slaPausedAt = now
        } else if status != .pending, let pausedAt = ticket.slaPausedAt {
            ticket.slaPausedSeconds += settings.policy(for: ticket.priority).pausedSeconds(from: pausedAt, to: now, calendar: settings.calendar)
            ticket.slaPausedAt = nil
            recomputeDueTimes(&ticket)
        }
        if status == .solved || (status == .closed && ticket.solvedAt == nil) { ticket.solvedAt = now }
        if status.isOpen { ticket.solvedAt = nil }
        ticket.status = status
    }

    private func recomputeDueTimes(_ ticket: inout Ticket) {
        let due = settings.dueTimes(created: ticket.createdAt, priority: ticket.priority, pausedSeconds: ticket.slaPausedSeconds)
        ticket.firstResponseDue = due.firstResponse
        ticket.resolutionDue = due.resolution
        ticket.nextDue = ticket.firstRespondedAt == nil ? min(due.firstResponse, due.resolution) : due.resolution
    }

    @discardableResult
    private mutating func addMessage(to id: Int64, body: String, isInternal: Bool) throws -> Int64 {
        try rememberDocument(of: id)
        var message = Message(ticketId: id, authorAgentId: actor.id, isInternal: isInternal, body: body, createdAt: now)
        try message.insert(db)
        lastMessageId = message.id
        return message.id ?? 0
    }

    private mutating func rememberDocument(of id: Int64) throws {
        if documentsBefore[id] == nil { documentsBefore[id] = .some(try TicketSearchIndex.document(db, ticketId: id)) }
    }

    private func activeAgent(_ login: String) throws -> Agent {
        guard let agent = try Agent.filter(Column("login") == login).fetchOne(db), agent.active else {
            throw HelpdeskError.invalidInput("there is no active agent '\(login)' (helpdesk agent list shows the team)")
        }
        return agent
    }

    func login(of agentId: Int64?) throws -> String? {
        guard let agentId else { return nil }
        return try String.fetchOne(db.cachedStatement(sql: "SELECT login FROM agents WHERE id = ?"), arguments: [agentId])
    }

    private func log(_ id: Int64, _ action: String, old: String? = nil, new: String? = nil, reason: String? = nil) throws {
        try TicketEvent(ticketId: id, actor: actor.login, at: now, action: action, oldValue: old, newValue: new,
                        reason: reason ?? self.reason).insert(db)
    }

    /// The ticket already is as asked. Alone, that is the user's mistake; inside a macro ("reply
    /// and set open" on a ticket the reply just opened) the step is simply skipped.
    struct NothingToChange: Error {
        var text: String
        var error: HelpdeskError { .invalidInput("nothing to change: \(text)") }
    }

    private func nothing(_ text: String) -> NothingToChange {
        NothingToChange(text: text)
    }

    /// The first line of a message, short, for the history.
    static func excerpt(_ body: String) -> String {
        let line = body.split(separator: "\n", omittingEmptySubsequences: true).first.map(String.init) ?? ""
        return line.count > 60 ? String(line.prefix(59)) + "…" : line
    }
}
