import Foundation
import GRDB

/// Knowledge-base search and suggestions. Pure reads returning values, so the TUI can call them
/// on every key press: an indexed FTS5 query of a few milliseconds.
extension HelpdeskStore {
    /// Full-text search over the knowledge base, best first.
    ///
    /// Normal mode takes any text: each word is stemmed, translated (DE↔EN glossary) and quoted as
    /// prefix terms (`ArticleSearchTerms`), so input can never be a syntax error. Articles that
    /// match more of the question's words come first, then BM25 (title weighted above tags above
    /// body). `advanced` passes the text to FTS5 as it is (`"exact phrase"`, `NEAR()`, `title:vpn`,
    /// `AND`/`OR`/`NOT`, `word*`); a syntax error becomes one `invalidInput` line.
    public func searchArticles(_ text: String, advanced: Bool = false, limit: Int = 20) throws -> [ArticleHit] {
        let limit = max(1, min(limit, 500))
        if advanced { return try rawSearch(text, limit: limit) }
        return try rankedSearch(ArticleSearchTerms(question: text), limit: limit)
    }

    /// Articles that may answer a ticket, from its subject and first messages: common words
    /// dropped, the ~12 most distinctive kept (`ArticleSearchTerms(ticketSubject:messages:)`).
    public func suggestArticles(ticketId: Int64, limit: Int = 5) throws -> [ArticleHit] {
        let (subject, messages) = try read { db -> (String, [String]) in
            guard let subject = try String.fetchOne(db.cachedStatement(sql: "SELECT subject FROM tickets WHERE id = ?"), arguments: [ticketId]) else {
                throw HelpdeskError.notFound("ticket \(ticketId) does not exist")
            }
            let messages = try String.fetchAll(db.cachedStatement(sql: """
                SELECT body FROM messages WHERE ticket_id = ? AND internal = 0 ORDER BY created_at, id LIMIT 3
                """), arguments: [ticketId])
            return (subject, messages)
        }
        return try suggestArticles(subject: subject, messages: messages, limit: limit)
    }

    /// Suggestions from text not yet in the database (a ticket being written).
    public func suggestArticles(subject: String, messages: [String] = [], limit: Int = 5) throws -> [ArticleHit] {
        try rankedSearch(ArticleSearchTerms(ticketSubject: subject, messages: messages), limit: max(1, min(limit, 100)))
    }

    // MARK: - Ranking

    /// Candidates match any word. They are ordered by how many of the question's words they
    /// match (one `IN` set per word, each built once from that word's posting list), then by how
    /// many of those are in the title, then by how many match in the question's own words rather
    /// than a translation, then by BM25. The title count is taken from the highlighted titles of
    /// the best few candidates, so snippets and highlights are made only for those.
    func rankedSearch(_ terms: ArticleSearchTerms, limit: Int) throws -> [ArticleHit] {
        guard !terms.isEmpty else { return [] }
        let groups = terms.matchExpressions
        func count(_ expressions: [String]) -> (sql: String, arguments: [String]) {
            guard expressions.count > 1 else { return ("1", []) }
            return (expressions.map { _ in "(rowid IN (SELECT rowid FROM kb_fts WHERE kb_fts MATCH ?))" }.joined(separator: " + "), expressions)
        }
        let matched = count(groups)
        let own = terms.hasSynonyms ? count(terms.ownWordExpressions) : (sql: "0", arguments: [])
        let any = terms.anyExpression
        var arguments = StatementArguments(matched.arguments + own.arguments)
        arguments += [any, max(limit, Self.candidatePool)]
        return try read { db in
            let ranked = try Row.fetchAll(db, sql: """
                SELECT rowid AS id, bm25(kb_fts, 10.0, 1.0, 4.0) AS rank, \(matched.sql) AS matched, \(own.sql) AS own
                FROM kb_fts WHERE kb_fts MATCH ? ORDER BY matched DESC, own DESC, rank LIMIT ?
                """, arguments: arguments)
            let candidates = try ranked.compactMap { row -> (hit: ArticleHit, own: Int, title: Int)? in
                guard let hit = try Self.hit(db, id: row["id"], match: any, rank: row["rank"], matched: row["matched"], of: groups.count) else {
                    return nil
                }
                return (hit, row["own"], Self.groupsMatched(in: hit.highlightedTitle, terms))
            }
            let ordered = candidates.enumerated().sorted { a, b in
                let (x, y) = (a.element, b.element)
                if x.hit.matchedWords != y.hit.matchedWords { return x.hit.matchedWords > y.hit.matchedWords }
                if x.title != y.title { return x.title > y.title }
                if x.own != y.own { return x.own > y.own }
                return a.offset < b.offset
            }
            return ordered.prefix(limit).map(\.element.hit)
        }
    }

    /// How many candidates are re-ranked by their titles.
    static let candidatePool = 30

    /// How many of the question's words (groups) a highlighted title shows as matched.
    static func groupsMatched(in highlighted: String, _ terms: ArticleSearchTerms) -> Int {
        var marked: [String] = []
        var rest = Substring(highlighted)
        while let start = rest.range(of: ArticleHit.matchStart), let end = rest.range(of: ArticleHit.matchEnd, range: start.upperBound..<rest.endIndex) {
            marked.append(WordStem.fold(String(rest[start.upperBound..<end.lowerBound])))
            rest = rest[end.upperBound...]
        }
        return terms.groups.filter { group in
            group.contains { term in
                let first = term.split(separator: " ").first.map(String.init) ?? term
                return marked.contains { $0.hasPrefix(first) }
            }
        }.count
    }

    /// The text as FTS5 syntax; its errors (unbalanced quotes, unknown columns) as one line.
    func rawSearch(_ text: String, limit: Int) throws -> [ArticleHit] {
        let text = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !text.isEmpty else { return [] }
        return try read { db in
            do {
                let ranked = try Row.fetchAll(db, sql: """
                    SELECT rowid AS id, bm25(kb_fts, 10.0, 1.0, 4.0) AS rank FROM kb_fts WHERE kb_fts MATCH ? ORDER BY rank LIMIT ?
                    """, arguments: [text, limit])
                return try ranked.compactMap { row in try Self.hit(db, id: row["id"], match: text, rank: row["rank"], matched: 0, of: 0) }
            } catch let error as DatabaseError {
                let reason = (error.message ?? "\(error.resultCode)").split(whereSeparator: \.isNewline).joined(separator: " ")
                throw HelpdeskError.invalidInput("invalid advanced search '\(text.prefix(80))': \(reason)")
            }
        }
    }

    static func hit(_ db: Database, id: Int64, match: String, rank: Double, matched: Int, of total: Int) throws -> ArticleHit? {
        let statement = try db.cachedStatement(sql: """
            SELECT a.title, a.tags, highlight(kb_fts, 0, ?, ?) AS marked, snippet(kb_fts, 1, ?, ?, '…', 16) AS snippet
            FROM kb_fts JOIN kb_articles a ON a.id = kb_fts.rowid
            WHERE kb_fts MATCH ? AND kb_fts.rowid = ?
            """)
        let (start, end) = (ArticleHit.matchStart, ArticleHit.matchEnd)
        guard let row = try Row.fetchOne(statement, arguments: [start, end, start, end, match, id]) else { return nil }
        return ArticleHit(id: id, title: row["title"], tags: row["tags"], snippet: row["snippet"], rank: rank,
                          highlightedTitle: row["marked"], matchedWords: matched, queryWords: total)
    }
}
