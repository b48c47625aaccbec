import ArgumentParser
import Foundation
import HelpdeskCore

struct KBCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kb", abstract: "Search, read, write and link knowledge-base articles (docs/knowledge-base.md).",
        subcommands: [Search.self, Show.self, Add.self, KBEditCommand.self, KBHistoryCommand.self, KBImportCommand.self,
                      KBExportCommand.self, KBLinkCommand.self, KBStaleAfterCommand.self])

    struct Search: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "search", abstract: "Full-text search, best match first.")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "Words to look for.") var query: String
        @Option(help: "At most this many results.") var limit = 10
        @Flag(help: "Pass the query to SQLite FTS5 as it is (phrases, NEAR, AND/OR/NOT, title:word, prefix*).") var raw = false
        @Flag(help: "JSON output.") var json = false

        func run() throws {
            let hits = try global.openStore(.reading).searchArticles(query, advanced: raw, limit: max(1, min(limit, 100)))
            try ArticleHitOutput.print(hits, json: json)
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "show", abstract: "Print an article (Markdown) with its owner, use counts and age.")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "Article number.") var id: Int64
        @Flag(help: "JSON output.") var json = false

        func run() throws {
            let store = try global.openStore(.reading)
            let article = try store.article(id: id)
            let owner = try store.ownerLogin(of: article)
            let stale = article.isStale(now: store.now, staleAfter: try store.articleStaleAfter())
            if json {
                try Output.json(ArticleJSON(article, owner: owner, stale: stale))
                return
            }
            print("# \(Sanitizer.line(article.title))")
            if !article.tags.isEmpty { print("Tags: \(Sanitizer.line(article.tagList.joined(separator: ", ")))") }
            let staleMark = stale ? "  (stale: not updated for over \(try store.articleStaleAfterDays()) days)" : ""
            print("Updated: \(LocalTime.minute(article.updatedAt))\(staleMark)")
            print("Owner: \(Sanitizer.line(owner ?? "nobody"))   Version: \(article.version)   Linked: \(article.timesLinked)   Sent: \(article.timesSent)")
            print("")
            print(Output.text(article.body))
        }
    }

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "add", abstract: "Add an article from a Markdown file; prints its number.")
        @OptionGroup var global: GlobalOptions
        @Option(help: "Title.") var title: String
        @Option(help: "Markdown file ('-' for standard input).") var bodyFile: String
        @Option(name: .customLong("tag"), help: "A tag (repeatable).") var tags: [String] = []

        func run() throws {
            let body = try BodyInput.read(body: nil, file: bodyFile) ?? ""
            _ = try HelpdeskStore.validateArticle(title: title, body: body)
            let article = try global.openStore(.creating).addArticle(title: title, body: body, tags: tags, actor: OSUser.current().login)
            print(article.id ?? 0)
        }
    }
}

/// Search results as `kb search`, `ask` and `request search` print them: a title line and a snippet line per hit.
enum ArticleHitOutput {
    static func print(_ hits: [ArticleHit], json: Bool) throws {
        if json {
            try Output.json(hits.map(ArticleHitJSON.init))
            return
        }
        if hits.isEmpty {
            Swift.print("No articles match.")
            return
        }
        for hit in hits {
            Swift.print("#\(hit.id)  \(Sanitizer.line(hit.title))")
            Swift.print("      \(Sanitizer.line(hit.plainSnippet))")
        }
    }
}
