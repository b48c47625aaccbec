import HelpdeskCore

/// `R`: the requester of the ticket it was pressed on, and their tickets, most recently updated
/// first — read a page at a time as the cursor nears the end, never more than `rowLimit`.
public struct RequesterState: Equatable, Sendable {
    /// The ticket `R` acted on: the current ticket when it was pressed.
    public var ticketId: Int64
    /// Nil while it loads.
    public var requester: RequesterSummary?
    public var rows: [TicketRow] = []
    public var selected = 0
    /// The first row on screen.
    public var top = 0
    /// True when `rows` ends at the requester's oldest ticket.
    public var reachesEnd = false
    public var loadingMore = false

    /// Tickets read per page.
    public static let pageSize = 50
    /// The most tickets kept: a requester with more is shown the newest ones (the CLI lists any).
    public static let rowLimit = RequesterDirectory.pageLimit

    public init(ticketId: Int64) { self.ticketId = ticketId }

    public var selectedRow: TicketRow? { rows.indices.contains(selected) ? rows[selected] : nil }

    /// How many ticket rows the overlay shows on a screen of this size (the requester's two
    /// lines, a blank line and the column header take four, the border two, the title and
    /// bottom lines two more).
    public static func rowsVisible(in size: Size) -> Int { max(1, size.height - 2 - 2 - 4) }
}
