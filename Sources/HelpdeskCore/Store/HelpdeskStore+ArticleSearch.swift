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

    /// Ranking every article that matches a common word costs too much on a large knowledge base
    /// (BM25 over 3,000 near-identical articles takes 20 ms), so a bounded set of candidates is
    /// picked first with cheap, lazy FTS5 scans that stop after `candidatePool` rows, best tier
    /// first: every word in the title; every word anywhere; some word in the title; some word
    /// anywhere. Only the candidates are then scored and ordered: by how many of the question's
    /// words they match, then how many of those are in the title, then how many match in the
    /// question's own words rather than a translation, then BM25 (title 10, tags 4, body 1).
    /// When fewer articles match than the pool holds (any ordinary knowledge base), every one
    /// of them is a candidate and the order is exact.
    func rankedSearch(_ terms: ArticleSearchTerms, limit: Int) throws -> [ArticleHit] {
        guard !terms.isEmpty else { return [] }
        let groups = terms.matchExpressions
        let own = terms.ownWordExpressions
        let any = terms.anyExpression
        let pool = max(limit, Self.candidatePool)
        let tiers = [
            groups.map { "{title}: \($0)" }.joined(separator: " AND "),
            groups.joined(separator: " AND "),
            "{title}: (\(any))",
            any,
        ]
        return try read { db in
            var candidates: [Int64] = []
            var seen = Set<Int64>()
            for tier in (groups.count == 1 ? [tiers[0], tiers[1]] : tiers) where candidates.count < pool {
                let statement = try db.cachedStatement(sql: "SELECT rowid FROM kb_fts WHERE kb_fts MATCH ? LIMIT ?")
                for id in try Int64.fetchAll(statement, arguments: [tier, pool]) where seen.insert(id).inserted {
                    candidates.append(id)
                }
            }
            let contains = try db.cachedStatement(sql: "SELECT 1 FROM kb_fts WHERE kb_fts MATCH ? AND rowid = ?")
            func matches(_ expressions: [String], _ id: Int64) throws -> Int {
                guard expressions.count > 1 else { return 1 }
                return try expressions.reduce(0) { count, expression in
                    count + (try Int.fetchOne(contains, arguments: [expression, id]) ?? 0)
                }
            }
            var scored: [(hit: ArticleHit, title: Int, own: Int)] = []
            for id in candidates {
                guard let hit = try Self.hit(db, id: id, match: any, matched: try matches(groups, id), of: groups.count, snippet: false) else {
                    continue
                }
                // A word without translations matches in its own words whenever it matches.
                let ownWords = terms.hasSynonyms ? try matches(own, id) : 0
                scored.append((hit, Self.groupsMatched(in: hit.highlightedTitle, terms), ownWords))
            }
            scored.sort { x, y in
                if x.hit.matchedWords != y.hit.matchedWords { return x.hit.matchedWords > y.hit.matchedWords }
                if x.title != y.title { return x.title > y.title }
                if x.own != y.own { return x.own > y.own }
                return x.hit.rank != y.hit.rank ? x.hit.rank < y.hit.rank : x.hit.id < y.hit.id
            }
            // The snippet re-reads the body: only for the hits returned.
            return try scored.prefix(limit).map { entry in
                var hit = entry.hit
                hit.snippet = try Self.snippet(db, id: hit.id, match: any)
                return hit
            }
        }
    }

    /// How many articles are scored at most (see `rankedSearch`).
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
                return try ranked.compactMap { row in try Self.hit(db, id: row["id"], match: text, matched: 0, of: 0) }
            } catch let error as DatabaseError {
                let reason = (error.message ?? "\(error.resultCode)").split(whereSeparator: \.isNewline).joined(separator: " ")
                throw HelpdeskError.invalidInput("invalid advanced search '\(text.prefix(80))': \(reason)")
            }
        }
    }

    /// One hit with its BM25 rank, highlighted title and (unless `snippet` is false) snippet.
    static func hit(_ db: Database, id: Int64, match: String, matched: Int, of total: Int, snippet: Bool = true) throws -> ArticleHit? {
        let statement = try db.cachedStatement(sql: """
            SELECT a.title, a.tags, bm25(kb_fts, 10.0, 1.0, 4.0) AS rank, highlight(kb_fts, 0, ?, ?) AS marked
            FROM kb_fts JOIN kb_articles a ON a.id = kb_fts.rowid
            WHERE kb_fts MATCH ? AND kb_fts.rowid = ?
            """)
        guard let row = try Row.fetchOne(statement, arguments: [ArticleHit.matchStart, ArticleHit.matchEnd, match, id]) else { return nil }
        return ArticleHit(id: id, title: row["title"], tags: row["tags"], snippet: snippet ? try Self.snippet(db, id: id, match: match) : "",
                          rank: row["rank"], highlightedTitle: row["marked"], matchedWords: matched, queryWords: total)
    }

    /// Body text around the best match, matched words marked.
    static func snippet(_ db: Database, id: Int64, match: String) throws -> String {
        let statement = try db.cachedStatement(sql: "SELECT snippet(kb_fts, 1, ?, ?, '…', 16) FROM kb_fts WHERE kb_fts MATCH ? AND rowid = ?")
        return try String.fetchOne(statement, arguments: [ArticleHit.matchStart, ArticleHit.matchEnd, match, id]) ?? ""
    }
}
