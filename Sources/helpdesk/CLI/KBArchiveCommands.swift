import ArgumentParser
import Foundation
import HelpdeskCore

/// `kb export DIR`: one `NNNN-slug.md` per article, with front matter.
struct KBExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "export", abstract: "Write every article to DIR as NNNN-slug.md with front matter.")
    @OptionGroup var global: GlobalOptions
    @Argument(help: "Folder (created if missing).") var dir: String

    func run() throws {
        let count = try ArticleArchive.export(try global.openStore(.reading), to: dir)
        print("Exported \(count) articles to \(Sanitizer.line(dir))")
    }
}

/// `kb import DIR`: new files become articles, files whose id exists a new version when they differ.
struct KBImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import", abstract: "Read DIR/*.md (as kb export writes them): add new articles, update changed ones (all or nothing).")
    @OptionGroup var global: GlobalOptions
    @Argument(help: "Folder of Markdown files.") var dir: String

    func run() throws {
        let documents = try ArticleArchive.read(dir)
        let report = try ArticleArchive.importDocuments(documents, into: try global.openStore(.creating), actor: OSUser.current().login)
        print(report.summary)
    }
}

/// `kb link ARTICLE TICKET`.
struct KBLinkCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "link", abstract: "Link an article to the ticket it answers (counted, and logged on the ticket).")
    @OptionGroup var global: GlobalOptions
    @Argument(help: "Article number.") var article: Int64
    @Argument(help: "Ticket number.") var ticket: Int64

    func run() throws {
        let store = try global.openStore(.writing)
        let link = try store.linkArticle(article, toTicket: ticket, actor: OSUser.current().login)
        let count = try store.article(id: article).timesLinked
        print("Linked article \(article) (\(Sanitizer.line(link.title))) to #\(ticket); it is linked to \(count) ticket\(count == 1 ? "" : "s")")
    }
}

/// `kb stale-after [DAYS]`: show or (admins) set when articles count as stale.
struct KBStaleAfterCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "stale-after", abstract: "Show, or set (admins), the days after which an unedited article is stale.")
    @OptionGroup var global: GlobalOptions
    @Argument(help: "Days (1 to 3650).") var days: Int?

    func run() throws {
        let store = try global.openStore(.writing)
        if let days {
            try store.setArticleStaleAfterDays(days, actor: try TicketService.forUser(.current(), store: store).actor)
        }
        print("Articles are stale after \(try store.articleStaleAfterDays()) days without an edit")
    }
}
