import Foundation
import GRDB

/// Saved views: an agent's own (`:save NAME`), and the team's shared ones, which only admins
/// add and remove (owner_id NULL). Every agent sees the shared views, then their own.
extension HelpdeskStore {
    /// The shared views and `ownerId`'s own, each oldest first.
    public func savedViews(ownerId: Int64?) throws -> [QueueView] {
        try read { db in
            try Row.fetchAll(db, sql: """
                SELECT name, query, owner_id IS NULL AS shared FROM saved_views
                WHERE owner_id IS NULL OR owner_id = ? ORDER BY owner_id IS NOT NULL, id
                """, arguments: [ownerId])
                .map { QueueView(key: $0["name"], name: $0["name"], query: $0["query"], isShared: $0["shared"]) }
        }
    }

    /// Saves (or replaces) one of the agent's own views. The query must parse, so a saved view always works.
    public func saveView(name: String, query: String, ownerId: Int64) throws {
        let name = try Self.checkedView(name: name, query: query)
        let now = self.now
        try write { db in
            // Checked in the writing transaction, so a shared view added meanwhile cannot be shadowed.
            if try Bool.fetchOne(db, sql: "SELECT 1 FROM saved_views WHERE owner_id IS NULL AND name = ?", arguments: [name]) ?? false {
                throw HelpdeskError.invalidInput("'\(name)' is a shared view of the team; choose another name")
            }
            try db.execute(sql: """
                INSERT INTO saved_views(owner_id, name, query, created_at) VALUES (?, ?, ?, ?)
                ON CONFLICT(owner_id, name) DO UPDATE SET query = excluded.query
                """, arguments: [ownerId, name, query, now])
        }
    }

    /// Saves (or replaces) a view for the whole team (admins only).
    public func saveSharedView(name: String, query: String, actor: Agent) throws {
        try Permissions.requireAdmin(actor, to: "manage shared views")
        let name = try Self.checkedView(name: name, query: query)
        let now = self.now
        try write { db in
            // UNIQUE treats NULL owners as distinct, so replacing is done by hand.
            try db.execute(sql: "DELETE FROM saved_views WHERE owner_id IS NULL AND name = ?", arguments: [name])
            try db.execute(sql: "INSERT INTO saved_views(owner_id, name, query, created_at) VALUES (NULL, ?, ?, ?)",
                           arguments: [name, query, now])
        }
    }

    /// Removes one of the agent's own views, or (`shared`, admins only) a shared one.
    public func removeView(name: String, ownerId: Int64, shared: Bool, actor: Agent) throws {
        if shared { try Permissions.requireAdmin(actor, to: "manage shared views") }
        let removed = try write { db in
            try db.execute(sql: "DELETE FROM saved_views WHERE owner_id IS ? AND name = ?", arguments: [shared ? nil : ownerId, name])
            return db.changesCount
        }
        guard removed > 0 else {
            throw HelpdeskError.notFound("there is no \(shared ? "shared" : "saved") view '\(name)' (helpdesk view list shows them)")
        }
    }

    private static func checkedView(name: String, query: String) throws -> String {
        let name = name.trimmingCharacters(in: .whitespaces)
        guard !name.isEmpty, name.count <= 40, !name.contains(where: \.isWhitespace) else {
            throw HelpdeskError.invalidInput("a view name is one word of at most 40 characters")
        }
        guard BuiltinViews.named(name) == nil else {
            throw HelpdeskError.invalidInput("'\(name)' is a built-in view; choose another name")
        }
        do {
            _ = try QueryParser.parse(query)
        } catch {
            throw HelpdeskError.invalidInput(error.description)
        }
        return name
    }
}
