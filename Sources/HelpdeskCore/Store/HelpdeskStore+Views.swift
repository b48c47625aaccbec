import Foundation
import GRDB

extension HelpdeskStore {
    /// The views an agent saved with `:save NAME`, oldest first.
    public func savedViews(ownerId: Int64?) throws -> [QueueView] {
        try read { db in
            try Row.fetchAll(db, sql: "SELECT name, query FROM saved_views WHERE owner_id IS ? ORDER BY id", arguments: [ownerId])
                .map { QueueView(key: $0["name"], name: $0["name"], query: $0["query"]) }
        }
    }

    /// Saves (or replaces) a named query. The query must parse, so a saved view always works.
    public func saveView(name: String, query: String, ownerId: Int64?) throws {
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
        let now = self.now
        try write { db in
            try db.execute(sql: """
                INSERT INTO saved_views(owner_id, name, query, created_at) VALUES (?, ?, ?, ?)
                ON CONFLICT(owner_id, name) DO UPDATE SET query = excluded.query
                """, arguments: [ownerId, name, query, now])
        }
    }
}
