import Foundation
import GRDB

/// What must hold in every complete helpdesk database: run after a demo or an import is built
/// (before it is renamed into place), by `helpdesk check`, by the crash tests after each kill,
/// and — thorough — on every backup and restore before it is put in place (`StagedDatabase`).
/// Cheap enough for a million tickets (seconds at most); `thorough` adds SQLite's
/// `integrity_check` (every page, and every index entry against its row: it reads the whole
/// file) and `foreign_key_check` (0.3 s at 100,000 tickets).
public enum DatabaseCheck {
    /// The problems found, one sentence each; empty when the database is sound.
    public static func problems(in store: HelpdeskStore, thorough: Bool = false) throws -> [String] {
        try store.read { db in try problems(db, thorough: thorough) }
    }

    static func problems(_ db: Database, thorough: Bool) throws -> [String] {
        var problems: [String] = []
        if thorough {
            let result = try String.fetchAll(db, sql: "PRAGMA integrity_check")
            if result != ["ok"] { problems.append("SQLite's integrity check failed: \(result.prefix(3).joined(separator: "; "))") }
        }
        if try !Schema.migrator.hasCompletedMigrations(db) {
            problems.append("the schema is not complete (a migration did not finish)")
        }
        let expected = try expectedSchema()
        let present = try Dictionary(Row.fetchAll(db, sql: "SELECT type, name, sql FROM sqlite_master").map {
            (SchemaObject(type: $0["type"], name: $0["name"]), $0["sql"] as String?)
        }) { first, _ in first }
        for type in ["table", "index", "trigger"] {
            let missing = expected.keys.filter { $0.type == type && present.index(forKey: $0) == nil }.map(\.name)
            if !missing.isEmpty { problems.append("\(type == "index" ? "indexes" : type + "s") are missing: \(missing.sorted().joined(separator: ", "))") }
        }
        // The triggers keep the audit log append-only and the article index in step: one with the
        // right name but other code (changed with another SQLite tool) protects nothing.
        let altered = expected.filter { object, sql in object.type == "trigger" && present[object].map { $0 != sql } == true }
        if !altered.isEmpty { problems.append("triggers differ from the schema's: \(altered.keys.map(\.name).sorted().joined(separator: ", "))") }
        // Without its tables the rest cannot be counted (and the missing ones are named above).
        guard expected.keys.allSatisfy({ $0.type != "table" || present.index(forKey: $0) != nil }) else { return problems }

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
        if thorough {
            let orphans = try Row.fetchAll(db, sql: "PRAGMA foreign_key_check")
            if !orphans.isEmpty {
                let tables = Set(orphans.map { $0[0] as String }).sorted()
                problems.append("\(orphans.count) rows refer to rows that do not exist (in \(tables.joined(separator: ", ")))")
            }
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

    struct SchemaObject: Hashable {
        var type: String
        var name: String
    }

    /// The tables, indexes and triggers the migrations create (with their SQL), read from a fresh
    /// in-memory database.
    static func expectedSchema() throws -> [SchemaObject: String?] {
        let queue = try DatabaseQueue()
        try Schema.migrator.migrate(queue)
        return try queue.read { db in
            try Dictionary(uniqueKeysWithValues: Row.fetchAll(db, sql: """
                SELECT type, name, sql FROM sqlite_master WHERE type IN ('table', 'index', 'trigger') AND name NOT LIKE 'sqlite_%'
                """).map { (SchemaObject(type: $0["type"], name: $0["name"]), $0["sql"] as String?) })
        }
    }
}
