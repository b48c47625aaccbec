import Foundation
import GRDB

/// How long solved and closed tickets keep their requester's personal data (`helpdesk retention
/// set --closed-after 2y`); `retention run` (daily, from cron or the shipped systemd timer)
/// anonymises the tickets past it as erasure does, and erases the profile of a requester once
/// all their tickets are anonymised. Counted from the ticket's last change.
public struct RetentionPolicy: Equatable, Sendable {
    public var closedAfterDays: Int

    public init(closedAfterDays: Int) { self.closedAfterDays = closedAfterDays }

    static let settingKey = "retention.closed_after_days"

    /// "2y", "18m" (months of 30 days), "12w", "90d"; a year is 365 days.
    public init(parsing text: String) throws {
        let text = text.trimmingCharacters(in: .whitespaces).lowercased()
        let units: [Character: Int] = ["d": 1, "w": 7, "m": 30, "y": 365]
        guard let unit = text.last, let days = units[unit], let count = Int(text.dropLast()), count > 0, count <= 100 * 365 / days else {
            throw HelpdeskError.invalidInput("'\(text)' is not a retention period: write a number and d, w, m or y (90d, 18m, 2y)")
        }
        closedAfterDays = count * days
    }

    public var summary: String {
        // Years when whole, else days: a "month" here is only 30 days.
        let years = closedAfterDays / 365
        return closedAfterDays % 365 == 0 ? (years == 1 ? "1 year" : "\(years) years") : (closedAfterDays == 1 ? "1 day" : "\(closedAfterDays) days")
    }
}

/// Reading, setting and applying the retention policy.
public struct Retention: Sendable {
    public let store: HelpdeskStore

    public init(store: HelpdeskStore) { self.store = store }

    /// The policy, or nil when none is set (then nothing is anonymised).
    public func policy() throws -> RetentionPolicy? {
        try store.read { db in
            try Int.fetchOne(db, sql: "SELECT value FROM settings WHERE key = ?", arguments: [RetentionPolicy.settingKey])
                .map(RetentionPolicy.init(closedAfterDays:))
        }
    }

    /// Sets the policy (nil: none). Admins only.
    public func setPolicy(_ policy: RetentionPolicy?, actor: Agent) throws {
        try Permissions.requireAdmin(actor, to: "set the retention policy")
        let now = store.now
        try store.write { db in
            if let policy {
                try db.execute(sql: "INSERT INTO settings(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                               arguments: [RetentionPolicy.settingKey, String(policy.closedAfterDays)])
            } else {
                try db.execute(sql: "DELETE FROM settings WHERE key = ?", arguments: [RetentionPolicy.settingKey])
            }
            try TicketEvent(ticketId: nil, actor: actor.login, at: now, action: "retention.set", newValue: policy?.summary ?? "off").insert(db)
        }
    }

    /// A solved or closed ticket past the policy, not yet anonymised.
    public struct Due: Equatable, Sendable, Codable {
        public var ticketId: Int64
        public var updatedAt: Int64
    }

    /// The tickets a run would anonymise, oldest number first (at most `limit`).
    public func due(limit: Int = 1_000_000) throws -> [Due] {
        guard let policy = try policy() else { return [] }
        return try store.read { db in try Self.due(db, cutoff: cutoff(policy), limit: limit) }
    }

    /// How many tickets a run would anonymise (counted, not loaded).
    public func dueCount() throws -> Int {
        guard let policy = try policy() else { return 0 }
        return try store.read { db in
            try Int.fetchOne(db, sql: "SELECT count(*) FROM tickets WHERE \(Self.dueCondition)",
                             arguments: [cutoff(policy)]) ?? 0
        }
    }

    /// Tickets last changed before this time are past the policy.
    func cutoff(_ policy: RetentionPolicy) -> Int64 {
        store.now - Int64(policy.closedAfterDays) * 86_400
    }

    /// Solved or closed, not anonymised, last changed before the cutoff (the one argument).
    static let dueCondition = "is_open = 0 AND redacted_at IS NULL AND updated_at < ?"

    static func due(_ db: Database, cutoff: Int64, limit: Int) throws -> [Due] {
        try Row.fetchAll(db, sql: """
            SELECT id, updated_at FROM tickets WHERE \(dueCondition) ORDER BY id LIMIT ?
            """, arguments: [cutoff, limit]).map { Due(ticketId: $0["id"], updatedAt: $0["updated_at"]) }
    }

    public struct RunOutcome: Equatable, Sendable, Codable {
        public var tickets: Int
        public var requestersErased: Int
    }

    /// Anonymises every ticket past the policy, in transactions of `batch` tickets (so agents
    /// are never kept waiting long), and erases the profiles of requesters left with no
    /// unanonymised ticket. Admins, or root (the nightly timer). Safe to interrupt and rerun.
    public func run(actor: Agent?, login: String, batch: Int = 200) throws -> RunOutcome {
        try Permissions.requireAdminOrRoot(actor, login: login, to: "run retention")
        guard let policy = try policy() else { return RunOutcome(tickets: 0, requestersErased: 0) }
        var outcome = RunOutcome(tickets: 0, requestersErased: 0)
        while true {
            let now = store.now
            let cutoff = cutoff(policy)
            let done: (tickets: Int, erased: Int) = try store.writeErasing(purgingIndex: false) { db in
                let due = try Self.due(db, cutoff: cutoff, limit: batch)
                var requesters = Set<Int64>()
                for ticket in due {
                    guard let row = try Row.fetchOne(db, sql: """
                        SELECT r.id, r.name, r.email FROM tickets t JOIN requesters r ON r.id = t.requester_id WHERE t.id = ?
                        """, arguments: [ticket.ticketId]) else { continue }
                    let requesterId: Int64 = row["id"]
                    let terms = PersonalTerms(name: row["name"], email: row["email"])
                    try TicketRedaction.redact(db, ticketId: ticket.ticketId, terms: terms.ownTickets, authorId: requesterId)
                    try db.execute(sql: "UPDATE tickets SET redacted_at = ? WHERE id = ?", arguments: [now, ticket.ticketId])
                    requesters.insert(requesterId)
                }
                var erased = 0
                for id in requesters.sorted() where try !RequesterDirectory.isErased(db, id: id) {
                    let left = try Int.fetchOne(db, sql: "SELECT count(*) FROM tickets WHERE requester_id = ? AND redacted_at IS NULL", arguments: [id]) ?? 0
                    if left == 0 {
                        try RequesterErasure.eraseProfile(db, id: id, at: now)
                        erased += 1
                    }
                }
                if !due.isEmpty {
                    try TicketEvent(ticketId: nil, actor: actor?.login ?? login, at: now, action: "retention.run",
                                    newValue: "\(due.count) tickets anonymised, \(erased) requesters erased",
                                    reason: "closed more than \(policy.summary) ago").insert(db)
                }
                return (due.count, erased)
            }
            outcome.tickets += done.tickets
            outcome.requestersErased += done.erased
            if done.tickets < batch { break }
        }
        // Once per run, and also when nothing was due: a run killed before this point left the
        // deleted words in the index's old segments.
        try store.writeErasing { _ in }
        return outcome
    }
}
