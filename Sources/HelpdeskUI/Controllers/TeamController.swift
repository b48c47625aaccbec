import HelpdeskCore

/// `:team`: move over the rows; Enter shows the row's open tickets in the queue; Esc closes.
enum TeamController {
    static func handle(_ event: KeyEvent, _ state: inout AppState) -> [Effect] {
        guard case .team(let load, let selected) = state.mode else { return [] }
        let rows = TeamRows.rows(load)
        let last = max(0, rows.count - 1)
        switch state.keymap.command(for: event, in: .team) {
        case .moveDown: state.mode = .team(load, selected: min(selected + 1, last))
        case .moveUp: state.mode = .team(load, selected: max(0, selected - 1))
        case .top: state.mode = .team(load, selected: 0)
        case .bottom: state.mode = .team(load, selected: last)
        case .open:
            guard rows.indices.contains(selected) else { return [] }
            state.mode = .normal
            state.focus = .queue
            // "All open" with the row's query as the filter: mark and reassign from there.
            state.viewIndex = state.views.firstIndex(of: BuiltinViews.allOpen) ?? state.viewIndex
            state.filterText = rows[selected].query
            state.message = .init(text: "\(rows[selected].label): space or * marks, a reassigns", isError: false)
            return Update.reloadQueue(&state, keepSelection: nil)
        case .back: state.mode = .normal
        default: break
        }
        return []
    }
}
