import HelpdeskCore

/// The one current ticket: the ticket the detail pane shows, which every ticket action targets,
/// from any pane. It changes only when the agent moves the queue cursor, opens a ticket or undoes
/// a change — never because a change (theirs or someone else's) moved it out of the view.
public struct CurrentTicket: Equatable, Sendable {
    public var id: Int64
    /// The version the agent sees: a change based on it is refused if someone changed the ticket since.
    public var version: Int64
    public var tier: Int
    public var subject: String

    /// "#1042 VPN-Verbindung …", as every prompt names it.
    public var label: String { TicketLabel.text(id: id, subject: subject) }

    /// The current ticket as shown: from the detail pane once loaded, else from its queue row.
    /// Nil when there is none (an empty queue), or it is still loading from outside the view.
    public static func of(_ state: AppState) -> CurrentTicket? {
        guard let id = state.detail.ticketId else { return nil }
        if let ticket = state.detail.shown?.ticket {
            return CurrentTicket(id: id, version: ticket.version, tier: ticket.tier, subject: ticket.subject)
        }
        guard let row = state.queue.rows.first(where: { $0.id == id }) else { return nil }
        return CurrentTicket(id: id, version: row.version, tier: row.tier, subject: row.subject)
    }

    /// Makes `id` the current ticket and asks for what the panes show of it (nothing when it
    /// already is current, unless `reload`).
    static func select(_ id: Int64?, _ state: inout AppState, reload: Bool = false) -> [Effect] {
        guard let id else { return [] }
        guard id != state.detail.ticketId || reload else { return [] }
        if id != state.detail.ticketId {
            state.detail = DetailState(ticketId: id)
            state.kb.suggestions = []
        }
        return [.loadDetail(ticketId: id), .suggestArticles(ticketId: id)]
    }

    /// True when the current ticket is not among the queue's loaded rows: the queue says so
    /// instead of silently pointing at a neighbour.
    static func isOutsideView(_ state: AppState) -> Bool {
        guard let id = state.detail.ticketId else { return false }
        return state.queue.loaded && state.queue.index(of: id) == nil
    }

    /// What an action acts on: the marked tickets when there are any (the one explicit
    /// exception, named in every prompt), else the current ticket at the version shown.
    static func target(_ state: AppState) -> (target: TriageRequest.Target, label: String, current: CurrentTicket?)? {
        if !state.queue.marked.isEmpty {
            let count = state.queue.marked.count
            return (.marked(state.queue.marked.sorted()), "\(count) marked ticket\(count == 1 ? "" : "s")", of(state))
        }
        guard let current = of(state) else { return nil }
        return (.ticket(current.id, version: current.version), current.label, current)
    }
}

extension DetailState {
    /// The detail of a newly current ticket: empty until it loads, scrolled to the top.
    init(ticketId: Int64) {
        self.init()
        self.ticketId = ticketId
    }
}
