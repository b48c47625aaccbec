import HelpdeskCore

/// The knowledge-base pane: suggestions for the selected ticket, a search, or an article being read.
public struct KBState: Equatable, Sendable {
    public enum Mode: Equatable, Sendable { case suggestions, search, reader }

    public var mode: Mode = .suggestions
    public var suggestions: [ArticleHit] = []
    public var search = TextInput()
    public var results: [ArticleHit] = []
    public var selected = 0
    public var article: Article?
    public var scroll = 0
    /// An advanced (raw FTS5) search that did not parse, shown under the search box.
    public var searchError: String?
    /// Articles not updated for this long are marked stale (an admin setting).
    public var staleAfter: Int64 = 180 * 86_400

    /// The article the pane points at: the one being read, or the selected one in the list.
    public var currentArticleId: Int64? {
        if mode == .reader, let id = article?.id { return id }
        return list.indices.contains(selected) ? list[selected].id : nil
    }

    /// The list the pane shows now.
    public var list: [ArticleHit] { mode == .search ? results : suggestions }
}
