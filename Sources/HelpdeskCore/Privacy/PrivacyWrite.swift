import GRDB

extension HelpdeskStore {
    /// One transaction that destroys personal data: with `secure_delete`, so the pages it frees
    /// are zeroed rather than left in the file, and a checkpoint afterwards, so the write-ahead
    /// log does not keep the old pages (it cannot when another process is still reading them;
    /// the next checkpoint does). `purgingIndex`: merge the full-text index at the end (it rewrites
    /// the whole index, seconds at a million tickets: a run of many batches does it once, last).
    func writeErasing<T>(purgingIndex: Bool = true, _ body: (Database) throws -> T) throws -> T {
        guard !isReadOnly else {
            throw HelpdeskError.permissionDenied(writeRefusal)
        }
        return try translatingErrors {
            try pool.writeWithoutTransaction { db in
                try db.execute(sql: "PRAGMA secure_delete = ON")
                defer { try? db.execute(sql: "PRAGMA secure_delete = OFF") }
                var result: T?
                try db.inTransaction(.immediate) {
                    result = try body(db)
                    if purgingIndex { try TicketRedaction.purgeDeletedWords(db) }
                    return .commit
                }
                _ = try? db.checkpoint(.truncate)
                return result!
            }
        }
    }
}
