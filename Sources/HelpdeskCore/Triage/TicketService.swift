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
        guard let agent = try Permissions.agentAccount(user, in: store) else {
            throw HelpdeskError.permissionDenied(
                "you (\(user.login)) are not an agent of this helpdesk: an admin can add you with helpdesk agent add \(user.login)")
        }
        guard agent.active else {
            throw HelpdeskError.permissionDenied("your agent account '\(user.login)' is deactivated: nothing was changed")
        }
        return TicketService(store: store, actor: agent)
    }

    // MARK: - Filing

    /// Files a ticket for a requester (a call, a walk-in, a forwarded mail): for active agents
    /// only (``forUser`` refuses everyone else); requesters file their own with SelfService.
    public func create(_ new: NewTicket) throws -> Int64 {
        guard actor.active else {
            throw HelpdeskError.permissionDenied("your agent account '\(actor.login)' is deactivated: nothing was changed")
        }
        return try store.createTicket(new, actor: actor.login)
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
            let outcome = try apply(actions, to: id, basedOn: version, db, bulk: false, reason: reason?.isEmpty == true ? nil : reason)
            try UndoEntry.record([outcome], db, now: outcome.at)
            return outcome
        }
    }

    /// Applies one action to many tickets in one transaction. A ticket the action cannot apply to
    /// (not allowed, nothing to change) is skipped and reported; the others are changed.
    public func performBulk(_ action: TicketAction, on ids: [Int64]) throws -> BulkOutcome {
        try performBulk([action], on: ids)
    }

    /// Applies several actions (a macro) to many tickets, all in one transaction and one undo
    /// batch: a process killed half-way leaves every ticket as it was, never some changed.
    /// Each ticket takes all the actions or, refused, none.
    public func performBulk(_ actions: [TicketAction], on ids: [Int64]) throws -> BulkOutcome {
        let actions = try actions.map(Self.validated)
        try TagChanges.checkConsistent(actions)
        return try store.write { db in
            var outcome = BulkOutcome()
            for id in ids {
                do {
                    try db.inSavepoint {
                        outcome.applied.append(try apply(actions, to: id, basedOn: nil, db, bulk: true))
                        return .commit
                    }
                } catch let error as HelpdeskError {
                    outcome.refused.append(.init(ticketId: id, reason: error.description))
                }
            }
            // One batch: `undoLast` takes the whole bulk change back at once.
            try UndoEntry.record(outcome.applied, db, now: store.now)
            return outcome
        }
    }

    /// Takes back this agent's most recent change that has not been undone yet — one `perform`,
    /// or a whole `performBulk` — if it is within `undoWindow`. Called again, it takes back the
    /// one before (a stack). Each ticket of the change is restored (fields and tags, with an
    /// "undo" event and a new version) only if nobody changed it since; the others are refused
    /// and named in `refused`. The change is used up either way, so the next call moves on to the
    /// one before it; when every ticket was refused, nothing changed and the error says who did what.
    public func undoLast() throws -> UndoOutcome {
        let now = store.now
        let result: Result<UndoOutcome, HelpdeskError> = try store.write { db in
            guard let batch = try Int64.fetchOne(db, sql: "SELECT MAX(batch) FROM undo_entries WHERE actor = ?", arguments: [actor.login]) else {
                return .failure(.invalidInput("nothing to undo (changes can be undone for \(Self.undoWindow) s)"))
            }
            let entries = try UndoEntry.fetchAll(db, sql: "SELECT * FROM undo_entries WHERE batch = ? ORDER BY id", arguments: [batch])
            let summary = entries.first?.summary ?? ""
            guard let at = entries.first?.at, now - at <= Self.undoWindow else {
                return .failure(.invalidInput("too late to undo \(summary) (only within \(Self.undoWindow) s)"))
            }
            var restored: [Int64] = [], refused: [BulkOutcome.Refusal] = []
            for entry in entries {
                do {
                    try db.inSavepoint {
                        try restore(entry, db, now: now)
                        return .commit
                    }
                    restored.append(entry.ticketId)
                } catch let error as HelpdeskError {
                    refused.append(.init(ticketId: entry.ticketId, reason: error.description))
                }
            }
            try db.execute(sql: "DELETE FROM undo_entries WHERE batch = ?", arguments: [batch])
            guard !restored.isEmpty else {
                return .failure(.conflict(refused.map(\.reason).joined(separator: "; ") + " — \(summary) was not undone"))
            }
            return .success(UndoOutcome(summary: "Undone: \(summary)", ticketIds: restored, refused: refused))
        }
        return try result.get()
    }

    /// This agent's changes that can still be undone (within `undoWindow`), newest first: what
    /// `undoLast` would take back, then the one before, and so on.
    public func undoableChanges(limit: Int = 10) throws -> [UndoEntrySummary] {
        let since = store.now - Self.undoWindow
        return try store.read { db in
            let entries = try UndoEntry.fetchAll(db, sql: """
                SELECT * FROM undo_entries WHERE actor = ? AND at >= ? ORDER BY batch DESC, id
                """, arguments: [actor.login, since])
            var changes: [UndoEntrySummary] = []
            for entry in entries {
                if changes.last?.batch == entry.batch {
                    changes[changes.count - 1].ticketIds.append(entry.ticketId)
                } else {
                    guard changes.count < max(0, limit) else { break }
                    changes.append(UndoEntrySummary(batch: entry.batch, at: entry.at, summary: entry.summary, ticketIds: [entry.ticketId]))
                }
            }
            return changes
        }
    }

    /// Takes back one change by this agent, within `undoWindow` and only while nobody has changed
    /// the ticket since. Kept for callers that hold the outcome (the TUI's `u` until it calls
    /// `undoLast`); the change's undo entry is used up as `undoLast` would.
    @discardableResult
    public func undo(_ outcome: ActionOutcome) throws -> ActionOutcome {
        guard outcome.before != nil else { throw HelpdeskError.invalidInput("\(outcome.summary) cannot be undone") }
        guard outcome.actor == actor.login else { throw HelpdeskError.permissionDenied("only \(outcome.actor) can undo their change") }
        let now = store.now
        guard now - outcome.at <= Self.undoWindow else {
            throw HelpdeskError.invalidInput("too late to undo \(outcome.summary) (only within \(Self.undoWindow) s)")
        }
        return try store.write { db in
            let recorded = try UndoEntry.fetchOne(db, sql: """
                SELECT * FROM undo_entries WHERE actor = ? AND ticket_id = ? AND version_after = ? ORDER BY id DESC LIMIT 1
                """, arguments: [actor.login, outcome.ticketId, outcome.version])
            let entry = try recorded ?? UndoEntry(
                batch: 0, actor: outcome.actor, at: outcome.at, ticketId: outcome.ticketId, versionBefore: outcome.version - 1,
                versionAfter: outcome.version, lastEvent: 0, snapshot: String(decoding: try JSONEncoder().encode(outcome.before!), as: UTF8.self),
                summary: outcome.summary, change: outcome.summary)
            let version = try restore(entry, db, now: now, staleSuffix: " — your change was not applied")
            if let id = recorded?.id { try db.execute(sql: "DELETE FROM undo_entries WHERE id = ?", arguments: [id]) }
            return ActionOutcome(ticketId: outcome.ticketId, version: version, summary: "Undone: \(outcome.summary)",
                                 actor: actor.login, at: now, before: nil)
        }
    }

    /// Brings one ticket back to its state before the entry's change, if it is still at the
    /// version that change left; returns the new version. The ticket is then as it was at
    /// `versionBefore`, so earlier changes that ended there (anyone's) can be undone in turn.
    @discardableResult
    private func restore(_ entry: UndoEntry, _ db: Database, now: Int64, staleSuffix: String = "") throws -> Int64 {
        var ticket = try Self.ticket(db, entry.ticketId)
        guard ticket.version == entry.versionAfter else {
            throw HelpdeskError.conflict(try changedSince(db, ticket, afterEvent: entry.lastEvent > 0 ? entry.lastEvent : nil) + staleSuffix)
        }
        let before = try entry.decodedSnapshot()
        before.restore(into: &ticket)
        try replaceTags(db, ticket: entry.ticketId, with: before.tags)
        ticket.version += 1
        ticket.updatedAt = now
        try ticket.update(db)
        try TicketEvent(ticketId: entry.ticketId, actor: actor.login, at: now, action: "undo", newValue: entry.change).insert(db)
        try db.execute(sql: "UPDATE undo_entries SET version_after = ? WHERE ticket_id = ? AND version_after = ? AND id IS NOT ?",
                       arguments: [ticket.version, entry.ticketId, entry.versionBefore, entry.id])
        return ticket.version
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
            return try InputLimits.checked(trimmed, what, limit: InputLimits.message)
        }
        func tier(_ value: Int) throws -> Int {
            guard (1...3).contains(value) else { throw HelpdeskError.invalidInput("unknown tier \(value) (expected 1, 2 or 3)") }
            return value
        }
        func tags(_ values: [String]) throws -> [String] {
            let normalized = HelpdeskStore.normalizedTags(values)
            guard !normalized.isEmpty else { throw HelpdeskError.invalidInput("name at least one tag") }
            return try normalized.map { try InputLimits.checkedWord($0, "a tag") }
        }
        switch action {
        case .assign(let login):
            let login = login.trimmingCharacters(in: .whitespaces)
            guard HelpdeskStore.isValidLogin(login) else { throw HelpdeskError.invalidInput("invalid login '\(login)'") }
            return .assign(login: login)
        case .setCategory(let category):
            let normalized = category?.trimmingCharacters(in: .whitespaces).lowercased()
            guard let normalized, !normalized.isEmpty else { return .setCategory(nil) }
            return .setCategory(try InputLimits.checkedWord(normalized, "a category"))
        case .addTags(let values): return .addTags(try tags(values))
        case .removeTags(let values): return .removeTags(try tags(values))
        case .escalate(let to, let reason, let assignee):
            return .escalate(tier: try tier(to), reason: try text(reason, "the reason for an escalation (--reason)"), assignee: assignee)
        case .deescalate(let to, let note, let assignee):
            return .deescalate(tier: try tier(to), note: try text(note, "the note for a de-escalation (--reason)"), assignee: assignee)
        case .reply(let body): return .reply(try text(body, "a reply"))
        case .note(let body): return .note(try text(body, "a note"))
        case .attach(let file): return .attach(try file.validated())
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
        try Self.checkChangeable(ticket)
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

    /// Closed is final: no action changes a closed ticket (a new request is a new ticket; a solved
    /// one still reopens when the requester or an agent answers). A merged ticket, closed into
    /// another, says where its conversation went. Only `undoLast` may take back the change that
    /// closed a ticket, within the undo window.
    public static func checkChangeable(_ ticket: Ticket) throws {
        let id = ticket.id ?? 0
        if let target = ticket.mergedInto {
            throw HelpdeskError.invalidInput("#\(id) was merged into #\(target): work on #\(target) instead")
        }
        if ticket.status == .closed {
            throw HelpdeskError.invalidInput("#\(id) is closed: closed tickets cannot be changed (open a new ticket for a new request)")
        }
    }

    private func checkVersion(_ db: Database, _ ticket: Ticket, expected: Int64) throws {
        guard ticket.version != expected else { return }
        throw HelpdeskError.conflict(try changedSince(db, ticket, afterEvent: nil) + " — your change was not applied")
    }

    /// "#12 was changed 5 s ago (bo: priority normal → high)": the last change to the ticket, or,
    /// given the last event an undo entry knew of, the latest change after it by someone else when
    /// there is one (the agent's own undo of a later change is not what stands in the way).
    private func changedSince(_ db: Database, _ ticket: Ticket, afterEvent: Int64?) throws -> String {
        let id = ticket.id ?? 0
        var last: TicketEvent?
        if let afterEvent {
            last = try TicketEvent.fetchOne(db, sql: """
                SELECT * FROM events WHERE ticket_id = ? AND id > ? ORDER BY actor <> ? DESC, id DESC LIMIT 1
                """, arguments: [id, afterEvent, actor.login])
        }
        guard let last = try last ?? TicketEvent.fetchOne(db, sql: "SELECT * FROM events WHERE ticket_id = ? ORDER BY id DESC LIMIT 1",
                                                          arguments: [id]) else {
            return "#\(id) was changed by someone else"
        }
        let ago = max(0, store.now - last.at)
        let when = ago < 5 ? "just now" : ago < 90 ? "\(ago) s ago" : SLACountdown.duration(ago) + " ago"
        return "#\(id) was changed \(when) (\(EventText.describe(last)))"
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
