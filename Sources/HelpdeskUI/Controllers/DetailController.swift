import HelpdeskCore

/// The detail pane: scrolls the current ticket's conversation, never past its last screen.
enum DetailController {
    static func handle(_ command: Command, _ state: inout AppState) -> [Effect]? {
        switch command {
        case .back:
            state.zoomed = false
            state.focus = .queue
            return []
        case .quotedText:
            state.detail.showsQuoted.toggle()
            state.detail.scroll = min(state.detail.scroll, Scrolling.maxScroll(of: .detail, state))
            state.message = .init(text: state.detail.showsQuoted ? "Quoted text and signatures shown (Q folds them)"
                                                                 : "Quoted text and signatures folded (Q shows them)", isError: false)
            return []
        case .moveDown, .moveUp, .pageDown, .pageUp, .halfPageDown, .halfPageUp, .top, .bottom:
            guard let area = Scrolling.textArea(of: .detail, state) else { return [] }
            state.detail.scroll = Scrolling.scrolled(state.detail.scroll, by: command, page: area.height, limit: Scrolling.maxScroll(of: .detail, state))
            return []
        default:
            return nil
        }
    }
}

/// Scrolling a pane of text: where its text goes and how far a command moves it.
enum Scrolling {
    /// The text area inside a pane's border (and its left margin).
    static func textArea(of pane: Pane, _ state: AppState) -> Rect? {
        state.layout.rect(for: pane).map { $0.inset(by: 1).inset(left: 1) }
    }

    /// How far the detail pane or the article reader can scroll: its lines (from the content layer) minus one screen.
    static func maxScroll(of pane: Pane, _ state: AppState) -> Int {
        guard let area = textArea(of: pane, state) else { return 0 }
        let count: Int
        switch pane {
        case .detail:
            count = state.detail.shown.map {
                DetailLines.lines($0, width: area.width, height: area.height, now: state.now, presence: state.detail.presence,
                                  links: state.detail.links, showQuoted: state.detail.showsQuoted).count
            } ?? 0
        case .kb:
            count = state.kb.article.map { ReaderLines.lines($0, width: area.width, now: state.now, staleAfter: state.kb.staleAfter).count } ?? 0
        case .queue:
            count = 0
        }
        return max(0, count - area.height)
    }

    /// The new scroll position for a movement command, kept within 0...limit.
    static func scrolled(_ scroll: Int, by command: Command, page: Int, limit: Int) -> Int {
        let page = max(1, page - 1)
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
}
