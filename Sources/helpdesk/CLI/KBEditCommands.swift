import ArgumentParser
import Foundation
import HelpdeskCore

/// `kb edit ID`: in `$VISUAL`/`$EDITOR` (front matter + Markdown), or with `--title`/`--body-file`/`--tag`.
struct KBEditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "edit", abstract: "Edit an article (the previous version is kept); opens $VISUAL/$EDITOR unless given --title, --body-file or --tag.")
    @OptionGroup var global: GlobalOptions
    @Argument(help: "Article number.") var id: Int64
    @Option(help: "New title.") var title: String?
    @Option(help: "New body from a Markdown file ('-' for standard input).") var bodyFile: String?
    @Option(name: .customLong("tag"), help: "Replace the tags (repeatable).") var tags: [String] = []
    @Option(help: "Hand the article to this agent.") var owner: String?

    func run() throws {
        let body = try bodyFile.map { try BodyInput.read(body: nil, file: $0) ?? "" }
        if let title { _ = try HelpdeskStore.validateArticle(title: title, body: body ?? "x") }
        if let body { _ = try HelpdeskStore.validateArticle(title: title ?? "x", body: body) }
        let store = try global.openStore(.writing)
        let login = OSUser.current().login
        let article: Article
        if title == nil && body == nil && tags.isEmpty && owner == nil {
            // In the editor; a text that is not saved stays next to the drafts, and the next edit reopens it.
            let before = try store.article(id: id)
            let document = ArticleDocument(id: id, title: before.title, tags: HelpdeskStore.articleTags(before.tagList), body: before.body)
            let editing = ArticleEditing(store: store, actor: login, folder: ArticleEditing.draftsFolder(home: OSUser.current().home))
            switch editing.edit(document, basedOn: before.version) {
            case .success(let saved): article = saved
            case .failure(let error): throw CLIError(error.description)
            }
        } else {
            article = try store.editArticle(id: id, title: title, body: body, tags: tags.isEmpty ? nil : tags, owner: owner, actor: login)
        }
        print("Saved article \(id) as version \(article.version)")
    }
}

/// `kb history ID [--version N]`.
struct KBHistoryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "history", abstract: "List an article's versions, or print one with --version.")
    @OptionGroup var global: GlobalOptions
    @Argument(help: "Article number.") var id: Int64
    @Option(help: "Print this version.") var version: Int64?
    @Flag(help: "JSON output.") var json = false

    func run() throws {
        let store = try global.openStore(.reading)
        if let version {
            let found = try store.articleVersion(id: id, version: version)
            if json { return try Output.json(ArticleVersionJSON(found, withBody: true)) }
            print("# \(Sanitizer.line(found.title))")
            print("Version \(found.version), saved \(LocalTime.minute(found.savedAt)) by \(Sanitizer.line(found.editor ?? "unknown"))")
            if !found.tags.isEmpty { print("Tags: \(Sanitizer.line(found.tagList.joined(separator: ", ")))") }
            print("")
            print(Output.text(found.body))
            return
        }
        let history = try store.articleHistory(id: id)
        if json { return try Output.json(history.map { ArticleVersionJSON($0, withBody: false) }) }
        Output.table(headers: ["VERSION", "SAVED", "BY", "TITLE"],
                     rows: history.reversed().map { [String($0.version), LocalTime.minute($0.savedAt), $0.editor ?? "unknown", $0.title] })
    }
}
