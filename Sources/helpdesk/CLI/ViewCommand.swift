import ArgumentParser
import Foundation
import HelpdeskCore

/// `helpdesk view`: saved queue views — your own, and the team's shared ones (admins manage those).
/// The TUI shows them after the built-in views (`9`, `:view NAME`).
struct ViewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "view", abstract: "List, add and remove saved views (the team's shared ones and your own).",
        subcommands: [List.self, Add.self, Remove.self])

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: "List the shared views and your own.")
        @OptionGroup var global: GlobalOptions
        @Flag(help: "JSON output.") var json = false

        func run() throws {
            let store = try global.openStore(.reading)
            let me = try store.agent(login: OSUser.current().login)
            let views = try store.savedViews(ownerId: me?.id)
            if json {
                try Output.json(views.map { ViewJSON(name: $0.name, query: $0.query, shared: $0.isShared) })
                return
            }
            if views.isEmpty {
                print("No saved views yet. Save one with: helpdesk view add NAME --query QUERY (or :save NAME in the TUI)")
                return
            }
            Output.table(headers: ["NAME", "FOR", "QUERY"], rows: views.map { [$0.name, $0.isShared ? "team" : "you", $0.query] })
        }
    }

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "add", 
            abstract: "Save a view: a name for a query.",
            discussion: "Example: helpdesk view add vip --query 'tag:vip is:open sort:-priority' --shared")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "One word of at most 40 characters.") var name: String
        @Option(parsing: .unconditional, help: "The query (docs/query-language.md); may start with -, e.g. '-tag:vpn'.") var query: String
        @Flag(help: "A view for the whole team (admins only).") var shared = false

        func run() throws {
            let store = try global.openStore(.writing)
            let actor = try TicketService.forUser(OSUser.current(), store: store).actor
            if shared {
                try store.saveSharedView(name: name, query: query, actor: actor)
            } else {
                try store.saveView(name: name, query: query, ownerId: actor.id ?? 0)
            }
            print("Saved \(shared ? "the team's shared" : "your") view \(Sanitizer.line(name.trimmingCharacters(in: .whitespaces)))")
        }
    }

    struct Remove: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "remove", abstract: "Remove one of your views, or (--shared, admins) a shared one.")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "The view's name.") var name: String
        @Flag(help: "Remove the team's shared view of that name (admins only).") var shared = false

        func run() throws {
            let store = try global.openStore(.writing)
            let actor = try TicketService.forUser(OSUser.current(), store: store).actor
            try store.removeView(name: name, ownerId: actor.id ?? 0, shared: shared, actor: actor)
            print("Removed \(shared ? "the shared" : "your") view \(Sanitizer.line(name))")
        }
    }
}

struct ViewJSON: Encodable {
    var name, query: String
    var shared: Bool
}
