import Foundation
import GRDB

/// Builds the demo tickets' full-text index in a scratch database on another core while the
/// writer stores the tickets, then copies the finished index (the FTS5 shadow tables
/// `ticket_fts_data` and `ticket_fts_idx`, identical in layout since both come from
/// `Schema.ticketSearchTable`) into the store in one pass. Tokenizing is a third of the demo's
/// writing work; this takes it off the writer. Only for a store whose ticket index is empty
/// (the demo refuses databases that have tickets): the copy replaces it.
final class SideSearchIndex: @unchecked Sendable {
    let path: String
    private let scratch: DatabaseQueue
    /// Everything below runs on this serial queue, one chunk after the other.
    private let queue = DispatchQueue(label: "helpdesk.demo.search-index")
    private var failure: Error?
    /// At most four chunks wait for indexing, so memory stays bounded when indexing is the slower side.
    private let backlog = DispatchSemaphore(value: 4)

    init(besides storePath: String) throws {
        path = storePath + "-demo-index"
        Self.removeFiles(at: path)
        scratch = try DatabaseQueue(path: path)
        try scratch.writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA cache_size = -65536")
            try db.execute(sql: Schema.ticketSearchTable)
            // Segments merge only when they pile up (crisis merges), not after every flush: a
            // third less work at a million tickets. Queries stay fast either way.
            try db.execute(sql: "INSERT INTO ticket_fts(ticket_fts, rank) VALUES ('automerge', 0)")
        }
    }

    /// Queues a chunk for indexing on the other core; returns at once unless four chunks already wait.
    func add(_ records: [DemoTicketRecord]) {
        backlog.wait()
        queue.async { [self] in
            defer { backlog.signal() }
            guard failure == nil else { return }
            do {
                try scratch.write { db in
                    // One row per statement: a multi-row VALUES into FTS5 costs twice the CPU.
                    let insert = try BatchInserter(db, "INSERT INTO ticket_fts(rowid, subject, body)", columns: 3, rowsPerStatement: 1)
                    for record in records {
                        insert.add(record.id)
                        insert.add(record.subject)
                        insert.add(record.searchText)
                        try insert.endRow()
                    }
                    try insert.flush()
                }
            } catch {
                failure = error
            }
        }
    }

    /// Waits for the queued chunks, then puts the index into the store. Outside any transaction.
    func finish(into store: HelpdeskStore) throws {
        defer { discard() }
        try queue.sync { if let failure { throw failure } }
        try scratch.close()
        try store.pool.writeWithoutTransaction { db in
            try db.execute(sql: "ATTACH DATABASE ? AS side", arguments: [path])
            defer { try? db.execute(sql: "DETACH DATABASE side") }
            try db.inTransaction {
                try db.execute(sql: """
                    DELETE FROM main.ticket_fts_data;
                    DELETE FROM main.ticket_fts_idx;
                    INSERT INTO main.ticket_fts_data SELECT * FROM side.ticket_fts_data;
                    INSERT INTO main.ticket_fts_idx SELECT * FROM side.ticket_fts_idx;
                    """)
                return .commit
            }
        }
    }

    /// Removes the scratch database (also when the demo failed half-way).
    func discard() {
        queue.sync {}
        try? scratch.close()
        Self.removeFiles(at: path)
    }

    private static func removeFiles(at path: String) {
        for suffix in ["", "-journal", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
    }
}
