import Foundation
import GRDB

/// Writing the knowledge base: adding and editing articles (every edit keeps the version
/// before it), their history and owners. Only active agents write; anyone who can read the
/// database can read and search.
extension HelpdeskStore {
    @discardableResult
    public func addArticle(title: String, body: String, tags: [String], actor: String) throws -> Article {
        let title = try Self.validateArticle(title: title, body: body)
        let now = self.now
        return try write { db in
            try Self.insertArticle(db, title: title, body: body, tags: tags, owner: nil, author: try Self.kbAuthor(db, actor), now: now)
        }
    }

    /// Changes an article: the current version is kept in its history first, then the article
    /// becomes the next version. nil leaves a field as it is. `basedOn` is the version the editor
    /// started from: if someone saved another one since, nothing changes and the error says so.
    @discardableResult
    public func editArticle(id: Int64, title: String? = nil, body: String? = nil, tags: [String]? = nil, owner: String? = nil,
                            actor: String, basedOn version: Int64? = nil) throws -> Article {
        let now = self.now
        return try write { db in
            try Self.updateArticle(db, id: id, title: title, body: body, tags: tags, owner: owner, author: try Self.kbAuthor(db, actor),
                                   basedOn: version, now: now)
        }
    }

    static func insertArticle(_ db: Database, title: String, body: String, tags: [String], owner: String?, author: Agent,
                              now: Int64) throws -> Article {
        let title = try validateArticle(title: title, body: body)
        let ownerId = try owner.map { try ownerAgent(db, $0).id } ?? author.id
        var article = Article(title: title, body: body, tags: articleTags(tags), ownerId: ownerId, createdAt: now, updatedAt: now,
                              version: 1, updatedBy: author.login)
        try article.insert(db)
        try TicketEvent(ticketId: nil, actor: author.login, at: now, action: "kb.add", newValue: "#\(article.id!) \(title)").insert(db)
        return article
    }

    static func updateArticle(_ db: Database, id: Int64, title: String?, body: String?, tags: [String]?, owner: String?, author: Agent,
                              basedOn version: Int64?, now: Int64) throws -> Article {
        var article = try Self.article(db, id)
        if let version, version != article.version {
            throw HelpdeskError.conflict(
                "article \(id) is at version \(article.version) (saved by \(article.updatedBy ?? "someone")), not \(version): your edit was not saved")
        }
        let newTitle = try validateArticle(title: title ?? article.title, body: body ?? article.body)
        // Tags compare as sets: older articles (and the demo's) keep them in any order.
        let oldTags = articleTags(article.tagList).joined(separator: " ")
        let newTags = tags.map(articleTags)?.joined(separator: " ") ?? oldTags
        let newOwner = try owner.map { try ownerAgent(db, $0).id } ?? article.ownerId
        let newBody = body ?? article.body
        let textChanged = newTitle != article.title || newBody != article.body || newTags != oldTags
        guard textChanged || newOwner != article.ownerId else {
            throw HelpdeskError.invalidInput("article \(id) already reads like that: nothing was changed")
        }
        if textChanged {
            try ArticleVersion(current: article).insert(db)
            article.version += 1
            article.title = newTitle
            article.body = newBody
            article.tags = newTags
            article.updatedBy = author.login
        }
        article.ownerId = newOwner
        article.updatedAt = now
        try article.update(db)
        try TicketEvent(ticketId: nil, actor: author.login, at: now, action: "kb.edit",
                        newValue: "#\(id) v\(article.version) \(article.title)").insert(db)
        return article
    }

    static func ownerAgent(_ db: Database, _ login: String) throws -> Agent {
        guard let agent = try Agent.fetchOne(db, sql: "SELECT * FROM agents WHERE login = ?", arguments: [login]) else {
            throw HelpdeskError.invalidInput("'\(login)' is not an agent of this helpdesk: an article's owner must be one")
        }
        return agent
    }

    public func article(id: Int64) throws -> Article {
        try read { db in try Self.article(db, id) }
    }

    /// Every version of an article, oldest first; the last one is the article as it is now.
    public func articleHistory(id: Int64) throws -> [ArticleVersion] {
        try read { db in
            let article = try Self.article(db, id)
            let earlier = try ArticleVersion.fetchAll(db, sql: "SELECT * FROM kb_article_versions WHERE article_id = ? ORDER BY version",
                                                      arguments: [id])
            return earlier + [ArticleVersion(current: article)]
        }
    }

    /// One version of an article (the current one included).
    public func articleVersion(id: Int64, version: Int64) throws -> ArticleVersion {
        let history = try articleHistory(id: id)
        guard let found = history.first(where: { $0.version == version }) else {
            throw HelpdeskError.notFound("article \(id) has no version \(version) (it has 1 to \(history.last?.version ?? 1))")
        }
        return found
    }

    /// Every article, by id (for export).
    public func allArticles() throws -> [Article] {
        try read { db in try Article.fetchAll(db, sql: "SELECT * FROM kb_articles ORDER BY id") }
    }

    /// The login of an article's owner, if it has one.
    public func ownerLogin(of article: Article) throws -> String? {
        guard let ownerId = article.ownerId else { return nil }
        return try read { db in try String.fetchOne(db, sql: "SELECT login FROM agents WHERE id = ?", arguments: [ownerId]) }
    }

    // MARK: - Rules

    /// The trimmed title, or why the article cannot be saved (checked before the database is touched).
    public static func validateArticle(title: String, body: String) throws -> String {
        let title = title.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !title.isEmpty else { throw HelpdeskError.invalidInput("an article needs a title (--title must not be empty)") }
        guard !title.contains(where: { $0.isNewline }) else { throw HelpdeskError.invalidInput("an article's title is one line") }
        _ = try InputLimits.checked(title, "the title", limit: InputLimits.articleTitle)
        guard !body.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            throw HelpdeskError.invalidInput("an article needs a body (the body file is empty)")
        }
        guard body.utf8.count <= InputLimits.articleBody else { throw HelpdeskError.invalidInput("the body is too long (at most 1 MB)") }
        _ = try InputLimits.checked(body, "the body", limit: InputLimits.articleBody)
        return title
    }

    /// Tags as single lower-case words: "Drucker, Hardware" → ["drucker", "hardware"]. Commas and
    /// brackets separate, so that the front matter of an exported article (`tags: [a, b]`) reads back.
    public static func articleTags(_ tags: [String]) -> [String] {
        normalizedTags(tags.flatMap { $0.split(whereSeparator: { $0.isWhitespace || ",[]".contains($0) }).map(String.init) })
    }

    /// The acting agent, who must be active: only agents write the knowledge base.
    static func kbAuthor(_ db: Database, _ login: String) throws -> Agent {
        guard let agent = try Agent.fetchOne(db, sql: "SELECT * FROM agents WHERE login = ?", arguments: [login]) else {
            throw HelpdeskError.permissionDenied("you (\(login)) are not an agent of this helpdesk: only agents change the knowledge base")
        }
        guard agent.active else { throw HelpdeskError.permissionDenied("your agent account '\(login)' is deactivated: nothing was changed") }
        return agent
    }

    static func article(_ db: Database, _ id: Int64) throws -> Article {
        guard var article = try Article.fetchOne(db, key: id) else { throw HelpdeskError.notFound("article \(id) does not exist") }
        if let whole = try Data.fetchOne(db, sql: "SELECT \(StoredText.wholeIfCut("body")) FROM kb_articles WHERE id = ?", arguments: [id]) {
            article.body = StoredText.decoded(whole)
        }
        return article
    }
}
