import ArgumentParser
import Foundation
import HelpdeskCore

extension TicketCommand {
    /// The CLI twin of the TUI's change to marked tickets: every ticket a query matches takes the
    /// same change, all in one transaction (a kill half-way changes none) and one undo batch.
    struct Bulk: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "bulk",
            abstract: "Change every ticket a query matches, as one change (helpdesk undo takes it back).",
            discussion: """
                Example: helpdesk ticket bulk 'tag:outage-0412 is:open' --status solved --tag -outage
                Tickets you may not change are skipped and named; reassigning many needs a supervisor.
                """)
        @OptionGroup var global: GlobalOptions
        @Argument(help: "The query (docs/query-language.md) choosing the tickets.") var query: String
        @Option(help: "Set this status.") var status: String?
        @Option(help: "Set this priority.") var priority: String?
        @Option(name: .customLong("tag"), parsing: .unconditionalSingleValue, help: "+TAG adds, -TAG removes (repeatable).") var tags: [String] = []
        @Option(help: "Assign to this agent.") var assign: String?
        @Option(help: "At most this many tickets (1-10000); more matching is refused.") var limit = 1_000

        func run() throws {
            guard (1...10_000).contains(limit) else { throw CLIError("--limit must be between 1 and 10000") }
            var actions: [TicketAction] = []
            if let status { actions.append(.setStatus(try CLIValues.status(status))) }
            if let priority { actions.append(.setPriority(try CLIValues.priority(priority))) }
            if !tags.isEmpty { actions += try TagChanges.actions(from: tags) }
            if let assign { actions.append(.assign(login: assign)) }
            guard !actions.isEmpty else { throw CLIError("say what to change: --status, --priority, --tag or --assign") }
            let parsed = try QueryParser.parse(query)
            let service = try TicketService.forUser(OSUser.current(), store: global.openStore(.writing))
            let filter = QueryCompiler.compile(parsed, context: QueryContext(agentId: service.actor.id, now: service.store.now))
            let ids = try service.store.tickets(matching: filter, from: .start, limit: limit + 1).map(\.id)
            guard ids.count <= limit else { throw CLIError("the query matches more than \(limit) tickets: narrow it, or raise --limit") }
            guard !ids.isEmpty else { throw CLIError("no ticket matches '\(Sanitizer.line(query))': nothing was changed") }
            let outcome = try service.performBulk(actions, on: ids)
            print(Sanitizer.line(outcome.summary))
            if outcome.applied.isEmpty { throw ExitCode(1) }
        }
    }
}
