import Foundation
import GRDB

/// Knowledge-base search and suggestions. Pure reads returning values, so the TUI can call them
/// on every key press: a few indexed FTS5 scans, milliseconds even with 50,000 articles.
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

    /// Articles are ordered by how many of the question's words (groups) they match, then how many
    /// of those are in the title, then how many match in the question's own words rather than a
    /// translation, then BM25 (title 10, tags 4, body 1).
    ///
    /// On a large knowledge base a common word matches thousands of articles, and both ranking
    /// them all by BM25 and looking words up per article cost far too much (FTS5 recomputes the
    /// BM25 word statistics and re-seeks every term for each `rowid = ?` lookup). So each word is
    /// looked up once: one FTS5 scan per group (and one for its own word when it has
    /// translations), at most `matchCap` rowids each, counted per article in memory. The best
    /// `candidatePool` by those counts are then checked for title matches in their titles (a
    /// column-filtered scan reads the whole doclist when few titles match). When few articles
    /// match (up to `exactRankingLimit`: any ordinary knowledge base) every one is a candidate,
    /// one more query gives each its BM25, and the order is exact. Beyond that, BM25 is replaced
    /// by an estimate from the words' rarity in the match counts (`ArticleHit.rank`): among
    /// equally good articles, the one matching rarer words comes first; and a word matching more
    /// than `matchCap` articles counts only for the first `matchCap` rowids. Highlights and
    /// snippets are made only for the hits returned, in Swift from their text (`MatchMarks`):
    /// FTS5's `highlight()` and `snippet()` would re-read every word's doclist once more.
    func rankedSearch(_ terms: ArticleSearchTerms, limit: Int) throws -> [ArticleHit] {
        let groups = terms.groups.compactMap { group -> (terms: [String], any: String, own: String?)? in
            let quoted = group.compactMap(ArticleSearchTerms.quote)
            guard let first = quoted.first else { return nil }
            return (group, quoted.count == 1 ? first : "(" + FullTextQuery.any(quoted) + ")", quoted.count > 1 ? first : nil)
        }
        guard !groups.isEmpty else { return [] }
        return try read { db in
            let maxId = try Int64.fetchOne(db.cachedStatement(sql: "SELECT max(id) FROM kb_articles")) ?? 0
            var table = MatchTable(maxId: maxId)
            let scan = try db.cachedStatement(sql: "SELECT rowid FROM kb_fts WHERE kb_fts MATCH ? LIMIT ?")
            /// Marks every article the expression matches (up to `matchCap`); returns how many.
            func mark(_ expression: String, _ bits: UInt64) throws -> Int {
                let cursor = try Int64.fetchCursor(scan, arguments: [expression, Self.matchCap])
                var count = 0
                while let id = try cursor.next() {
                    table.mark(id, bits)
                    count += 1
                }
                return count
            }
            var documentCounts: [Int] = []
            var ownAlways: UInt64 = 0
            for (index, group) in groups.enumerated() {
                let bit = UInt64(1) << UInt64(index)
                let count = try mark(group.any, bit)
                documentCounts.append(count)
                guard count > 0 else { continue }
                // A word without translations matches in its own words whenever it matches.
                if let own = group.own { _ = try mark(own, bit << 32) } else { ownAlways |= bit << 32 }
            }
            guard !table.ids.isEmpty else { return [] }
            // Only the words that match somewhere, for BM25 and the highlights.
            let any = groups.indices.filter { documentCounts[$0] > 0 }.map { groups[$0].any }.joined(separator: " OR ")
            let exact = table.ids.count <= Self.exactRankingLimit
            var bm25: [Int64: Double] = [:]
            if exact {
                // Few matches, so short doclists: BM25 for all of them in one query.
                let ranks = try db.cachedStatement(sql: "SELECT rowid, bm25(kb_fts, 10.0, 1.0, 4.0) FROM kb_fts WHERE kb_fts MATCH ?")
                for row in try Row.fetchAll(ranks, arguments: [any]) { bm25[row[0]] = row[1] }
            }
            // Inverse document frequency per group, from the match counts (capped: an upper bound).
            let total = Double(max(table.ids.count, Int(maxId), 1))
            let idf = documentCounts.map { n in max(1e-6, log((total - Double(n) + 0.5) / (Double(n) + 0.5))) }
            func estimate(_ anyBits: UInt64, _ titleBits: UInt64) -> Double {
                var rank = 0.0
                for index in idf.indices where anyBits & (1 << UInt64(index)) != 0 {
                    rank -= idf[index] * (titleBits & (1 << UInt64(index)) != 0 ? 10 : 1)
                }
                return rank
            }
            // The pool, by the counts without titles (all candidates when the order is exact).
            let poolSize = exact ? table.ids.count : max(limit, Self.candidatePool)
            var pool: [Candidate] = []
            pool.reserveCapacity(poolSize + 1)
            for id in table.ids {
                let bits = table[id] | ownAlways
                let anyBits = bits & 0xFFFF, ownBits = (bits >> 32) & anyBits
                // Only past a capped scan can an article show up in its own-word scan alone.
                guard anyBits != 0 else { continue }
                let candidate = Candidate(id: id, bits: anyBits, matched: anyBits.nonzeroBitCount, title: 0, own: ownBits.nonzeroBitCount,
                                          rank: exact ? bm25[id] ?? 0 : estimate(anyBits, 0))
                if pool.count == poolSize, let last = pool.last, !candidate.precedes(last) { continue }
                // The pool stays sorted: a binary search for the place (thousands of matches
                // each scanning the pool from the front cost more than their SQL).
                var low = 0, high = pool.count
                while low < high {
                    let middle = (low + high) / 2
                    if candidate.precedes(pool[middle]) { high = middle } else { low = middle + 1 }
                }
                pool.insert(candidate, at: low)
                if pool.count > poolSize { pool.removeLast() }
            }
            let texts = try Self.titlesAndTags(db, ids: pool.map(\.id))
            let titles = TitleMatch(groups: groups.map(\.terms))
            for index in pool.indices {
                let titleBits = titles.groupsMatched(in: texts[pool[index].id]?.title ?? "") & pool[index].bits
                pool[index].title = titleBits.nonzeroBitCount
                if !exact { pool[index].rank = estimate(pool[index].bits, titleBits) }
            }
            pool.sort { $0.precedes($1) }
            let page = pool.prefix(limit)
            // Highlights need only the words the page matches, and are made in Swift (`MatchMarks`).
            let pageBits = page.reduce(UInt64(0)) { $0 | $1.bits }
            let marks = MatchMarks(terms: groups.indices.filter { pageBits & (1 << UInt64($0)) != 0 }.flatMap { groups[$0].terms })
            let bodies = try Self.bodies(db, ids: page.map(\.id))
            return page.compactMap { candidate in
                guard let text = texts[candidate.id] else { return nil }
                return ArticleHit(id: candidate.id, title: text.title, tags: text.tags, snippet: marks.snippet(bodies[candidate.id] ?? ""),
                                  rank: candidate.rank, highlightedTitle: marks.highlighted(text.title), matchedWords: candidate.matched,
                                  queryWords: groups.count)
            }
        }
    }

    /// How many candidates are checked for title matches at most, beyond an exact ranking.
    static let candidatePool = 50
    /// How many rowids one group's scan reads at most (see `rankedSearch`).
    static let matchCap = 500
    /// Up to this many matching articles, every candidate gets its exact BM25.
    static let exactRankingLimit = 300
    /// Rowids closer than this share one highlight-and-snippet scan.
    static let clusterGap: Int64 = 1_024

    /// One article's place in the ranking (see `rankedSearch`).
    struct Candidate {
        var id: Int64, bits: UInt64, matched: Int, title: Int, own: Int, rank: Double

        func precedes(_ other: Candidate) -> Bool {
            if matched != other.matched { return matched > other.matched }
            if title != other.title { return title > other.title }
            if own != other.own { return own > other.own }
            return rank != other.rank ? rank < other.rank : id < other.id
        }
    }

    /// Per article, which groups it matches: bits 0–15 in any column, 32–47 in the own word. A flat array by rowid when the ids are dense enough, else a dictionary.
    struct MatchTable {
        private var dense: [UInt64]
        private var sparse: [Int64: UInt64] = [:]
        private(set) var ids: [Int64] = []

        init(maxId: Int64) {
            dense = maxId >= 0 && maxId <= 4_000_000 ? [UInt64](repeating: 0, count: Int(maxId) + 1) : []
        }

        mutating func mark(_ id: Int64, _ bits: UInt64) {
            if id >= 0 && id < dense.count {
                if dense[Int(id)] == 0 { ids.append(id) }
                dense[Int(id)] |= bits
            } else {
                if sparse[id] == nil { ids.append(id) }
                sparse[id, default: 0] |= bits
            }
        }

        subscript(id: Int64) -> UInt64 {
            id >= 0 && id < dense.count ? dense[Int(id)] : sparse[id] ?? 0
        }
    }

    /// Titles and tags of the given articles.
    static func titlesAndTags(_ db: Database, ids: [Int64]) throws -> [Int64: (title: String, tags: String)] {
        try articleRows(db, ids: ids, columns: "title, tags").mapValues { ($0[1], $0[2]) }
    }

    /// Bodies of the given articles.
    static func bodies(_ db: Database, ids: [Int64]) throws -> [Int64: String] {
        try articleRows(db, ids: ids, columns: "body").mapValues { $0[1] }
    }

    /// The id and the given columns of the given articles, by id.
    private static func articleRows(_ db: Database, ids: [Int64], columns: String) throws -> [Int64: Row] {
        guard !ids.isEmpty else { return [:] }
        let rows = try Row.fetchAll(db, sql: "SELECT id, \(columns) FROM kb_articles WHERE id IN (\(ids.map(String.init).joined(separator: ",")))")
        return Dictionary(rows.map { ($0[0], $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// For advanced mode (FTS5 syntax, which `MatchMarks` does not follow): the highlighted title
    /// and the snippet of the given articles. FTS5 re-reads every term for each `rowid = ?`
    /// lookup, so nearby rowids share one scan of a rowid range, filtered to the wanted ones
    /// before the highlight and snippet are made.
    static func markedTexts(_ db: Database, ids: [Int64], match: String) throws -> [Int64: (highlightedTitle: String, snippet: String)] {
        guard !ids.isEmpty else { return [:] }
        var clusters: [ClosedRange<Int64>] = []
        for id in ids.sorted() {
            if let last = clusters.last, id - last.upperBound <= clusterGap {
                clusters[clusters.count - 1] = last.lowerBound...id
            } else {
                clusters.append(id...id)
            }
        }
        // `+rowid` keeps the IN list out of FTS5's plan, which would make it one lookup per id.
        let statement = try db.makeStatement(sql: """
            SELECT rowid, highlight(kb_fts, 0, ?1, ?2), snippet(kb_fts, 1, ?1, ?2, '…', 16)
            FROM kb_fts WHERE kb_fts MATCH ?3 AND rowid BETWEEN ?4 AND ?5 AND +rowid IN (\(ids.map(String.init).joined(separator: ",")))
            """)
        var result: [Int64: (highlightedTitle: String, snippet: String)] = [:]
        for cluster in clusters {
            for row in try Row.fetchAll(statement, arguments: [ArticleHit.matchStart, ArticleHit.matchEnd, match, cluster.lowerBound, cluster.upperBound]) {
                result[row[0]] = (row[1], row[2])
            }
        }
        return result
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
                let ids: [Int64] = ranked.map { $0["id"] }
                let texts = try Self.titlesAndTags(db, ids: ids)
                let marked = try Self.markedTexts(db, ids: ids, match: text)
                return ranked.compactMap { row in
                    guard let text = texts[row["id"]] else { return nil }
                    let mark = marked[row["id"]]
                    return ArticleHit(id: row["id"], title: text.title, tags: text.tags, snippet: mark?.snippet ?? "", rank: row["rank"],
                                      highlightedTitle: mark?.highlightedTitle ?? text.title)
                }
            } catch let error as DatabaseError {
                let reason = (error.message ?? "\(error.resultCode)").split(whereSeparator: \.isNewline).joined(separator: " ")
                throw HelpdeskError.invalidInput("invalid advanced search '\(text.prefix(80))': \(reason)")
            }
        }
    }
}
