import GRDB
import HelpdeskCore

/// The SQLite baseline for knowledge-base figures: one FTS5 MATCH of the quoted words, ranked by
/// BM25 with the same column weights — the core of what the program's search does, without its
/// stemming, word counting and highlighting. The ratio shows what those cost.
enum RawArticleSearch {
    static func query(_ text: String, limit: Int) -> (sql: String, arguments: [DatabaseValue])? {
        let words = text.split(whereSeparator: { $0.isWhitespace }).compactMap { FullTextQuery.quote(String($0), isPhrase: false) }
        guard !words.isEmpty else { return nil }
        let sql = """
            SELECT a.id, a.title, a.tags, snippet(kb_fts, 1, '[', ']', '…', 16) AS snippet, bm25(kb_fts, 10.0, 1.0, 4.0) AS rank
            FROM kb_fts JOIN kb_articles a ON a.id = kb_fts.rowid
            WHERE kb_fts MATCH ? ORDER BY rank LIMIT ?
            """
        return (sql, [FullTextQuery.any(words).databaseValue, limit.databaseValue])
    }
}
