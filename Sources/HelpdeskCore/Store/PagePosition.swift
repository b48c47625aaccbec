/// Where a page of a queue starts: the top, right after or before a row already shown, or the bottom.
public enum PagePosition: Equatable, Sendable {
    case start
    case after(TicketCursor)
    case before(TicketCursor)
    case end
}
