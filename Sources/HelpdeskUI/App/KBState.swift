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

    /// The list the pane shows now.
    public var list: [ArticleHit] { mode == .search ? results : suggestions }
}
