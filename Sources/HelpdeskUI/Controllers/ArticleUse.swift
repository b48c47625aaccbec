import HelpdeskCore

/// Using the knowledge base on the current ticket: reply with an article (or one section of
/// it), link it to the ticket, and write articles in the editor.
enum ArticleUse {
    static func link(_ state: inout AppState) -> [Effect] {
        guard let articleId = state.kb.currentArticleId else {
            state.message = .init(text: "select an article first", isError: true)
            return []
        }
        guard let ticket = currentTicket(&state) else { return [] }
        return [.linkArticle(articleId: articleId, ticketId: ticket.id)]
    }

    /// The whole article, or one of its sections when it has several, as the reply to the current ticket.
    static func insert(_ state: inout AppState) -> [Effect] {
        guard let article = state.kb.article, let articleId = article.id else { return [] }
        guard let ticket = currentTicket(&state) else { return [] }
        let sections = ArticleSections.of(article)
        guard sections.count > 1 else { return [reply(to: ticket, articleId: articleId, text: ArticleSections.whole(article))] }
        let items = [Picker.Item("Whole article", detail: article.title, value: .text(ArticleSections.whole(article)))]
            + sections.map { Picker.Item($0.heading, value: .text($0.text)) }
        state.mode = .picking(Picker(title: "Insert into the reply to \(ticket.label)", items: items, purpose: .articleSection(articleId: articleId),
                                     target: .ticket(ticket.id, version: ticket.version)))
        return []
    }

    /// The reply to `ticket`, starting from an article's text.
    static func reply(to ticket: CurrentTicket, articleId: Int64, text: String) -> Effect {
        .compose(Composition(key: DraftKey(ticketId: ticket.id, kind: .reply), version: ticket.version, subject: ticket.subject,
                             initialText: text, articleId: articleId))
    }

    static func currentTicket(_ state: inout AppState) -> CurrentTicket? {
        guard state.agentId != nil else {
            state.message = .init(text: "you are not an agent of this helpdesk", isError: true)
            return nil
        }
        guard let ticket = CurrentTicket.of(state) else {
            state.message = .init(text: "no ticket selected", isError: true)
            return nil
        }
        return ticket
    }

    /// `:kb new` and `:kb draft` (an article from the current ticket, once solved).
    static func newArticle(fromTicket: Bool, _ state: inout AppState) -> [Effect] {
        guard fromTicket else {
            return [.editArticle(ArticleDocument(title: "New article", tags: [], body: "## Problem\n\n\n## Solution\n\n"), basedOn: nil)]
        }
        guard let detail = state.detail.shown else {
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
