import ArgumentParser
import HelpdeskCore

struct KBCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kb", abstract: "Search, read and add knowledge-base articles.", subcommands: [Search.self, Show.self, Add.self])

    struct Search: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Full-text search, best match first.")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "Words to look for.") var query: String
        @Option(help: "At most this many results.") var limit = 10
        @Flag(help: "JSON output.") var json = false

        func run() throws {
            let hits = try global.openStore(create: false).searchArticles(query, limit: max(1, min(limit, 100)))
            if json {
                try Output.json(hits.map(ArticleHitJSON.init))
                return
            }
            if hits.isEmpty {
                print("No articles match.")
                return
            }
            for hit in hits {
                print("#\(hit.id)  \(Sanitizer.line(hit.title))")
                print("      \(Sanitizer.line(hit.plainSnippet))")
            }
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Print an article (Markdown).")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "Article number.") var id: Int64
        @Flag(help: "JSON output.") var json = false

        func run() throws {
            let article = try global.openStore(create: false).article(id: id)
            if json {
                try Output.json(ArticleJSON(article))
                return
            }
            print("# \(Sanitizer.line(article.title))")
            if !article.tags.isEmpty { print("Tags: \(Sanitizer.line(article.tagList.joined(separator: ", ")))") }
            print("Updated: \(LocalTime.minute(article.updatedAt))")
            print("")
            print(Output.text(article.body))
        }
    }

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Add an article from a Markdown file; prints its number.")
        @OptionGroup var global: GlobalOptions
        @Option(help: "Title.") var title: String
        @Option(help: "Markdown file ('-' for standard input).") var bodyFile: String
        @Option(name: .customLong("tag"), help: "A tag (repeatable).") var tags: [String] = []

        func run() throws {
            let body = try BodyInput.read(body: nil, file: bodyFile) ?? ""
            _ = try HelpdeskStore.validateArticle(title: title, body: body)
            let article = try global.openStore(create: true).addArticle(title: title, body: body, tags: tags, actor: OSUser.current().login)
            print(article.id ?? 0)
        }
    }
}
