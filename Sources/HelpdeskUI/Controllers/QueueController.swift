import HelpdeskCore

/// The queue pane: moving the cursor (the ticket under it becomes current), opening, marking.
enum QueueController {
    /// The commands the queue owns; nil leaves the command to the global ones.
    static func handle(_ command: Command, _ state: inout AppState) -> [Effect]? {
        let visible = state.queueRowsVisible
        let selected = state.queue.selected
        // When the current ticket left the view, the cursor waits where it was: the next key
        // moves onto the row that took its place (down) or the one above (up).
        let waiting = CurrentTicket.isOutsideView(state)
        switch command {
        case .moveDown: return Update.moveQueue(to: waiting ? selected : selected + 1, &state)
        case .moveUp: return Update.moveQueue(to: selected - 1, &state)
        case .pageDown: return Update.moveQueue(to: selected + visible, &state, scroll: visible)
        case .pageUp: return Update.moveQueue(to: selected - visible, &state, scroll: -visible)
        case .halfPageDown: return Update.moveQueue(to: selected + visible / 2, &state, scroll: visible / 2)
        case .halfPageUp: return Update.moveQueue(to: selected - visible / 2, &state, scroll: -(visible / 2))
        case .top:
            if state.queue.reachesStart { return Update.moveQueue(to: 0, &state) }
            return [.loadQueue(state.queue.filter, .start, limit: Update.pageSize(state), .replace(keepSelection: nil))]
        case .bottom:
            if state.queue.reachesEnd { return Update.moveQueue(to: state.queue.rows.count - 1, &state) }
            return [.loadQueue(state.queue.filter, .end, limit: Update.pageSize(state), .end)]
        case .open:
            guard let row = state.queue.selectedRow else { return [] }
            state.focus = .detail
            return CurrentTicket.select(row.id, &state)
        case .back:
            if !state.filterText.isEmpty {
                state.filterText = ""
                return Update.reloadQueue(&state, keepSelection: state.detail.ticketId)
            }
            state.zoomed = false
            return []
        case .mark:
            guard let row = state.queue.selectedRow else { return [] }
            if state.queue.marked.contains(row.id) { state.queue.marked.remove(row.id) } else { state.queue.marked.insert(row.id) }
            return Update.moveQueue(to: selected + 1, &state)
        case .markAll:
            if !state.queue.marked.isEmpty {
                state.queue.marked = []
                state.message = .init(text: "Marks cleared", isError: false)
                return []
            }
            return [.markAll(state.queue.filter)]
        default:
            return nil
        }
    }
}
