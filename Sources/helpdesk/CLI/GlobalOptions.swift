import ArgumentParser
import Foundation
import HelpdeskCore

/// Options every command takes.
struct GlobalOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The database file.", valueName: "path"))
    var db: String?

    /// The database: `--db`, `$HELPDESK_DB`, config.toml (user's, then the system's), the XDG default.
    func path() throws -> String {
        if let db, !db.isEmpty { return db }
        return DatabaseLocation.resolve(explicit: nil, configured: try UserConfig.load().database)
    }

    /// Opens the database; commands that write may create it (announced on stderr), commands
    /// that only read never do. Check the command's input before calling this.
    func openStore(create: Bool) throws -> HelpdeskStore {
        let store: HelpdeskStore
        if let fixed = try Self.fixedNow() {
            store = try HelpdeskStore.open(path: path(), createIfMissing: create, clock: { fixed })
        } else {
            store = try HelpdeskStore.open(path: path(), createIfMissing: create)
        }
        if store.wasCreated {
            FileHandle.standardError.write(Data("helpdesk: created a new database at \(store.path)\n".utf8))
        }
        return store
    }

    /// A testing aid: `HELPDESK_NOW` (UTC seconds since 1970, or ISO 8601 like 2026-11-18T09:00:00Z)
    /// fixes the store's clock, so tests can create a ticket "now" and check its SLA "next week".
    /// Not meant for production use (docs/cli.md).
    static func fixedNow() throws -> Int64? {
        guard let text = ProcessInfo.processInfo.environment["HELPDESK_NOW"], !text.isEmpty else { return nil }
        if let seconds = Int64(text) { return seconds }
        if let date = ISO8601DateFormatter().date(from: text) { return Int64(date.timeIntervalSince1970) }
        throw CLIError("HELPDESK_NOW '\(text)' is not a time (expected seconds since 1970 or ISO 8601 like 2026-11-18T09:00:00Z)")
    }
}
