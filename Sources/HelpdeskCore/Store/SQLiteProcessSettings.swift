import CSQLiteSettings

/// Settings SQLite takes once per process, before its first connection.
enum SQLiteProcessSettings {
    /// Touch before opening the first database. Nothing here reads SQLite's memory statistics.
    static let applied: Void = {
        _ = helpdesk_sqlite_disable_memory_statistics()
    }()
}
