import HelpdeskCore

/// Using the knowledge base on the ticket at hand: reply with an article (or one section of it),
/// link it to the ticket, and write or edit articles in the editor.
extension Update {
    static func knowledge(_ command: Command, _ state: inout AppState) -> [Effect] {
        if command == .editArticle {
            guard state.kb.mode == .reader, let article = state.kb.article else {
                state.message = .init(text: "open an article (Enter) to edit it, or :kb new", isError: true)
                return []
            }
            return [.editArticle(ArticleDocument(article, owner: nil), basedOn: article.version)]
        }
        guard let articleId = state.kb.currentArticleId else {
            state.message = .init(text: "select an article first", isError: true)
            return []
        }
        guard state.agentId != nil, let ticket = selectedTicket(state) else {
            state.message = .init(text: state.agentId == nil ? "you are not an agent of this helpdesk" : "no ticket selected", isError: true)
            return []
        }
        if command == .linkArticle { return [.linkArticle(articleId: articleId, ticketId: ticket.id)] }
        // Insert: the whole article, or one of its sections when it has several.
        guard let article = state.kb.article, article.id == articleId else {
            state.message = .init(text: "open the article first (Enter), then i", isError: true)
            return []
        }
        let sections = ArticleSections.of(article)
        guard sections.count > 1 else { return articleChosen(articleId: articleId, text: ArticleSections.whole(article), &state) }
        let items = [Picker.Item("Whole article", detail: article.title, value: ArticleSections.whole(article))]
            + sections.map { Picker.Item($0.heading, value: $0.text) }
        state.mode = .picking(Picker(title: "Insert into the reply", items: items, purpose: .articleSection(articleId: articleId)))
        return []
    }

    /// The chosen text opens in the editor as the reply to the selected ticket.
    static func articleChosen(articleId: Int64, text: String, _ state: inout AppState) -> [Effect] {
        guard let ticket = selectedTicket(state) else { return [] }
        state.mode = .normal
        return [.compose(Composition(key: DraftKey(ticketId: ticket.id, kind: .reply), version: ticket.version, initialText: text,
                                     extraActions: [], macroName: nil, articleId: articleId))]
    }

    /// `:kb new` and `:kb draft` (an article from the selected, solved ticket).
    static func newArticle(fromTicket: Bool, _ state: inout AppState) -> [Effect] {
        guard fromTicket else {
            return [.editArticle(ArticleDocument(title: "New article", tags: [], body: "## Problem\n\n\n## Solution\n\n"), basedOn: nil)]
        }
        guard let detail = state.detail.detail else {
            state.message = .init(text: "select a ticket first", isError: true)
            return []
        }
        guard detail.ticket.status == .solved || detail.ticket.status == .closed else {
            state.message = .init(text: "draft articles from solved tickets: #\(detail.ticket.id ?? 0) is \(detail.ticket.status.rawValue)", isError: true)
            return []
        }
        return [.editArticle(ArticleDraft.from(detail), basedOn: nil)]
    }
}
