import ArgumentParser
import Foundation
import HelpdeskCore

/// `helpdesk ask "QUESTION"`: the best answers from the knowledge base, for anyone on the host.
struct AskCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ask", abstract: "Ask the knowledge base a question (no agent account needed).")
    @OptionGroup var global: GlobalOptions
    @Argument(help: "Your question, in your own words.") var question: String
    @Option(help: "At most this many answers.") var limit = 3
    @Flag(help: "JSON output.") var json = false

    func run() throws {
        let hits = try global.openStoreForRequester(.reading).searchArticles(question, limit: max(1, min(limit, 20)))
        try ArticleHitOutput.print(hits, json: json)
        if !json {
            if !hits.isEmpty { print("Read one with: helpdesk request article ID") }
            print("Not answered? File a ticket: helpdesk request new --subject \"…\" --body \"…\"")
        }
    }
}

/// `helpdesk request search|new|list|domain`: self-service for the user running the program.
struct RequestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "request", abstract: "Your own requests: search the knowledge base, file a ticket, see your tickets (no agent account needed).",
        subcommands: [Search.self, Article.self, New.self, List.self, Show.self, Domain.self])

    struct Search: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "search", abstract: "Search the knowledge base before filing a ticket.")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "Words to look for.") var query: String
        @Option(help: "At most this many results.") var limit = 5
        @Flag(help: "JSON output.") var json = false

        func run() throws {
            let me = try SelfService(store: try global.openStoreForRequester(.reading), user: .current())
            try ArticleHitOutput.print(try me.search(query, limit: max(1, min(limit, 50))), json: json)
        }
    }

    struct Article: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "article", abstract: "Read an answer from the knowledge base (its number from ask or search).")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "Article number.") var id: Int64

        func run() throws {
            let article = try SelfService(store: try global.openStoreForRequester(.reading), user: .current()).article(id)
            print("# \(Sanitizer.line(article.title))")
            print("Updated: \(LocalTime.minute(article.updatedAt))")
            print("")
            print(Output.text(article.body))
        }
    }

    struct New: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "new", abstract: "File a ticket as yourself (login@domain); prints its number.")
        @OptionGroup var global: GlobalOptions
        @Option(help: "What it is about.") var subject: String
        @Option(help: "Details.") var body: String?
        @Option(help: "Details from a file ('-' for standard input).") var bodyFile: String?

        func run() throws {
            let body = try BodyInput.read(body: body, file: bodyFile) ?? ""
            _ = try NewTicket(subject: subject, requesterEmail: "check@example.com", body: body).validated()
            let me = try SelfService(store: try global.openStoreForRequester(.writing), user: .current())
            let id = try me.fileTicket(subject: subject, body: body)
            print("Filed #\(id) for \(me.address). See its status with: helpdesk request list")
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: "Your tickets and their status, most recently changed first.")
        @OptionGroup var global: GlobalOptions
        @Option(help: "At most this many.") var limit = 50
        @Flag(help: "JSON output.") var json = false

        func run() throws {
            let me = try SelfService(store: try global.openStoreForRequester(.reading), user: .current())
            let requests = try me.myTickets(limit: limit)
            if json { return try Output.json(requests.map(OwnRequestJSON.init)) }
            if requests.isEmpty {
                print("You (\(me.address)) have no tickets.")
                return
            }
            Output.table(headers: ["ID", "STATUS", "UPDATED", "SUBJECT"], rows: requests.map { request in
                let status = request.mergedInto.map { "merged into #\($0)" } ?? request.status.rawValue
                return [String(request.id), status, LocalTime.minute(request.updatedAt), request.subject]
            })
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "show", abstract: "One of your tickets and its conversation (replies, no internal notes).")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "The ticket's number (helpdesk request list shows yours).") var id: Int64
        @Flag(help: "JSON output.") var json = false

        func run() throws {
            let me = try SelfService(store: try global.openStoreForRequester(.reading), user: .current())
            let detail = try me.myTicket(id)
            if json { return try Output.json(OwnRequestDetailJSON(detail)) }
            print(OwnRequestText.render(detail))
        }
    }

    struct Domain: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "domain", 
            abstract: "Show, or set (admins), the mail domain of self-service requesters (login@domain).")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "A mail domain like example.com.") var domain: String?

        func run() throws {
            let store = try global.openStoreForRequester(domain == nil ? .reading : .writing)
            if let domain { try store.setRequesterDomain(domain, actor: try TicketService.forUser(.current(), store: store).actor) }
            let me = try SelfService(store: store, user: .current())
            print("Self-service requests are filed as \(me.address)")
        }
    }
}
