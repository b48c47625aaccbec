import Foundation
import GRDB

/// The one way tickets change. Each call checks the input (before the database is touched),
/// checks that the acting agent may do it (`Permissions`), refuses a change based on a stale
/// version, and writes the change, its SLA consequences and its event in one transaction.
///
/// ```swift
/// let service = try TicketService.forUser(.current(), store: store)
/// let outcome = try service.perform(.escalate(tier: 2, reason: "needs AD rights"), on: 1042)
/// print(outcome.summary)   // Escalated #1042 to tier 2
/// ```
public struct TicketService: Sendable {
    public let store: HelpdeskStore
    public let actor: Agent

    /// How long an undoable change can be taken back.
    public static let undoWindow: Int64 = 60

    public init(store: HelpdeskStore, actor: Agent) {
        self.store = store
        self.actor = actor
    }

    /// The service acting as the OS user running the program, who must be an active agent.
    public static func forUser(_ user: OSUser, store: HelpdeskStore) throws -> TicketService {
        guard let agent = try store.agent(login: user.login) else {
            throw HelpdeskError.permissionDenied(
                "you (\(user.login)) are not an agent of this helpdesk: an admin can add you with helpdesk agent add \(user.login)")
        }
        guard agent.active else {
            throw HelpdeskError.permissionDenied("your agent account '\(user.login)' is deactivated: nothing was changed")
        }
        return TicketService(store: store, actor: agent)
    }

    // MARK: - Performing

    /// Applies one action. `version`, when given, is the ticket version the caller saw: if
    /// someone changed the ticket since, nothing is applied and the error says who did what.
    /// `reason`, when given, is recorded with the change's events (escalations carry their own).
    @discardableResult
    public func perform(_ action: TicketAction, on id: Int64, basedOn version: Int64? = nil, reason: String? = nil) throws -> ActionOutcome {
        try perform([action], on: id, basedOn: version, reason: reason)
    }

    /// Applies several actions as one change (a macro: reply, then solved, then a category).
    @discardableResult
    public func perform(_ actions: [TicketAction], on id: Int64, basedOn version: Int64? = nil, reason: String? = nil) throws -> ActionOutcome {
        let actions = try actions.map(Self.validated)
        try TagChanges.checkConsistent(actions)
        let reason = reason?.trimmingCharacters(in: .whitespacesAndNewlines)
        return try store.write { db in
            try apply(actions, to: id, basedOn: version, db, bulk: false, reason: reason?.isEmpty == true ? nil : reason)
        }
    }

    /// Applies one action to many tickets in one transaction. A ticket the action cannot apply to
    /// (not allowed, nothing to change) is skipped and reported; the others are changed.
    public func performBulk(_ action: TicketAction, on ids: [Int64]) throws -> BulkOutcome {
        let action = try Self.validated(action)
        return try store.write { db in
            var outcome = BulkOutcome()
            for id in ids {
                do {
                    try db.inSavepoint {
                        outcome.applied.append(try apply([action], to: id, basedOn: nil, db, bulk: true))
                        return .commit
                    }
                } catch let error as HelpdeskError {
                    outcome.refused.append(.init(ticketId: id, reason: error.description))
                }
            }
            return outcome
        }
    }

    /// Takes back an undoable change by this agent, within `undoWindow` and only while nobody
    /// has changed the ticket since.
    @discardableResult
    public func undo(_ outcome: ActionOutcome) throws -> ActionOutcome {
        guard let before = outcome.before else { throw HelpdeskError.invalidInput("\(outcome.summary) cannot be undone") }
        guard outcome.actor == actor.login else { throw HelpdeskError.permissionDenied("only \(outcome.actor) can undo their change") }
        let now = store.now
        guard now - outcome.at <= Self.undoWindow else {
            throw HelpdeskError.invalidInput("too late to undo \(outcome.summary) (only within \(Self.undoWindow) s)")
        }
        return try store.write { db in
            var ticket = try Self.ticket(db, outcome.ticketId)
            try checkVersion(db, ticket, expected: outcome.version)
            before.restore(into: &ticket)
            try replaceTags(db, ticket: outcome.ticketId, with: before.tags)
            ticket.version += 1
            ticket.updatedAt = now
            try ticket.update(db)
            try TicketEvent(ticketId: outcome.ticketId, actor: actor.login, at: now, action: "undo", newValue: outcome.summary).insert(db)
            return ActionOutcome(ticketId: outcome.ticketId, version: ticket.version, summary: "Undone: \(outcome.summary)",
                                 actor: actor.login, at: now, before: nil)
        }
    }

    // MARK: - Macros

    /// The macro with this name (any case, surrounding spaces ignored), or why there is none.
    public func macro(named name: String) throws -> Macro {
        let name = try Self.validatedMacroName(name)
        guard let macro = try store.macro(named: name) else {
            throw HelpdeskError.notFound("there is no macro named '\(name)' (helpdesk macro list shows them)")
        }
        return macro
    }

    /// A macro name as typed, trimmed, or why it cannot be one (checked before a store is opened).
    public static func validatedMacroName(_ name: String) throws -> String {
        let name = name.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !name.isEmpty else { throw HelpdeskError.invalidInput("the macro name is empty (helpdesk macro list shows them)") }
        return name
    }

    // MARK: - Input

    /// The action with its text trimmed and normalised, or why it cannot be done.
    public static func validated(_ action: TicketAction) throws -> TicketAction {
        func text(_ value: String, _ what: String) throws -> String {
            let trimmed = value.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !trimmed.isEmpty else { throw HelpdeskError.invalidInput("\(what) must not be empty") }
            guard trimmed.count <= 100_000 else { throw HelpdeskError.invalidInput("\(what) is too long (at most 100000 characters)") }
            return trimmed
        }
        func tier(_ value: Int) throws -> Int {
            guard (1...3).contains(value) else { throw HelpdeskError.invalidInput("unknown tier \(value) (expected 1, 2 or 3)") }
            return value
        }
        func tags(_ values: [String]) throws -> [String] {
            let normalized = HelpdeskStore.normalizedTags(values)
            guard !normalized.isEmpty else { throw HelpdeskError.invalidInput("name at least one tag") }
            guard normalized.allSatisfy({ $0.count <= 64 && !$0.contains(where: \.isWhitespace) }) else {
                throw HelpdeskError.invalidInput("a tag is one word of at most 64 characters")
            }
            return normalized
        }
        switch action {
        case .assign(let login):
            let login = login.trimmingCharacters(in: .whitespaces)
            guard HelpdeskStore.isValidLogin(login) else { throw HelpdeskError.invalidInput("invalid login '\(login)'") }
            return .assign(login: login)
        case .setCategory(let category):
            let normalized = category?.trimmingCharacters(in: .whitespaces).lowercased()
            guard (normalized?.count ?? 0) <= 64 else { throw HelpdeskError.invalidInput("a category has at most 64 characters") }
            return .setCategory(normalized?.isEmpty == false ? normalized : nil)
        case .addTags(let values): return .addTags(try tags(values))
        case .removeTags(let values): return .removeTags(try tags(values))
        case .escalate(let to, let reason, let assignee):
            return .escalate(tier: try tier(to), reason: try text(reason, "the reason for an escalation (--reason)"), assignee: assignee)
        case .deescalate(let to, let note, let assignee):
            return .deescalate(tier: try tier(to), note: try text(note, "the note for a de-escalation (--reason)"), assignee: assignee)
        case .reply(let body): return .reply(try text(body, "a reply"))
        case .note(let body): return .note(try text(body, "a note"))
        case .requesterReply(let body): return .requesterReply(try text(body, "the requester's message"))
        case .setStatus(.new): throw HelpdeskError.invalidInput("a ticket cannot go back to new (use open)")
        default: return action
        }
    }

    // MARK: - Applying

    func apply(_ actions: [TicketAction], to id: Int64, basedOn version: Int64?, _ db: Database, bulk: Bool,
               reason: String? = nil) throws -> ActionOutcome {
        var ticket = try Self.ticket(db, id)
        if let version { try checkVersion(db, ticket, expected: version) }
        let before = TicketSnapshot(ticket, tags: try tags(db, id))
        let settings = try HelpdeskStore.slaSettings(db)
        var change = Change(db: db, now: store.now, actor: actor, settings: settings, reason: reason)
        var summaries: [String] = []
        var unchanged: [Change.NothingToChange] = []
        for action in actions {
            try Permissions.check(actor, action, on: ticket, assigneeLogin: try change.login(of: ticket.assigneeId), bulk: bulk)
            do {
                summaries.append(try change.apply(action, to: &ticket))
            } catch let nothing as Change.NothingToChange {
                unchanged.append(nothing)
            }
        }
        if summaries.isEmpty, let first = unchanged.first { throw first.error }
        ticket.version += 1
        ticket.updatedAt = change.now
        try ticket.update(db)
        for (changed, old) in change.documentsBefore { try TicketSearchIndex.replace(db, ticketId: changed, old: old) }
        return ActionOutcome(ticketId: id, version: ticket.version, summary: summaries.joined(separator: "; "), actor: actor.login,
                             at: change.now, before: actions.allSatisfy(\.isUndoable) ? before : nil)
    }

    private func checkVersion(_ db: Database, _ ticket: Ticket, expected: Int64) throws {
        guard ticket.version != expected else { return }
        let id = ticket.id ?? 0
        guard let last = try TicketEvent.fetchOne(db, sql: "SELECT * FROM events WHERE ticket_id = ? ORDER BY id DESC LIMIT 1", arguments: [id]) else {
            throw HelpdeskError.conflict("#\(id) was changed by someone else — your change was not applied")
        }
        let ago = max(0, store.now - last.at)
        let when = ago < 5 ? "just now" : ago < 90 ? "\(ago) s ago" : SLACountdown.duration(ago) + " ago"
        throw HelpdeskError.conflict("#\(id) was changed \(when) (\(EventText.describe(last))) — your change was not applied")
    }

    static func ticket(_ db: Database, _ id: Int64) throws -> Ticket {
        guard let ticket = try Ticket.fetchOne(db, key: id) else { throw HelpdeskError.notFound("ticket \(id) does not exist") }
        return ticket
    }

    private func tags(_ db: Database, _ id: Int64) throws -> [String] {
        try String.fetchAll(db, sql: "SELECT tag FROM ticket_tags WHERE ticket_id = ? ORDER BY tag", arguments: [id])
    }

    private func replaceTags(_ db: Database, ticket id: Int64, with tags: [String]) throws {
        try db.execute(sql: "DELETE FROM ticket_tags WHERE ticket_id = ?", arguments: [id])
        for tag in tags { try db.execute(sql: "INSERT INTO ticket_tags(tag, ticket_id) VALUES (?, ?)", arguments: [tag, id]) }
    }
}
