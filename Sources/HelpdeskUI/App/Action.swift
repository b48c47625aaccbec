import HelpdeskCore

/// What happens to the app: keys and resizes from the terminal, and the results of effects.
public enum Action: Sendable {
    case key(KeyEvent)
    case resize(Size)
    /// Time passed (about four times a second); `dataChanged` is true when another process wrote.
    case tick(now: Int64, dataChanged: Bool)
    case queueLoaded([TicketRow], QueueLoad, requested: Int)
    case queueCounted(count: Int, isExact: Bool)
    case detailLoaded(TicketDetail)
    case detailFailed(String)
    case suggestionsLoaded(ticketId: Int64, [ArticleHit])
    case searchResultsLoaded(query: String, [ArticleHit])
    case articleLoaded(Article)
    case viewsLoaded([QueueView])
    case themeApplied(String)
    case pickerReady(Picker, macros: [Macro])
    /// A triage change was applied (or partly, in bulk): a line for the status bar.
    case triageDone(summary: String, outcome: ActionOutcome?, isError: Bool)
    /// The editor closed with this text.
    case composed(Composition, text: String)
    /// No external editor is configured: write in the inline editor, starting from `text`.
    case composeInline(Composition, text: String)
    case markedAll([Int64], capped: Bool)
    case presenceLoaded(ticketId: Int64, [Presence.Entry])
    case linksLoaded(ticketId: Int64, [ArticleLink])
    case teamLoaded(TeamLoad)
    case searchFailed(query: String, String)
    case failed(String)
    case info(String)
}

/// Where a loaded page goes in the queue window.
public enum QueueLoad: Equatable, Sendable {
    /// A new first page (view switch, filter, Home); keep the selection on this ticket if given.
    case replace(keepSelection: Int64?)
    /// The last page (End).
    case end
    case appendBelow
    case prependAbove
    /// The same window re-read after a change elsewhere.
    case refresh
}
