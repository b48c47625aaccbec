import Foundation
import GRDB

/// How old an article may get before it is marked stale (shared by everyone, in `settings`).
extension HelpdeskStore {
    static let staleAfterKey = "kb.stale_after_days"
    public static let defaultStaleAfterDays = 180

    /// Days without an edit after which an article counts as stale (180 until an admin changes it).
    public func articleStaleAfterDays() throws -> Int {
        try read { db in
            try String.fetchOne(db, sql: "SELECT value FROM settings WHERE key = ?", arguments: [Self.staleAfterKey])
                .flatMap { Int($0) } ?? Self.defaultStaleAfterDays
        }
    }

    /// The same, in seconds, for `Article.isStale(now:staleAfter:)`.
    public func articleStaleAfter() throws -> Int64 { Int64(try articleStaleAfterDays()) * 86_400 }

    /// Sets the stale age (admins only) and logs it.
    public func setArticleStaleAfterDays(_ days: Int, actor: Agent) throws {
        try Permissions.requireAdmin(actor, to: "change when articles count as stale")
        guard (1...3650).contains(days) else { throw HelpdeskError.invalidInput("the stale age is 1 to 3650 days, not \(days)") }
        let now = self.now
        try write { db in
            try db.execute(sql: "INSERT INTO settings(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                           arguments: [Self.staleAfterKey, String(days)])
            try TicketEvent(ticketId: nil, actor: actor.login, at: now, action: "kb.stale-after", newValue: "\(days) days").insert(db)
        }
    }
}
