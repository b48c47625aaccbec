import Foundation
import GRDB

extension HelpdeskStore {
    @discardableResult
    public func addArticle(title: String, body: String, tags: [String], actor: String) throws -> Article {
        let title = try Self.validateArticle(title: title, body: body)
        let now = self.now
        return try write { db in
            let ownerId = try Int64.fetchOne(db, sql: "SELECT id FROM agents WHERE login = ?", arguments: [actor])
            var article = Article(title: title, body: body, tags: Self.normalizedTags(tags), ownerId: ownerId, createdAt: now, updatedAt: now)
            try article.insert(db)
            try TicketEvent(ticketId: nil, actor: actor, at: now, action: "kb.add", newValue: "#\(article.id!) \(title)").insert(db)
            return article
        }
    }

    /// The trimmed title, or why the article cannot be added (checked before the database is touched).
    public static func validateArticle(title: String, body: String) throws -> String {
        let title = title.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !title.isEmpty else { throw HelpdeskError.invalidInput("an article needs a title (--title must not be empty)") }
        guard !body.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            throw HelpdeskError.invalidInput("an article needs a body (the body file is empty)")
        }
        return title
    }

    public func article(id: Int64) throws -> Article {
        try read { db in
            guard let article = try Article.fetchOne(db, key: id) else {
                throw HelpdeskError.notFound("article \(id) does not exist")
            }
            return article
        }
    }

    /// Full-text search over the knowledge base, best first (BM25, title weighted above tags above body).
    /// Any user text is safe: words are quoted, and text with no searchable word returns no hits.
    public func searchArticles(_ text: String, limit: Int = 20) throws -> [ArticleHit] {
        guard let query = Self.articleSearchQuery(text, limit: limit) else { return [] }
        return try read { db in
            let rows = try Row.fetchAll(db, sql: query.sql, arguments: StatementArguments(query.arguments))
            return rows.map { row in
                ArticleHit(id: row["id"], title: row["title"], tags: row["tags"], snippet: row["snippet"], rank: row["rank"])
            }
        }
    }

    /// The statement behind ``searchArticles(_:limit:)``, nil when the text has no searchable word.
    /// Public so the benchmark can run the very same SQL through SQLite directly.
    public static func articleSearchQuery(_ text: String, limit: Int) -> (sql: String, arguments: [DatabaseValue])? {
        let words = text.split(whereSeparator: { $0.isWhitespace }).compactMap { FullTextQuery.quote(String($0), isPhrase: false) }
        guard !words.isEmpty else { return nil }
        let sql = """
            SELECT a.id, a.title, a.tags,
                   snippet(kb_fts, 1, ?, ?, '…', 16) AS snippet,
                   bm25(kb_fts, 10.0, 1.0, 4.0) AS rank
            FROM kb_fts JOIN kb_articles a ON a.id = kb_fts.rowid
            WHERE kb_fts MATCH ? ORDER BY rank LIMIT ?
            """
        return (sql, [ArticleHit.matchStart.databaseValue, ArticleHit.matchEnd.databaseValue,
                      FullTextQuery.any(words).databaseValue, limit.databaseValue])
    }
}
