import ArgumentParser
import Foundation
import HelpdeskCore

/// Tools for admins checking an installation; hidden from the main help.
struct DebugCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "debug", abstract: "Checks for an installation (admins).", shouldDisplay: false, subcommands: [Check.self, Stress.self])

    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "check",
            abstract: "Check that a database is complete and consistent; exit 1 with the problems found.",
            discussion: """
                The checks a demo runs before it puts its database in place: the schema and every index are there, \
                every ticket has its creation event, and both full-text indexes hold every ticket and article. \
                --thorough adds SQLite's page-level check, which reads the whole file.
                """)
        @OptionGroup var global: GlobalOptions
        @Flag(help: "Also run SQLite's quick_check (reads the whole file).") var thorough = false

        func run() throws {
            let store = try global.openStore(create: false)
            let problems = try DatabaseCheck.problems(in: store, thorough: thorough)
            guard !problems.isEmpty else { return print("\(store.path): ok") }
            for problem in problems { print("\(store.path): \(problem)") }
            throw ExitCode(1)
        }
    }

    struct Stress: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "stress", 
            abstract: "Make random ticket changes and report them as JSON.",
            discussion: """
                Run several at once (e.g. 8 × 500 actions) against a copy of a database to check that concurrent \
                writers on this host and file system never fail or lose an update. Changes real tickets: never on \
                the production database.
                """)
        @OptionGroup var global: GlobalOptions
        @Option(help: "Tickets to change, as FIRST-LAST.") var tickets = "1-50"
        @Option(help: "How many changes.") var actions = 500
        @Option(help: "Seed (use a different one per process).") var seed: UInt64 = 1

        func run() throws {
            let bounds = tickets.split(separator: "-").compactMap { Int64($0) }
            guard bounds.count == 2, bounds[0] >= 1, bounds[0] <= bounds[1] else { throw CLIError("--tickets must look like 1-50") }
            guard (1...100_000).contains(actions) else { throw CLIError("--actions must be between 1 and 100000") }
            let service = try TicketService.forUser(OSUser.current(), store: global.openStore(create: false))
            var run = try StressRun(service: service, tickets: bounds[0]...bounds[1], seed: seed)
            try Output.json(run.run(actions: actions))
        }
    }
}
