import HelpdeskCore

extension Update {
    // MARK: - Detail pane

    /// Scrolls the conversation; the renderer clamps past the end.
    static func detailNavigate(_ command: Command, _ state: inout AppState) -> [Effect] {
        let page = max(1, (state.layout.rect(for: .detail)?.height ?? 10) - 3)
        let scroll = state.detail.scroll
        switch command {
        case .moveDown: state.detail.scroll = scroll + 1
        case .moveUp: state.detail.scroll = max(0, scroll - 1)
        case .pageDown: state.detail.scroll = scroll + page
        case .pageUp: state.detail.scroll = max(0, scroll - page)
        case .halfPageDown: state.detail.scroll = scroll + page / 2
        case .halfPageUp: state.detail.scroll = max(0, scroll - page / 2)
        case .top: state.detail.scroll = 0
        case .bottom: state.detail.scroll = Int.max / 2
        case .back:
            state.zoomed = false
            state.focus = .queue
        default: break
        }
        return []
    }

    // MARK: - Knowledge-base pane

    static func kbNavigate(_ command: Command, _ state: inout AppState) -> [Effect] {
        if state.kb.mode == .reader {
            let page = max(1, (state.layout.rect(for: .kb)?.height ?? 10) - 3)
            switch command {
            case .moveDown: state.kb.scroll += 1
            case .moveUp: state.kb.scroll = max(0, state.kb.scroll - 1)
            case .pageDown, .halfPageDown: state.kb.scroll += command == .pageDown ? page : page / 2
            case .pageUp, .halfPageUp: state.kb.scroll = max(0, state.kb.scroll - (command == .pageUp ? page : page / 2))
            case .top: state.kb.scroll = 0
            case .bottom: state.kb.scroll = Int.max / 2
            case .back:
                state.kb.mode = state.kb.results.isEmpty ? .suggestions : .search
                state.kb.article = nil
                state.zoomed = false
            default: break
            }
            return []
        }
        let count = state.kb.list.count
        switch command {
        case .moveDown: state.kb.selected = min(max(0, count - 1), state.kb.selected + 1)
        case .moveUp: state.kb.selected = max(0, state.kb.selected - 1)
        case .top: state.kb.selected = 0
        case .bottom: state.kb.selected = max(0, count - 1)
        case .open:
            guard state.kb.list.indices.contains(state.kb.selected) else { return [] }
            return [.loadArticle(id: state.kb.list[state.kb.selected].id)]
        case .back:
            if state.kb.mode == .search {
                state.kb.mode = .suggestions
                state.kb.search = TextInput()
                state.kb.results = []
                state.kb.selected = 0
            } else {
                state.zoomed = false
                state.focus = .queue
            }
        default: break
        }
        return []
    }
}
