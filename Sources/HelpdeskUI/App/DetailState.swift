import HelpdeskCore

/// The ticket shown in the detail pane and how far it is scrolled.
public struct DetailState: Equatable, Sendable {
    public var detail: TicketDetail?
    public var scroll = 0
    public var error: String?
}
