import GRDB

/// A compiled query: a WHERE clause over `tickets t` with its arguments, and the ordering.
/// Made by ``QueryCompiler``; run by ``HelpdeskStore/tickets(matching:from:limit:)``.
public struct TicketFilter: Sendable, Equatable {
    public var whereSQL: String
    public var arguments: [DatabaseValue]
    public var sort: TicketSort
    /// True when free text is searched (the full-text index is involved).
    public var searchesText: Bool
    /// The full-text expression the tickets must match, when free words are searched.
    public var textMatch: String?
    /// `whereSQL` with the full-text condition as a test of each ticket (`+t.id IN …`), so the
    /// queue's own index drives the query: the better plan when the words match many tickets
    /// (chosen by ``HelpdeskStore/plan(_:in:)``). Same arguments, same rows.
    public var whereSQLTestingMatches: String?
    /// True when field terms narrow the tickets too (not only words).
    public var narrowsByFields: Bool

    public init(whereSQL: String = "1", arguments: [DatabaseValue] = [], sort: TicketSort = .recentlyUpdated, searchesText: Bool = false,
                textMatch: String? = nil, whereSQLTestingMatches: String? = nil, narrowsByFields: Bool = false) {
        self.whereSQL = whereSQL
        self.arguments = arguments
        self.sort = sort
        self.searchesText = searchesText
        self.textMatch = textMatch
        self.whereSQLTestingMatches = whereSQLTestingMatches
        self.narrowsByFields = narrowsByFields
    }

    /// Every ticket, most recently updated first.
    public static let all = TicketFilter()
}
