import ArgumentParser
import HelpdeskCore

struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init", abstract: "Create the database (and its folder), with you as its first admin.")

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let store = try HelpdeskStore.open(path: global.path())
        if store.wasCreated {
            print("Created a new helpdesk database at \(store.path)")
            print("You (\(OSUser.current().login)) are its first agent, with the admin role.")
        } else {
            print("A helpdesk database already exists at \(store.path); nothing was changed.")
        }
    }
}
