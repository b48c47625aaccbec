import Foundation

/// A knowledge-base search result: the article, its title and a snippet with the matched words
/// marked, and its rank.
public struct ArticleHit: Sendable, Equatable, Codable {
    public var id: Int64
    public var title: String
    public var tags: String
    /// Body text around the best match; matched words are wrapped in ``matchStart`` and ``matchEnd``.
    public var snippet: String
    /// BM25 score (lower is better, as SQLite reports it). When more articles match than can be
    /// ranked exactly (see `HelpdeskStore.rankedSearch`), an estimate on the same scale from how
    /// rare the matched words are.
    public var rank: Double
    /// The title with matched words wrapped in ``matchStart`` and ``matchEnd``.
    public var highlightedTitle: String
    /// How many of the question's words the article matches (0 in advanced mode), of `queryWords`:
    /// hits are ordered by this first, so the article that answers the whole question comes first.
    public var matchedWords: Int
    public var queryWords: Int

    public init(id: Int64, title: String, tags: String, snippet: String, rank: Double,
                highlightedTitle: String? = nil, matchedWords: Int = 0, queryWords: Int = 0) {
        self.id = id
        self.title = title
        self.tags = tags
        self.snippet = snippet
        self.rank = rank
        self.highlightedTitle = highlightedTitle ?? title
        self.matchedWords = matchedWords
        self.queryWords = queryWords
    }

    /// Private-use characters mark matched words, so that no article text can fake a highlight.
    public static let matchStart = String(matchStartScalar)
    public static let matchEnd = String(matchEndScalar)

    /// The snippet without match markers.
    public var plainSnippet: String { Self.unmarked(snippet) }

    /// Text without match markers.
    public static func unmarked(_ text: String) -> String {
        var scalars = text.unicodeScalars
        scalars.removeAll { $0 == matchStartScalar || $0 == matchEndScalar }
        return String(scalars)
    }

    /// The markers as scalars, for finding them: a marker followed by a combining mark or a skin
    /// tone forms one Character with it, which a search by Character or string misses.
    public static let matchStartScalar: Unicode.Scalar = "\u{E000}"
    public static let matchEndScalar: Unicode.Scalar = "\u{E001}"
}
