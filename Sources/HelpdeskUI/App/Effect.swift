import HelpdeskCore

/// Work `Update.apply` asks for; the `EffectRunner` performs it and answers with actions.
public enum Effect: Equatable, Sendable {
    case loadQueue(TicketFilter, PagePosition, limit: Int, QueueLoad)
    case countQueue(TicketFilter)
    case loadDetail(ticketId: Int64)
    case suggestArticles(ticketId: Int64, text: String)
    case searchArticles(String)
    case loadArticle(id: Int64)
    case applyTheme(String)
    case saveView(name: String, query: String)
    case suspend
}
