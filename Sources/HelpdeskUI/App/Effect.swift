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
    case saveView(name: String, query: String, shared: Bool)
    case suspend
    /// Opens a picker whose items come from the store (assignees of a tier with their load, macros).
    case openPicker(TriagePurpose, ticketId: Int64, tier: Int)
    case perform(TriageRequest)
    case undo(ActionOutcome)
    /// Writes a reply or note in the editor (a terminal-side effect: the App runs it).
    case compose(Composition)
    case markAll(TicketFilter)
    case loadTeam
    case linkArticle(articleId: Int64, ticketId: Int64)
    /// Writes an article in the editor (a terminal-side effect: the App runs it); nil id = a new one.
    case editArticle(ArticleDocument, basedOn: Int64?)
    /// Announces (a heartbeat) what this agent does on the ticket shown, and reads who else is
    /// there; nil withdraws.
    case checkPresence(ticketId: Int64?, Presence.Activity)
    /// Keeps what the inline editor holds in the draft file.
    case saveDraft(DraftKey, text: String)
}
