import Foundation
import GRDB

/// The helpdesk database: one SQLite file in WAL mode, shared by every process on the host.
///
/// ```swift
/// let store = try HelpdeskStore.open(path: DatabaseLocation.resolve(explicit: nil))
/// let page = try store.tickets(matching: filter, from: .start, limit: 50)
/// ```
/// Every write runs in an IMMEDIATE transaction (a deferred one that reads and then writes
/// would fail at once with SQLITE_BUSY when another process writes), with a busy timeout.
public final class HelpdeskStore: Sendable {
    public let path: String
    public let pool: DatabasePool
    /// True when this user cannot write the file or its folder: reads work, writes are refused.
    public let isReadOnly: Bool
    /// True when this call created the database.
    public let wasCreated: Bool
    /// Why a write is refused when `isReadOnly`.
    let writeRefusal: String
    let clock: @Sendable () -> Int64

    /// The current time in UTC seconds (injectable for tests).
    public var now: Int64 { clock() }

    init(path: String, pool: DatabasePool, isReadOnly: Bool, wasCreated: Bool, clock: @escaping @Sendable () -> Int64,
         writeRefusal: String? = nil) {
        self.path = path
        self.pool = pool
        self.isReadOnly = isReadOnly
        self.wasCreated = wasCreated
        self.clock = clock
        self.writeRefusal = writeRefusal ?? "\(path) is read-only for you: nothing was changed"
    }

    /// Opens the database at `path`, creating it (and its folder) when it does not exist and
    /// `createIfMissing` allows it (commands that only read never create one).
    ///
    /// A file that is not a helpdesk database is refused and left byte-for-byte unchanged.
    /// A new database registers `user` as its first admin agent.
    /// `readOnly` opens even a writable database read-only (a wallboard that must never change anything).
    /// `onlyReads` is for a command that only reads: it opens an up-to-date database read-only, so
    /// the command never writes or syncs the file. (A writable open sets up WAL mode, and GRDB
    /// writes a probe table when no other process has the database open: four fsyncs, and a new
    /// `schema_version` that makes every open TUI prepare its statements again.) A database that
    /// needs an upgrade is opened writable and upgraded, as by any other command.
    public static func open(path: String, user: OSUser = .current(), createIfMissing: Bool = true, readOnly: Bool = false,
                            onlyReads: Bool = false,
                            clock: @escaping @Sendable () -> Int64 = { Int64(Date().timeIntervalSince1970) }) throws -> HelpdeskStore {
        SQLiteProcessSettings.applied
        var access = try DatabaseFileCheck.inspect(path: path)
        if readOnly {
            guard access != .create else {
                throw noDatabase(at: path)
            }
            access = .readOnly
        }
        if onlyReads && access == .readWrite, let store = try openForReading(path: path, clock: clock) {
            return store
        }
        if access == .create {
            // A missing or empty file: only commands that write may turn it into a database.
            guard createIfMissing else { throw noDatabase(at: path) }
            // What a killed demo left beside it goes before a database takes its place.
            try DatabaseBuild.removeLeftover(of: path)
            if !FileManager.default.fileExists(atPath: path) { try DatabaseFileCheck.prepareFolder(for: path) }
        }
        if access == .readOnly { try DatabaseFileCheck.refuseSideFilesTheOwnerCouldNotWrite(path) }
        // A demo killed after it put its database in place (between link() and clearing its
        // build folder) left the folder beside it: gone at the next open, unless a build is live.
        if access == .readWrite { _ = try? DatabaseBuild.removeLeftover(of: path) }
        var configuration = Configuration()
        configuration.busyMode = .timeout(10)
        // GRDB 7 runs every `write` in an IMMEDIATE transaction and every `read` in a DEFERRED one.
        configuration.readonly = access == .readOnly
        let isNew = access == .create
        configuration.prepareDatabase { db in
            // 8 KB pages for new databases (before WAL mode fixes the size): half the pages and
            // page writes of 4 KB ones, which made a million-ticket demo a tenth faster. Existing
            // databases keep theirs.
            if isNew { try db.execute(sql: "PRAGMA page_size = \(Schema.pageSize)") }
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
        }
        let pool: DatabasePool
        do {
            pool = try DatabasePool(path: path, configuration: configuration)
            // Before any migration: a newer database must stay as it is.
            try pool.read { db in try refuseNewerSchema(db, path: path) }
            if access != .readOnly {
                try Schema.migrator.migrate(pool)
            } else if try pool.read({ try !Schema.migrator.hasCompletedMigrations($0) }) {
                throw HelpdeskError.permissionDenied("\(path) needs an upgrade, and you cannot write it: ask its owner to run helpdesk once")
            }
        } catch let error as DatabaseError {
            if access == .readOnly && !FileManager.default.fileExists(atPath: path + "-shm") {
                // WAL readers need the shared-memory file next to the database; only someone who
                // can write the folder can create it.
                throw HelpdeskError.permissionDenied("""
                    cannot open \(path) read-only: you cannot write its folder, and SQLite needs \(path)-shm there \
                    (it exists while someone who can write has the database open)
                    """)
            }
            throw HelpdeskError.database("cannot open \(path): \(error.message ?? error.description)")
        }
        let store = HelpdeskStore(path: path, pool: pool, isReadOnly: access == .readOnly,
                                  wasCreated: access == .create, clock: clock)
        if access == .create { DatabaseFileCheck.shareWithGroupIfFolderIsShared(path) }
        // Two processes may create the same database at once: the second finds the admin there.
        if access == .create, try store.agent(login: user.login) == nil {
            _ = try store.addAgent(login: user.login, name: user.fullName, role: .admin, tier: 3, actor: user.login)
            // Move the first page (with the application id) from the WAL into the file, so other
            // processes recognise the database at once.
            _ = try store.translatingErrors { try pool.writeWithoutTransaction { db in try db.checkpoint(.truncate) } }
        }
        return store
    }

    /// The database opened read-only for a command that only reads, or nil when it needs an upgrade
    /// first (which takes a writable open).
    private static func openForReading(path: String, clock: @escaping @Sendable () -> Int64) throws -> HelpdeskStore? {
        var configuration = Configuration()
        configuration.busyMode = .timeout(10)
        configuration.readonly = true
        // One reader is all a command needs: no second connection parsing the schema.
        configuration.maximumReaderCount = 1
        do {
            let pool = try DatabasePool(path: path, configuration: configuration)
            let upToDate = try pool.read { db in
                try refuseNewerSchema(db, path: path)
                return try Schema.migrator.hasCompletedMigrations(db)
            }
            guard upToDate else {
                try pool.close()
                return nil
            }
            return HelpdeskStore(path: path, pool: pool, isReadOnly: true, wasCreated: false, clock: clock,
                                 writeRefusal: "\(path) was opened for reading: nothing was changed")
        } catch let error as DatabaseError {
            throw HelpdeskError.database("cannot open \(path): \(error.message ?? error.description)")
        }
    }

    /// A database a newer helpdesk has migrated (a migration this version does not know, or a
    /// higher `user_version`) is neither read nor written: this version would misread it.
    static func refuseNewerSchema(_ db: Database, path: String) throws {
        let unknown = try Schema.migrator.appliedIdentifiers(db).subtracting(Schema.migrator.migrations).sorted()
        let version = try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0
        guard unknown.isEmpty && version <= Schema.userVersion else {
            let what = unknown.isEmpty ? "schema version \(version)" : "changes this version does not know (\(unknown.joined(separator: ", ")))"
            throw HelpdeskError.invalidInput("""
                \(path) was upgraded by a newer helpdesk (\(what)): use that version — this one leaves it unchanged
                """)
        }
    }

    /// "There is no database", saying so when a demo is being built there (or was interrupted).
    private static func noDatabase(at path: String) -> HelpdeskError {
        if FileManager.default.fileExists(atPath: DatabaseBuild.folder(for: path)) {
            return .notFound("""
                there is no helpdesk database at \(path) yet: a demo is being built there, or one was interrupted \
                (\(DatabaseBuild.folder(for: path)); helpdesk demo or helpdesk init clears it)
                """)
        }
        return .notFound("there is no helpdesk database at \(path) yet (helpdesk init --db \(path) creates one)")
    }

    /// Closes every connection; the store cannot be used afterwards (a built database is moved).
    public func close() throws {
        try translatingErrors { try pool.close() }
    }

    // MARK: - Transactions

    /// Runs `body` in one IMMEDIATE transaction. Database errors become one-line HelpdeskErrors.
    public func write<T>(_ body: (Database) throws -> T) throws -> T {
        guard !isReadOnly else { throw HelpdeskError.permissionDenied(writeRefusal) }
        return try translatingErrors { try pool.write(body) }
    }

    /// Runs `body` on a consistent snapshot.
    public func read<T>(_ body: (Database) throws -> T) throws -> T {
        try translatingErrors { try pool.read(body) }
    }

    /// A number that changes whenever another process commits (`PRAGMA data_version`): polling it
    /// costs microseconds and tells the TUI when to re-read what it shows. Asked on the writer
    /// connection, because the value is per connection and the pool's readers take turns.
    public func dataVersion() throws -> Int64 {
        try translatingErrors { try pool.writeWithoutTransaction { db in try Int64.fetchOne(db, sql: "PRAGMA data_version") ?? 0 } }
    }

    func translatingErrors<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as DatabaseError {
            throw HelpdeskError.database("\(path): \(error.message ?? error.description)")
        }
    }
}
