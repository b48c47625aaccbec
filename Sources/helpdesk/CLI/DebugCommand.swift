import ArgumentParser
import Foundation
import HelpdeskCore

/// Tools for admins checking an installation; hidden from the main help. `debug check` is
/// `helpdesk check` under its older name (the same command, kept for scripts that use it).
struct DebugCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "debug", abstract: "Checks for an installation (admins).", shouldDisplay: false, subcommands: [CheckCommand.self, Stress.self])

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
            let service = try TicketService.forUser(OSUser.current(), store: global.openStore(.writing))
            var run = try StressRun(service: service, tickets: bounds[0]...bounds[1], seed: seed)
            try Output.json(run.run(actions: actions))
        }
    }
}
