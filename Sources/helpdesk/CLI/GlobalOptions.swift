import ArgumentParser
import Foundation
import HelpdeskCore

/// Options every command takes.
struct GlobalOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The database file.", valueName: "path"))
    var db: String?

    var path: String { DatabaseLocation.resolve(explicit: db) }

    /// Opens (or creates) the database; a new one is announced on stderr.
    func openStore() throws -> HelpdeskStore {
        let store = try HelpdeskStore.open(path: path)
        if store.wasCreated {
            FileHandle.standardError.write(Data("helpdesk: created a new database at \(store.path)\n".utf8))
        }
        return store
    }
}
