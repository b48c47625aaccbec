import GRDB

/// A compiled query: a WHERE clause over `tickets t` with its arguments, and the ordering.
/// Made by ``QueryCompiler``; run by ``HelpdeskStore/tickets(matching:from:limit:)``.
public struct TicketFilter: Sendable, Equatable {
    public var whereSQL: String
    public var arguments: [DatabaseValue]
    public var sort: TicketSort
    /// True when free text is searched (the full-text index is involved).
    public var searchesText: Bool

    public init(whereSQL: String = "1", arguments: [DatabaseValue] = [], sort: TicketSort = .recentlyUpdated, searchesText: Bool = false) {
        self.whereSQL = whereSQL
        self.arguments = arguments
        self.sort = sort
        self.searchesText = searchesText
    }

    /// Every ticket, most recently updated first.
    public static let all = TicketFilter()
}
