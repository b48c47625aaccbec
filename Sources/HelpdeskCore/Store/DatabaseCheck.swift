import Foundation
import GRDB

/// What must hold in every complete helpdesk database: run after a demo or an import is built
/// (before it is renamed into place), by `helpdesk debug check`, and by the crash tests after
/// each kill. Cheap enough for a million tickets (seconds at most); `thorough` adds SQLite's own
/// page-level check, which reads the whole file.
public enum DatabaseCheck {
    /// The problems found, one sentence each; empty when the database is sound.
    public static func problems(in store: HelpdeskStore, thorough: Bool = false) throws -> [String] {
        try store.read { db in try problems(db, thorough: thorough) }
    }

    static func problems(_ db: Database, thorough: Bool) throws -> [String] {
        var problems: [String] = []
        if thorough {
            let result = try String.fetchAll(db, sql: "PRAGMA quick_check")
            if result != ["ok"] { problems.append("SQLite's check failed: \(result.prefix(3).joined(separator: "; "))") }
        }
        if try !Schema.migrator.hasCompletedMigrations(db) {
            problems.append("the schema is not complete (a migration did not finish)")
        }
        let missing = try expectedIndexes().subtracting(Set(String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'index'")))
        if !missing.isEmpty { problems.append("indexes are missing: \(missing.sorted().joined(separator: ", "))") }

        let tickets = try Int.fetchOne(db, sql: "SELECT count(*) FROM tickets") ?? 0
        let uncreated = try Int.fetchOne(db, sql: """
            SELECT count(*) FROM tickets t
            WHERE NOT EXISTS (SELECT 1 FROM events e WHERE e.ticket_id = t.id AND e.action = 'create')
            """) ?? 0
        if uncreated > 0 { problems.append("\(uncreated) of \(tickets) tickets have no creation event") }
        let indexed = try indexedRows(db, table: "ticket_fts")
        if indexed != tickets {
            problems.append("the full-text index holds \(indexed) tickets, the database \(tickets)")
        }
        let articles = try Int.fetchOne(db, sql: "SELECT count(*) FROM kb_articles") ?? 0
        let indexedArticles = try indexedRows(db, table: "kb_fts")
        if indexedArticles != articles {
            problems.append("the article index holds \(indexedArticles) articles, the database \(articles)")
        }
        return problems
    }

    /// Rows in an FTS5 index, from its "averages" record (id 1 of the data table), whose first
    /// varint counts them: reading it costs one page, where counting the index would scan it.
    static func indexedRows(_ db: Database, table: String) throws -> Int {
        guard let block = try Data.fetchOne(db, sql: "SELECT block FROM \(table)_data WHERE id = 1") else { return 0 }
        var value = 0
        for (offset, byte) in block.prefix(9).enumerated() {
            if offset == 8 { return (value << 8) | Int(byte) }
            value = (value << 7) | Int(byte & 0x7F)
            if byte & 0x80 == 0 { return value }
        }
        return value
    }

    /// The indexes the migrations create, read from a fresh in-memory database.
    static func expectedIndexes() throws -> Set<String> {
        let queue = try DatabaseQueue()
        try Schema.migrator.migrate(queue)
        return try queue.read { db in Set(try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'index'")) }
    }
}
