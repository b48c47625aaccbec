import HelpdeskCore

extension Update {
    /// Rows fetched per page: a few screens, so scrolling rarely waits for the database.
    static func pageSize(_ state: AppState) -> Int { max(50, state.queueRowsVisible * 3) }

    // MARK: - Loading

    /// Compiles the view + filter and reloads from the top. A malformed filter is shown, not run.
    static func reloadQueue(_ state: inout AppState, keepSelection: Int64?) -> [Effect] {
        let filter: TicketFilter
        do {
            // The filter alone first, so an error's column points into what the user typed.
            _ = try QueryParser.parse(state.filterText)
            filter = try QueryCompiler.compile(state.effectiveQuery, context: state.queryContext)
        } catch {
            state.filterError = error.description
            return []
        }
        state.filterError = nil
        state.queue.filter = filter
        state.queue.marked = []
        return [.loadQueue(filter, .start, limit: pageSize(state), .replace(keepSelection: keepSelection)), .countQueue(filter)]
    }

    /// Re-reads the rows on screen (after a change by someone else, or Ctrl-L), keeping the position.
    static func refresh(_ state: inout AppState) -> [Effect] {
        let queue = state.queue
        let limit = max(pageSize(state), queue.rows.count)
        var effects: [Effect] = [.countQueue(queue.filter)]
        if let first = queue.rows.first, !queue.reachesStart {
            effects.append(.loadQueue(queue.filter, .after(first.cursor(for: queue.filter.sort).justBefore(descending: queue.filter.sort.descending)),
                                      limit: limit, .refresh))
        } else {
            effects.append(.loadQueue(queue.filter, .start, limit: limit, .refresh))
        }
        if let id = state.detail.ticketId { effects.append(.loadDetail(ticketId: id)) }
        return effects
    }

    static func switchView(to index: Int, _ state: inout AppState) -> [Effect] {
        guard state.views.indices.contains(index) else {
            state.message = .init(text: "There is no view \(index + 1) (save one with :save NAME)", isError: true)
            return []
        }
        state.viewIndex = index
        state.filterText = ""
        state.focus = state.layout.kind == .tabs ? .queue : state.focus
        // A view starts at its top, and its first ticket becomes current.
        return reloadQueue(&state, keepSelection: nil)
    }

    static func queueLoaded(_ rows: [TicketRow], _ load: QueueLoad, requested: Int, _ state: inout AppState) -> [Effect] {
        let current = state.detail.ticketId
        let visible = state.queueRowsVisible
        var queue = state.queue
        queue.loaded = true
        // Whether the cursor follows the current ticket (refreshes), or the current ticket
        // follows the cursor (a new first or last page the agent asked for).
        var cursorMakesCurrent = false
        switch load {
        case .replace(let keep):
            queue.rows = rows
            queue.reachesStart = true
            queue.reachesEnd = rows.count < requested
            queue.selected = queue.index(of: keep) ?? 0
            queue.top = 0
            cursorMakesCurrent = true
        case .end:
            queue.rows = rows
            queue.reachesEnd = true
            queue.reachesStart = rows.count < requested
            queue.selected = max(0, rows.count - 1)
            queue.top = max(0, rows.count - visible)
            cursorMakesCurrent = true
        case .appendBelow:
            queue.rows += rows
            queue.reachesEnd = rows.count < requested
            // Trim above, but keep more than prefetch's margin above the selection: trimming into
            // the margin would ask for the rows above again, trim below, and loop forever.
            let excess = min(queue.rows.count - QueueState.windowLimit, queue.selected - Self.prefetchMargin(visible) - 1, queue.top)
            if excess > 0 {
                queue.rows.removeFirst(excess)
                queue.selected -= excess
                queue.top -= excess
                queue.reachesStart = false
            }
        case .prependAbove:
            queue.rows = rows + queue.rows
            queue.selected += rows.count
            queue.top += rows.count
            queue.reachesStart = rows.count < requested
            let keepBelow = max(queue.top + visible, queue.selected + Self.prefetchMargin(visible) + 1)
            let excess = min(queue.rows.count - QueueState.windowLimit, queue.rows.count - keepBelow)
            if excess > 0 {
                queue.rows.removeLast(excess)
                queue.reachesEnd = false
            }
        case .refresh, .refreshFromStart:
            let old = Dictionary(queue.rows.map { ($0.id, $0.version) }, uniquingKeysWith: { first, _ in first })
            queue.changed = Set(rows.filter { old[$0.id] != nil && old[$0.id] != $0.version || (old[$0.id] == nil && !old.isEmpty) }.map(\.id))
            if !queue.changed.isEmpty { queue.changedUntil = state.now + 2 }
            let offset = queue.selected - queue.top
            // At the top of the queue, new tickets should appear, not hide above the screen.
            let wasAtTop = (queue.top == 0 && queue.reachesStart) || load == .refreshFromStart
            if load == .refresh && rows.isEmpty && !queue.reachesStart {
                // Everything from the window down changed or left; tickets above may remain.
                state.queue = queue
                return [.loadQueue(queue.filter, .start, limit: requested, .refreshFromStart)]
            }
            let cursorRow = queue.selectedRow?.id
            queue.rows = rows
            queue.reachesStart = queue.reachesStart || load == .refreshFromStart
            queue.reachesEnd = rows.count < requested
            // The cursor stays on the current ticket; when it left the view, the cursor waits
            // where it was and the queue says the ticket is not in this view.
            queue.selected = queue.index(of: current) ?? queue.index(of: cursorRow) ?? min(queue.selected, max(0, rows.count - 1))
            queue.top = wasAtTop ? 0 : max(0, queue.selected - offset)
        }
        queue.selected = min(queue.selected, max(0, queue.rows.count - 1))
        keepSelectionVisible(&queue, visible: visible)
        state.queue = queue
        var effects = prefetch(&state)
        if cursorMakesCurrent, let row = state.queue.selectedRow { effects += CurrentTicket.select(row.id, &state) }
        if current == nil, let row = state.queue.selectedRow { effects += CurrentTicket.select(row.id, &state) }
        return effects
    }

    // MARK: - Moving

    /// Moves the selection (clamped to the loaded rows), scrolls it into view, and fetches the
    /// next page early, so the rows are there before the selection reaches them.
    static func moveQueue(to index: Int, _ state: inout AppState, scroll: Int = 0) -> [Effect] {
        guard !state.queue.rows.isEmpty else { return [] }
        state.queue.selected = min(max(0, index), state.queue.rows.count - 1)
        if scroll != 0 {
            state.queue.top = min(max(0, state.queue.top + scroll), max(0, state.queue.rows.count - 1))
        }
        keepSelectionVisible(&state.queue, visible: state.queueRowsVisible)
        // The ticket under the cursor is the current ticket: the detail pane follows.
        return prefetch(&state) + CurrentTicket.select(state.queue.selectedRow?.id, &state)
    }

    static func keepSelectionVisible(_ queue: inout QueueState, visible: Int) {
        if queue.selected < queue.top { queue.top = queue.selected }
        if queue.selected >= queue.top + visible { queue.top = queue.selected - visible + 1 }
        queue.top = max(0, min(queue.top, max(0, queue.rows.count - visible)))
    }

    /// Rows kept loaded on each side of the selection: two screens.
    static func prefetchMargin(_ visible: Int) -> Int { 2 * visible }

    /// Asks for the page below (or above) when fewer than two screens of rows remain loaded there.
    static func prefetch(_ state: inout AppState) -> [Effect] {
        let queue = state.queue
        let margin = prefetchMargin(state.queueRowsVisible)
        let sort = queue.filter.sort
        if !queue.reachesEnd, let last = queue.rows.last, queue.selected + margin >= queue.rows.count {
            return [.loadQueue(queue.filter, .after(last.cursor(for: sort)), limit: pageSize(state), .appendBelow)]
        }
        if !queue.reachesStart, let first = queue.rows.first, queue.selected - margin < 0 {
            return [.loadQueue(queue.filter, .before(first.cursor(for: sort)), limit: pageSize(state), .prependAbove)]
        }
        return []
    }
}

extension TicketCursor {
    /// A cursor just in front of this row, so that a page `.after` it starts with the row itself
    /// (the id is the last key and whole, so one step is enough).
    func justBefore(descending: Bool) -> TicketCursor {
        var values = self.values
        values[values.count - 1] += descending ? 1 : -1
        return TicketCursor(values: values)
    }
}
