import Foundation

/// A knowledge-base search result: the article, a snippet around the match, and its rank.
public struct ArticleHit: Sendable, Equatable, Codable {
    public var id: Int64
    public var title: String
    public var tags: String
    /// Body text around the best match; matched words are wrapped in ``matchStart`` and ``matchEnd``.
    public var snippet: String
    /// BM25 score (lower is better, as SQLite reports it).
    public var rank: Double

    /// Private-use characters mark matched words, so that no article text can fake a highlight.
    public static let matchStart = "\u{E000}"
    public static let matchEnd = "\u{E001}"

    /// The snippet without match markers.
    public var plainSnippet: String {
        snippet.replacingOccurrences(of: Self.matchStart, with: "").replacingOccurrences(of: Self.matchEnd, with: "")
    }
}
