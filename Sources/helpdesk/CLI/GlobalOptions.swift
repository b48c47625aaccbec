import ArgumentParser
import Foundation
import HelpdeskCore

/// Options every command takes.
struct GlobalOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The database file.", valueName: "path"))
    var db: String?

    var path: String { DatabaseLocation.resolve(explicit: db) }

    /// Opens the database; commands that write may create it (announced on stderr), commands
    /// that only read never do. Check the command's input before calling this.
    func openStore(create: Bool) throws -> HelpdeskStore {
        let store = try HelpdeskStore.open(path: path, createIfMissing: create)
        if store.wasCreated {
            FileHandle.standardError.write(Data("helpdesk: created a new database at \(store.path)\n".utf8))
        }
        return store
    }
}
