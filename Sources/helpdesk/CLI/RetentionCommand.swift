import ArgumentParser
import Foundation
import HelpdeskCore

/// `helpdesk retention show|set|run`: how long solved and closed tickets keep personal data.
struct RetentionCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "retention", abstract: "How long solved and closed tickets keep their requester's personal data.",
        subcommands: [Show.self, Set.self, Run.self], defaultSubcommand: Show.self)

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "show", abstract: "Show the retention policy.")
        @OptionGroup var global: GlobalOptions

        func run() throws {
            let retention = Retention(store: try global.openStore(.reading))
            guard let policy = try retention.policy() else { return print("No retention policy: tickets keep their data (helpdesk retention set --closed-after 2y).") }
            print("Solved and closed tickets are anonymised \(policy.summary) after their last change; \(try retention.dueCount()) are due now.")
        }
    }

    struct Set: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "set", abstract: "Set the retention period (admins).")
        @OptionGroup var global: GlobalOptions
        @Option(help: "90d, 12w, 18m or 2y after a solved or closed ticket's last change.") var closedAfter: String?
        @Flag(help: "No retention: tickets keep their data.") var off = false

        func run() throws {
            guard (closedAfter == nil) != !off else { throw CLIError("give either --closed-after PERIOD or --off") }
            let policy = try closedAfter.map(RetentionPolicy.init(parsing:))
            let store = try global.openStore(.writing)
            try Retention(store: store).setPolicy(policy, actor: try Permissions.reader(.current(), in: store))
            print(policy.map { "Retention: solved and closed tickets are anonymised \($0.summary) after their last change (helpdesk retention run)." }
                  ?? "Retention is off.")
        }
    }

    struct Run: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "run", abstract: "Anonymise the tickets past the retention period (admins and root; daily from a timer).")
        @OptionGroup var global: GlobalOptions
        @Flag(help: "Only list what would be anonymised.") var dryRun = false
        @Flag(help: "JSON output.") var json = false

        func run() throws {
            let store = try global.openStore(at: global.path(), .writing)
            let retention = Retention(store: store)
            let user = OSUser.current()
            if dryRun {
                let due = try retention.due()
                if json { return try Output.json(due) }
                for ticket in due { print("#\(ticket.ticketId)  last changed \(Output.iso(ticket.updatedAt))") }
                print(due.isEmpty ? "Nothing is due." : "\(due.count) tickets would be anonymised.")
                return
            }
            let outcome = try retention.run(actor: try store.agent(login: user.login), login: user.login)
            if json { return try Output.json(outcome) }
            print("Anonymised \(outcome.tickets) tickets; erased \(outcome.requestersErased) requesters with no other tickets.")
        }
    }
}
