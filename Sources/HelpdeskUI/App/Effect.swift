import HelpdeskCore

/// Work `Update.apply` asks for; the `EffectRunner` performs every one of them and answers with actions.
public enum Effect: Equatable, Sendable {
    case loadQueue(TicketFilter, PagePosition, limit: Int, QueueLoad)
    case countQueue(TicketFilter)
    /// Reads the current ticket again.
    case loadDetail(ticketId: Int64)
    /// Opens a ticket by number (`:open`, `/1042`): it becomes the current ticket when it exists.
    case openTicket(Int64)
    case suggestArticles(ticketId: Int64)
    case searchArticles(String)
    case loadArticle(id: Int64)
    case applyTheme(String)
    case saveView(name: String, query: String, shared: Bool)
    /// Ctrl-Z: the terminal goes back to the shell until `fg`.
    case suspend
    /// Opens a picker whose items come from the store (assignees of a tier with their load, macros).
    case openPicker(TriagePurpose, title: String, target: TriageRequest.Target, tier: Int)
    case perform(TriageRequest)
    /// Takes back this agent's most recent change (single or bulk) that can still be undone.
    case undoLast
    /// Writes a reply or note in the editor (the inline one when none is configured).
    case compose(Composition)
    case markAll(TicketFilter)
    case loadTeam
    /// Reads the requester of this ticket and the first `limit` of their tickets (`R`).
    case loadRequester(ticketId: Int64, limit: Int)
    /// The requester's next tickets, after the row a page ended with.
    case loadRequesterTickets(requesterId: Int64, after: TicketCursor, limit: Int)
    /// `E` in the requester overlay: may this agent erase requesters? (The core decides: admins.)
    case prepareErasure(requesterId: Int64)
    /// Erases the requester for good (RequesterErasure), after the reason and a yes.
    case eraseRequester(requesterId: Int64, reason: String)
    case linkArticle(articleId: Int64, ticketId: Int64)
    /// Writes an article in the editor, then saves it; nil version = a new one.
    case editArticle(ArticleDocument, basedOn: Int64?)
    /// Announces (a heartbeat) what this agent does on the ticket shown, and reads who else is
    /// there; nil withdraws.
    case checkPresence(ticketId: Int64?, Presence.Activity)
    /// Keeps what the inline editor holds in the draft file.
    case saveDraft(DraftKey, text: String)
    /// Shows a file of a ticket: text in the pager, others with the desktop's viewer; with
    /// neither, answers with `.savePathNeeded`.
    case openAttachment(StoredAttachment)
    /// Writes a file of a ticket to a new file at `path` (or into the folder `path`).
    case saveAttachment(StoredAttachment, path: String)
    /// Reads a file to attach to the reply or note waiting for its yes.
    case readAttachment(path: String, for: Confirmation)
}
