import ArgumentParser
import HelpdeskCore

struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init", abstract: "Create the database (and its folder), with you as its first admin.")

    @OptionGroup var global: GlobalOptions

    func run() throws {
        // An existing database is only looked at (read-only): "nothing was changed" holds to the byte.
        let store = try HelpdeskStore.open(path: global.path(), onlyReads: true)
        if store.wasCreated {
            print("Created a new helpdesk database at \(store.path)")
            print("You (\(OSUser.current().login)) are its first agent, with the admin role.")
        } else {
            print("A helpdesk database already exists at \(store.path); nothing was changed.")
        }
    }
}
