import HelpdeskCore

/// The current ticket — the one the detail pane shows, the target of every ticket action — and
/// how far it is scrolled. `ticketId` changes only when the agent moves to or opens another
/// ticket, never because a change moved it out of the view.
public struct DetailState: Equatable, Sendable {
    public var ticketId: Int64?
    /// The current ticket as last read (nil while it loads).
    public var detail: TicketDetail?
    public var scroll = 0
    public var error: String?
    /// Knowledge-base articles linked to (or sent on) this ticket.
    public var links: [ArticleLink] = []
    /// Others on the host viewing or answering this ticket right now.
    public var presence: [Presence.Entry] = []
    /// When presence was last announced and read (every couple of seconds while a ticket shows).
    public var presenceCheckedAt: Int64 = 0
    /// Requesters' messages in full, quoted history and signatures included (`Q`); folded otherwise.
    public var showsQuoted = false
}

extension DetailState {
    /// The loaded detail, when it is the current ticket's.
    public var shown: TicketDetail? { detail?.ticket.id == ticketId ? detail : nil }
}
