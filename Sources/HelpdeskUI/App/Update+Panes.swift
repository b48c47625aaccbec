import HelpdeskCore

extension Update {
    // MARK: - Detail pane

    /// Scrolls the conversation, never past its last screen.
    static func detailNavigate(_ command: Command, _ state: inout AppState) -> [Effect] {
        let page = max(1, (state.layout.rect(for: .detail)?.height ?? 10) - 3)
        if command == .back {
            state.zoomed = false
            state.focus = .queue
            return []
        }
        let limit = maxScroll(of: .detail, state)
        state.detail.scroll = scrolled(state.detail.scroll, by: command, page: page, limit: limit)
        return []
    }

    /// The new scroll position for a movement command, kept within 0...limit.
    static func scrolled(_ scroll: Int, by command: Command, page: Int, limit: Int) -> Int {
        let target: Int = switch command {
        case .moveDown: scroll + 1
        case .moveUp: scroll - 1
        case .pageDown: scroll + page
        case .pageUp: scroll - page
        case .halfPageDown: scroll + page / 2
        case .halfPageUp: scroll - page / 2
        case .top: 0
        case .bottom: limit
        default: scroll
        }
        return max(0, min(target, limit))
    }

    /// How far the detail pane or the article reader can scroll: its lines minus one screen.
    static func maxScroll(of pane: Pane, _ state: AppState) -> Int {
        guard let rect = state.layout.rect(for: pane) else { return 0 }
        let inner = rect.inset(by: 1).inset(left: 1)
        let count: Int
        switch pane {
        case .detail: count = state.detail.detail.map { DetailPane.lines($0, width: inner.width, now: state.now, presence: state.detail.presence,
                                                                         links: state.detail.links).count } ?? 0
        case .kb: count = state.kb.article.map { KBPane.readerLines($0, width: inner.width, now: state.now, staleAfter: state.kb.staleAfter).count } ?? 0
        case .queue: count = 0
        }
        return max(0, count - inner.height)
    }

    // MARK: - Knowledge-base pane

    static func kbNavigate(_ command: Command, _ state: inout AppState) -> [Effect] {
        if state.kb.mode == .reader {
            let page = max(1, (state.layout.rect(for: .kb)?.height ?? 10) - 3)
            if command == .back {
                state.kb.mode = state.kb.results.isEmpty ? .suggestions : .search
                state.kb.article = nil
                state.zoomed = false
            } else {
                state.kb.scroll = scrolled(state.kb.scroll, by: command, page: page, limit: maxScroll(of: .kb, state))
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
