import ArgumentParser
import Foundation
import HelpdeskCore

/// `helpdesk check`: the checks every backup and restore runs (`DatabaseCheck`), on the live
/// database. Also `helpdesk debug check`, its older name (the same command).
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "check",
        abstract: "Check that the database is complete and consistent; exit 1 with the problems found.",
        discussion: """
            The schema, every index and trigger are there, every ticket has its creation event, and both full-text \
            indexes hold every ticket and article (what a demo checks before it puts its database in place). \
            --thorough adds SQLite's integrity_check and foreign_key_check, which read the whole file: the check every \
            backup and restore runs. Active agents, and root (a cron job).
            """)
    @OptionGroup var global: GlobalOptions
    @Flag(help: "Also run SQLite's integrity_check and foreign_key_check (read the whole file).") var thorough = false
    @Flag(help: "JSON output: {\"path\", \"ok\", \"problems\"}.") var json = false

    func run() throws {
        let store = try global.openStore(at: global.path(), .reading)
        try Permissions.requireReaderOrRoot(.current(), in: store)
        let problems = try DatabaseCheck.problems(in: store, thorough: thorough)
        if json {
            try Output.json(CheckJSON(path: store.path, ok: problems.isEmpty, problems: problems))
        } else if problems.isEmpty {
            print("\(Sanitizer.line(store.path)): ok")
        } else {
            for problem in problems { print("\(Sanitizer.line(store.path)): \(problem)") }
        }
        if !problems.isEmpty { throw ExitCode(1) }
    }
}
