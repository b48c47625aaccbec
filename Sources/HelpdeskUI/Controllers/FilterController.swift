import HelpdeskCore

/// The filter line (`/`): every keystroke re-runs the filter; a malformed one is shown inline
/// and the queue keeps its last good rows. Enter keeps the filter — or, for a bare ticket
/// number, opens that ticket; Esc restores the filter from before.
enum FilterController {
    static func handle(_ event: KeyEvent, _ state: inout AppState) -> [Effect] {
        guard case .filtering(var input, let original) = state.mode else { return [] }
        switch state.keymap.command(for: event, in: .filter) {
        case .cancel:
            state.mode = .normal
            return restore(original, &state)
        case .accept:
            if let id = ticketNumber(input.text) {
                state.mode = .normal
                return restore(original, &state) + [.openTicket(id)]
            }
            guard state.filterError == nil else { return [] }
            state.mode = .normal
            return []
        default:
            guard input.handle(event) else { return [] }
            state.mode = .filtering(input, original: original)
            state.filterText = input.text
            return Update.reloadQueue(&state, keepSelection: nil)
        }
    }

    /// "1042" or "#1042": a jump to that ticket rather than a search for the number.
    static func ticketNumber(_ text: String) -> Int64? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard let id = Int64(trimmed.hasPrefix("#") ? String(trimmed.dropFirst()) : trimmed), id > 0 else { return nil }
        return id
    }

    static func restore(_ original: String, _ state: inout AppState) -> [Effect] {
        let changed = state.filterText != original || state.filterError != nil
        state.filterText = original
        state.filterError = nil
        return changed ? Update.reloadQueue(&state, keepSelection: state.detail.ticketId) : []
    }
}
