import HelpdeskCore

/// Clicks and the wheel: a click focuses the pane under it (and on a queue row, moves the
/// cursor there, so that ticket becomes current); the wheel scrolls the pane under the pointer.
/// Only with no mode active: a picker or prompt keeps the keyboard's attention.
enum MouseController {
    static func handle(_ event: MouseEvent, _ state: inout AppState) -> [Effect] {
        guard state.mode == .normal else { return [] }
        let layout = state.layout
        guard let pane = layout.visiblePanes.first(where: { layout.rect(for: $0)?.contains(x: event.x, y: event.y) == true }),
              let rect = layout.rect(for: pane) else { return [] }
        switch event.kind {
        case .press:
            state.focus = pane
            // Queue rows start below the border and the column header.
            let row = state.queue.top + event.y - rect.y - 2
            if pane == .queue, event.y >= rect.y + 2, state.queue.rows.indices.contains(row) {
                return Update.moveQueue(to: row, &state)
            }
            return []
        case .wheelUp, .wheelDown:
            let command: Command = event.kind == .wheelUp ? .moveUp : .moveDown
            let focus = state.focus
            state.focus = pane
            // Three lines a notch in text; one row in the queue.
            let steps = pane == .queue ? 1 : 3
            var effects: [Effect] = []
            for _ in 0..<steps { effects += PaneKeys.perform(command, &state) }
            state.focus = focus
            return effects
        }
    }
}
