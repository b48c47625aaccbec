import HelpdeskCore

/// Performs effects against the store and answers with actions. Every call is a short
/// indexed query (a page, a ticket, a search), so it runs inline on the UI thread.
public final class EffectRunner {
    let store: HelpdeskStore
    /// How many articles to suggest for a ticket.
    static let suggestionCount = 5

    public init(store: HelpdeskStore) { self.store = store }

    /// The actions that report the outcome; errors become a message, never a crash.
    public func perform(_ effect: Effect, agentId: Int64?) -> [Action] {
        do {
            switch effect {
            case .loadQueue(let filter, let position, let limit, let load):
                return [.queueLoaded(try store.tickets(matching: filter, from: position, limit: limit), load, requested: limit)]
            case .countQueue(let filter):
                let (count, exact) = try store.countTickets(matching: filter)
                return [.queueCounted(count: count, isExact: exact)]
            case .loadDetail(let id):
                do {
                    return [.detailLoaded(try store.ticketDetail(id: id))]
                } catch let error as HelpdeskError {
                    return [.detailFailed(error.description)]
                }
            case .suggestArticles(let id, let text):
                // `:open ID` does not know the subject yet: one indexed lookup, not the whole ticket.
                let subject = text.isEmpty ? try store.ticketSubject(id: id) ?? "" : text
                return [.suggestionsLoaded(ticketId: id, try store.searchArticles(subject, limit: Self.suggestionCount))]
            case .searchArticles(let text):
                return [.searchResultsLoaded(query: text, try store.searchArticles(text, limit: 50))]
            case .loadArticle(let id):
                return [.articleLoaded(try store.article(id: id))]
            case .saveView(let name, let query):
                try store.saveView(name: name, query: query, ownerId: agentId)
                return [.viewsLoaded(try store.savedViews(ownerId: agentId)), .info("Saved view '\(name)': \(query)")]
            case .applyTheme, .suspend:
                // Terminal-side effects: the App performs them.
                return []
            }
        } catch let error as HelpdeskError {
            return [.failed(error.description)]
        } catch {
            return [.failed("\(error)")]
        }
    }
}
