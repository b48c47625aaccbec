import HelpdeskCore

/// The knowledge-base pane's list (suggestions for the current ticket, or search results):
/// moving, reading an article, linking it to the current ticket.
enum KBController {
    static func handle(_ command: Command, _ state: inout AppState) -> [Effect]? {
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
                KBSearchController.clear(&state)
            } else {
                state.zoomed = false
                state.focus = .queue
            }
        case .insertArticle:
            state.message = .init(text: "open the article first (Enter), then i", isError: true)
        case .linkArticle:
            return ArticleUse.link(&state)
        default:
            return nil
        }
        return []
    }
}

/// The article reader: scrolling, and using the article on the current ticket.
enum ReaderController {
    static func handle(_ command: Command, _ state: inout AppState) -> [Effect]? {
        switch command {
        case .back:
            state.kb.mode = state.kb.results.isEmpty ? .suggestions : .search
            state.kb.article = nil
            state.zoomed = false
            return []
        case .moveDown, .moveUp, .pageDown, .pageUp, .halfPageDown, .halfPageUp, .top, .bottom:
            guard let area = Scrolling.textArea(of: .kb, state) else { return [] }
            state.kb.scroll = Scrolling.scrolled(state.kb.scroll, by: command, page: area.height, limit: Scrolling.maxScroll(of: .kb, state))
            return []
        case .insertArticle:
            return ArticleUse.insert(&state)
        case .linkArticle:
            return ArticleUse.link(&state)
        case .editArticle:
            guard let article = state.kb.article else { return [] }
            return [.editArticle(ArticleDocument(article, owner: nil), basedOn: article.version)]
        default:
            return nil
        }
    }
}
