import ArgumentParser
import Foundation
import HelpdeskCore

struct TicketCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ticket", abstract: "List, show, create and work on tickets.",
        subcommands: [List.self, Show.self, Create.self,
                      Take.self, Assign.self, Unassign.self, Status.self, PriorityCommand.self, Category.self, Tag.self,
                      ChannelCommand.self, Escalate.self, Deescalate.self, Reply.self, Note.self, Merge.self, Link.self, Bulk.self,
                      TicketAttachmentCommand.self])

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: "List tickets matching a query (see docs/query-language.md).")
        @OptionGroup var global: GlobalOptions
        @Option(name: [.short, .long], parsing: .unconditional, help: "A query, e.g. 'status:open tier:1 sort:-priority' (may start with -, e.g. '-tag:vpn').") var query = ""
        @Option(help: "At most this many tickets (1-10000; with --jsonl any number, and all without it). Default 50.") var limit: Int?
        @Option(help: "Continue after this ticket in the query's order: the last ID of the previous page (a keyset cursor).") var after: Int64?
        @Flag(help: "JSON output.") var json = false
        @Flag(help: "JSON lines, one ticket per line, streamed a page at a time in constant memory.") var jsonl = false

        /// Rows a --jsonl stream reads per query.
        static let streamPage = 500

        func run() throws {
            guard !(json && jsonl) else { throw CLIError("give either --json or --jsonl, not both") }
            if jsonl {
                guard (limit ?? 1) >= 1 else { throw CLIError("--limit must be at least 1") }
            } else {
                guard (1...10_000).contains(limit ?? 50) else { throw CLIError("--limit must be between 1 and 10000 (--jsonl streams any number)") }
            }
            let parsed = try QueryParser.parse(query)
            let store = try global.openStore(.reading)
            let me = try store.agent(login: OSUser.current().login)
            let filter = QueryCompiler.compile(parsed, context: QueryContext(agentId: me?.id, now: store.now))
            let start: PagePosition = try after.map { .after(try store.cursor(afterTicket: $0, in: filter.sort)) } ?? .start
            let now = store.now
            if jsonl {
                // Page by page along the keyset: memory stays flat however many tickets there are.
                var position = start
                var left = limit ?? Int.max
                while left > 0 {
                    let rows = try store.tickets(matching: filter, from: position, limit: min(left, Self.streamPage))
                    try Output.jsonLines(rows.map { TicketRowJSON($0, now: now) })
                    guard let last = rows.last, rows.count == min(left, Self.streamPage) else { break }
                    left -= rows.count
                    position = .after(last.cursor(for: filter.sort))
                }
                return
            }
            let rows = try store.tickets(matching: filter, from: start, limit: limit ?? 50)
            if json {
                try Output.json(rows.map { TicketRowJSON($0, now: now) })
                return
            }
            if rows.isEmpty {
                print(query.isEmpty ? "No tickets yet. Create one with: helpdesk ticket create --subject S --requester EMAIL"
                                    : "No tickets match.")
                return
            }
            Output.table(
                headers: ["ID", "PRIORITY", "STATUS", "TIER", "SLA", "UPDATED", "REQUESTER", "ASSIGNEE", "SUBJECT"],
                rows: rows.map { row in
                    [String(row.id), row.priority.name, row.status.rawValue, String(row.tier),
                     SLACountdown.text(status: row.status, nextDue: row.nextDue, now: now), LocalTime.minute(row.updatedAt),
                     row.requesterName, row.assignee ?? "-", row.subject]
                })
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "show", abstract: "Show a ticket with its conversation and history.")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "Ticket number.") var id: Int64
        @Flag(help: "JSON output.") var json = false

        func run() throws {
            let store = try global.openStore(.reading)
            let detail = try store.ticketDetail(id: id)
            let now = store.now
            if json {
                try Output.json(TicketDetailJSON(detail, now: now))
                return
            }
            print(TicketText.render(detail, now: now))
        }
    }

    struct Create: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "create", abstract: "Create a ticket; prints its number.")
        @OptionGroup var global: GlobalOptions
        @Option(help: "Subject line.") var subject: String
        @Option(help: "The requester's e-mail address (created if new).") var requester: String
        @Option(help: "The first message.") var body: String?
        @Option(help: "Read the first message from a file ('-' for standard input).") var bodyFile: String?
        @Option(help: "low, normal, high or urgent.") var priority = "normal"
        @Option(help: "Category, e.g. network.") var category: String?
        @Option(help: "email, phone, chat, web or walk-in.") var channel = "email"
        @Option(help: "Support tier: 1, 2 or 3.") var tier = 1
        @Option(name: .customLong("tag"), help: "A tag (repeatable).") var tags: [String] = []

        func run() throws {
            let priority = try CLIValues.priority(priority)
            let channel = try CLIValues.channel(channel)
            let text = try BodyInput.read(body: body, file: bodyFile) ?? ""
            let ticket = try NewTicket(subject: subject, requesterEmail: requester, body: text, priority: priority,
                                       category: category, channel: channel, tier: tier, tags: tags).validated()
            let service = try TicketService.forUser(OSUser.current(), store: global.openStore(.creating))
            let id = try service.create(ticket)
            print(id)
        }
    }
}
