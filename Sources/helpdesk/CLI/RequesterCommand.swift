import ArgumentParser
import HelpdeskCore

/// `helpdesk requester …`: the people who ask for help. Reads are for every agent; the rules of
/// who may change what live in RequesterService. More subcommands join the list below.
struct RequesterCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "requester", abstract: "List, show, edit and merge requesters.",
        subcommands: [List.self, Show.self, Edit.self, Merge.self, Export.self, Erase.self])

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "list", abstract: "List requesters by name, with their organization and tickets.",
            discussion: "Pages: the last line names the --after that shows the next page.")
        @OptionGroup var global: GlobalOptions
        @Option(name: [.short, .long], help: "Part of the name or e-mail address.") var query = ""
        @Option(help: "Only the requesters of this organization.") var org: String?
        @Option(help: "Start after this requester (an e-mail address or number), as the previous page's last line says.") var after: String?
        @Option(help: "At most this many requesters (1-1000).") var limit = 50
        @Flag(help: "List erased requesters too (as [redacted]).") var erased = false
        @Flag(help: "JSON output.") var json = false

        func run() throws {
            guard (1...RequesterDirectory.pageLimit).contains(limit) else { throw CLIError("--limit must be between 1 and \(RequesterDirectory.pageLimit)") }
            let filter = try RequesterDirectory.Filter(query: query, organization: org, includeErased: erased).validated()
            let after = try after.map(RequesterReference.init(parsing:))
            let directory = RequesterDirectory(store: try global.openStore(.reading))
            let page = try directory.page(filter, after: after.map(directory.cursor(after:)), limit: limit)
            if json {
                try Output.json(page.requesters.map(RequesterJSON.init))
                return
            }
            if page.requesters.isEmpty {
                print(filter.query.isEmpty && filter.organization == nil && after == nil ? "No requesters yet." : "No requesters match.")
                return
            }
            Output.table(
                headers: ["ID", "NAME", "E-MAIL", "ORGANIZATION", "OPEN", "TICKETS"],
                rows: page.requesters.map { requester in
                    [String(requester.id), requester.name, requester.email, requester.organization ?? "-",
                     String(requester.openTickets), String(requester.totalTickets)]
                })
            if page.next != nil, let last = page.requesters.last {
                print("More: helpdesk requester list --after \(last.id)")
            }
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "show", abstract: "Show a requester: profile, organization and their tickets (most recently updated first).")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "An e-mail address, or a requester number (12 or '#12').") var requester: String
        @Option(help: "At most this many tickets (1-1000).") var limit = 20
        @Flag(help: "JSON output.") var json = false

        func run() throws {
            guard (1...RequesterDirectory.pageLimit).contains(limit) else { throw CLIError("--limit must be between 1 and \(RequesterDirectory.pageLimit)") }
            let reference = try RequesterReference(parsing: requester)
            let store = try global.openStore(.reading)
            let directory = RequesterDirectory(store: store)
            let summary = try directory.summary(reference)
            let tickets = try directory.tickets(of: summary.id, limit: limit)
            let now = store.now
            if json {
                try Output.json(RequesterDetailJSON(summary, tickets: tickets, now: now))
                return
            }
            func field(_ name: String, _ value: String) {
                print("  " + name.padding(toLength: 14, withPad: " ", startingAt: 0) + Sanitizer.line(value))
            }
            print(Sanitizer.line("Requester #\(summary.id)  \(summary.name) <\(summary.email)>"))
            field("Organization", summary.organization ?? "-")
            field("Tickets", "\(summary.openTickets) open, \(summary.totalTickets) in all")
            if let erasedAt = summary.erasedAt { field("Erased", LocalTime.minute(erasedAt)) }
            guard !tickets.isEmpty else { return }
            print("")
            print(tickets.count < summary.totalTickets
                  ? "The \(tickets.count) most recently updated of \(summary.totalTickets) tickets (--limit shows more)"
                  : "Tickets, most recently updated first")
            Output.table(
                headers: ["ID", "PRIORITY", "STATUS", "UPDATED", "ASSIGNEE", "SUBJECT"],
                rows: tickets.map { row in
                    [String(row.id), row.priority.name, row.status.rawValue, LocalTime.minute(row.updatedAt), row.assignee ?? "-", row.subject]
                })
        }
    }

    struct Edit: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "edit", abstract: "Change a requester's name, e-mail address or organization (any agent).")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "An e-mail address, or a requester number (12 or '#12').") var requester: String
        @Option(help: "The new name.") var name: String?
        @Option(help: "The new e-mail address (no other requester may have it).") var email: String?
        @Option(help: "Move them to this organization (it must exist).") var org: String?
        @Flag(help: "Take them out of their organization.") var noOrg = false

        func run() throws {
            if org != nil && noOrg { throw CLIError("--org and --no-org exclude each other") }
            let reference = try RequesterReference(parsing: requester)
            let edit = try RequesterEdit(name: name, email: email, organization: noOrg ? .clear : org.map { .set($0) } ?? .keep).validated()
            let service = try RequesterService.forUser(OSUser.current(), store: global.openStore(.writing))
            let outcome = try service.edit(reference, edit)
            let requester = outcome.requester
            print(Sanitizer.line("Changed requester #\(requester.id) (\(outcome.changed.joined(separator: ", "))): "
                                 + "\(requester.name) <\(requester.email)>" + (requester.organization.map { ", \($0)" } ?? "")))
        }
    }

    struct Merge: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "merge", abstract: "Merge a requester into another: tickets and messages move, the first is deleted (supervisors and admins).",
            discussion: "The requester kept (--into) keeps their name, e-mail address and organization.")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "The requester to merge away: an e-mail address or a number.") var source: String
        @Option(help: "The requester to keep: an e-mail address or a number.") var into: String

        func run() throws {
            let source = try RequesterReference(parsing: source)
            let target = try RequesterReference(parsing: into)
            if source == target { throw CLIError("a requester cannot be merged into itself") }
            let service = try RequesterService.forUser(OSUser.current(), store: global.openStore(.writing))
            let outcome = try service.merge(source, into: target)
            func count(_ number: Int, _ noun: String) -> String { "\(number) \(noun)\(number == 1 ? "" : "s")" }
            print("Merged requester #\(outcome.sourceId) into #\(outcome.targetId): "
                  + "\(count(outcome.tickets, "ticket")) and \(count(outcome.messages, "message")) moved")
        }
    }
}
