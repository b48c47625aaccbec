import ArgumentParser
import Foundation
import HelpdeskCore

/// Options every command takes.
struct GlobalOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The database file.", valueName: "path"))
    var db: String?

    /// The database: `--db`, `$HELPDESK_DB`, config.toml (user's, then the system's), the XDG default;
    /// through the gate, only the system's config.toml (ProcessGate).
    func path() throws -> String {
        if ProcessGate.isRestricted {
            guard db == nil else { throw ProcessGate.refuseDatabaseOption() }
            return try SystemConfig.teamDatabase()
        }
        if let db, !db.isEmpty { return db }
        return DatabaseLocation.resolve(explicit: nil, configured: try UserConfig.load().database)
    }

    /// Opens the database for an agent (Permissions.reader): every command but the self-service
    /// ones. Check the command's input before calling this.
    func openStore(_ use: StoreUse) throws -> HelpdeskStore {
        let store = try openStore(at: path(), use)
        _ = try Permissions.reader(.current(), in: store)
        return store
    }

    /// Opens the database for anyone: `helpdesk request` and `helpdesk ask`, which show a person
    /// only their own tickets and the published answers (SelfService).
    func openStoreForRequester(_ use: StoreUse) throws -> HelpdeskStore {
        try openStore(at: path(), use)
    }

    /// Opens the database at `path` (a demo's is in its build folder, and not announced).
    func openStore(at path: String, _ use: StoreUse, announce: Bool = true) throws -> HelpdeskStore {
        let clock: @Sendable () -> Int64
        if let fixed = try FixedClock.time(for: path) {
            clock = { fixed }
        } else {
            clock = { Int64(Date().timeIntervalSince1970) }
        }
        let store = try HelpdeskStore.open(path: path, createIfMissing: use == .creating, onlyReads: use == .reading, clock: clock)
        if store.wasCreated && announce {
            FileHandle.standardError.write(Data("helpdesk: created a new database at \(store.path)\n".utf8))
        }
        return store
    }
}
