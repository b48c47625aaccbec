import HelpdeskCore

/// The ticket shown in the detail pane and how far it is scrolled.
public struct DetailState: Equatable, Sendable {
    public var detail: TicketDetail?
    public var scroll = 0
    public var error: String?
    /// Knowledge-base articles linked to (or sent on) this ticket.
    public var links: [ArticleLink] = []
    /// Others on the host viewing or answering this ticket right now.
    public var presence: [Presence.Entry] = []
    /// When presence was last announced and read (every couple of seconds while a ticket shows).
    public var presenceCheckedAt: Int64 = 0
}
