import HelpdeskCore

/// The knowledge-base search box: typing searches as you type, ↑/↓ move in the results.
enum KBSearchController {
    static func handle(_ event: KeyEvent, _ state: inout AppState) -> [Effect] {
        let command = state.keymap.command(for: event, in: .kbSearch)
        switch command {
        case .cancel:
            state.mode = .normal
            clear(&state)
        case .accept:
            state.mode = .normal
        case .moveDown, .moveUp:
            return KBController.handle(command!, &state) ?? []
        default:
            guard state.kb.search.handle(event) else { return [] }
            return [.searchArticles(state.kb.search.text)]
        }
        return []
    }

    /// Back to the suggestions for the current ticket.
    static func clear(_ state: inout AppState) {
        state.kb.mode = .suggestions
        state.kb.search = TextInput()
        state.kb.results = []
        state.kb.selected = 0
    }
}
