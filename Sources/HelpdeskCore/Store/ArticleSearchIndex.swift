import GRDB

/// The article full-text index (`kb_fts`) after a bulk load. Triggers on `kb_articles` keep it in
/// step row by row; each flush of FTS5's in-memory terms writes one more segment (b-tree), and
/// every search word is looked up in each segment: the 28 demo articles leave 13, 50,000 leave
/// 16. Merged into one, a suggestion with 50,000 articles takes a third to a half less time.
enum ArticleSearchIndex {
    /// An import of at least this many articles ends with `optimize`; a smaller one (an edited
    /// file or two) does not pay for rewriting the whole index.
    static let bulkLoad = 100

    /// Rewrites the index as one segment: milliseconds for an ordinary knowledge base, a few
    /// seconds for 50,000 articles. Inside the loading transaction.
    static func optimize(_ db: Database) throws {
        try db.execute(sql: "INSERT INTO kb_fts(kb_fts) VALUES ('optimize')")
    }

    /// How many segments the index has (1 after `optimize`).
    static func segmentCount(_ db: Database) throws -> Int {
        try Int.fetchOne(db, sql: "SELECT count(DISTINCT segid) FROM kb_fts_idx") ?? 0
    }
}
