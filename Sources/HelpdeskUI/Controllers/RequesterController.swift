import HelpdeskCore

/// `R`: the current ticket's requester and their tickets. It acts on exactly the ticket the
/// detail pane shows (``CurrentTicket``), never on a queue neighbour; Enter opens a ticket of
/// the list (it becomes the current ticket), Esc goes back. Tickets load a page at a time.
enum RequesterController {
    /// Opens the overlay for the current ticket's requester.
    static func start(_ state: inout AppState) -> [Effect] {
        // With no ticket open yet, the queue row under the cursor becomes the current ticket (as for every ticket key).
        if state.currentTicketId == nil, let row = state.queue.selectedRow {
            let effects = CurrentTicket.select(row.id, &state)
            return effects + start(&state)
        }
        guard let id = state.currentTicketId else {
            state.message = .init(text: "no ticket selected", isError: true)
            return []
        }
        state.mode = .requester(RequesterState(ticketId: id))
        return [.loadRequester(ticketId: id, limit: RequesterState.pageSize)]
    }

    static func handle(_ event: KeyEvent, _ state: inout AppState) -> [Effect] {
        guard case .requester(var shown) = state.mode else { return [] }
        let visible = RequesterState.rowsVisible(in: state.size)
        let last = max(0, shown.rows.count - 1)
        switch state.keymap.command(for: event, in: .requester) {
        case .moveDown: shown.selected = min(shown.selected + 1, last)
        case .moveUp: shown.selected = max(0, shown.selected - 1)
        case .pageDown: shown.selected = min(shown.selected + visible, last)
        case .pageUp: shown.selected = max(0, shown.selected - visible)
        case .top: shown.selected = 0
        case .bottom: shown.selected = last
        case .open:
            guard let row = shown.selectedRow else { return [] }
            state.mode = .normal
            return [.openTicket(row.id)]
        case .back:
            state.mode = .normal
            return []
        case .eraseRequester:
            if state.readOnly {
                state.message = .init(text: "read-only: erasing changes tickets (this session was started with --read-only)", isError: true)
                return []
            }
            return ErasureController.start(shown, &state)
        default:
            return []
        }
        return scrolled(&shown, visible: visible, &state)
    }

    /// Keeps the cursor on screen, stores the state, and asks for the next page when the cursor
    /// is within a screen of the last loaded row.
    static func scrolled(_ shown: inout RequesterState, visible: Int, _ state: inout AppState) -> [Effect] {
        if shown.selected < shown.top { shown.top = shown.selected }
        if shown.selected >= shown.top + visible { shown.top = shown.selected - visible + 1 }
        var effects: [Effect] = []
        if let requester = shown.requester, let last = shown.rows.last, !shown.reachesEnd, !shown.loadingMore,
           shown.rows.count < RequesterState.rowLimit, shown.selected >= shown.rows.count - visible {
            shown.loadingMore = true
            effects.append(.loadRequesterTickets(requesterId: requester.id, after: last.cursor(for: .recentlyUpdated),
                                                 limit: min(RequesterState.pageSize, RequesterState.rowLimit - shown.rows.count)))
        }
        state.mode = .requester(shown)
        return effects
    }

    /// The requester and their first tickets (again, after a change elsewhere: the cursor stays on its ticket).
    static func loaded(ticketId: Int64, _ requester: RequesterSummary, _ rows: [TicketRow], requested: Int, _ state: inout AppState) -> [Effect] {
        guard case .requester(var shown) = state.mode, shown.ticketId == ticketId else { return [] }
        let selectedId = shown.selectedRow?.id
        shown.requester = requester
        shown.rows = rows
        shown.reachesEnd = rows.count < requested
        shown.loadingMore = false
        shown.selected = selectedId.flatMap { id in rows.firstIndex { $0.id == id } } ?? min(shown.selected, max(0, rows.count - 1))
        return scrolled(&shown, visible: RequesterState.rowsVisible(in: state.size), &state)
    }

    /// The next page of the requester's tickets, below the ones loaded.
    static func appended(requesterId: Int64, _ rows: [TicketRow], requested: Int, _ state: inout AppState) -> [Effect] {
        guard case .requester(var shown) = state.mode, shown.requester?.id == requesterId else { return [] }
        let known = Set(shown.rows.map(\.id))
        shown.rows += rows.filter { !known.contains($0.id) }
        shown.reachesEnd = rows.count < requested
        shown.loadingMore = false
        return scrolled(&shown, visible: RequesterState.rowsVisible(in: state.size), &state)
    }
}
