import HelpdeskCore

/// What happens to the app: keys, clicks and resizes from the terminal, and the results of effects.
public enum Action: Sendable {
    case key(KeyEvent)
    case mouse(MouseEvent)
    case resize(Size)
    /// Time passed (about four times a second); `dataChanged` is true when another process wrote.
    case tick(now: Int64, dataChanged: Bool)
    case queueLoaded([TicketRow], QueueLoad, requested: Int)
    case queueCounted(QueueCount)
    /// The current ticket, read again.
    case detailLoaded(TicketDetail)
    /// A ticket opened by number: it is now the current ticket.
    case ticketOpened(TicketDetail)
    case detailFailed(ticketId: Int64, String)
    case suggestionsLoaded(ticketId: Int64, [ArticleHit])
    case searchResultsLoaded(query: String, [ArticleHit])
    case articleLoaded(Article)
    case viewsLoaded([QueueView])
    case themeApplied(Theme)
    case pickerReady(Picker)
    /// A triage change was applied (or partly, in bulk): a line for the status bar.
    case triageDone(summary: String, undoable: Bool, isError: Bool)
    /// An undo was applied: these tickets are as they were; the first becomes current again.
    case undone(summary: String, ticketIds: [Int64])
    /// The editor closed with this text.
    case composed(Composition, text: String)
    /// No external editor is configured: write in the inline editor, starting from `text`.
    case composeInline(Composition, text: String)
    case markedAll([Int64], capped: Bool)
    case presenceLoaded(ticketId: Int64, [Presence.Entry])
    case linksLoaded(ticketId: Int64, [ArticleLink])
    case teamLoaded(TeamLoad)
    /// The requester of ticket `ticketId` and their newest tickets (`requested` were asked for).
    case requesterLoaded(ticketId: Int64, RequesterSummary, [TicketRow], requested: Int)
    case requesterTicketsLoaded(requesterId: Int64, [TicketRow], requested: Int)
    case requesterFailed(ticketId: Int64, String)
    /// This agent may erase the requester: ask for the reason.
    case erasureAllowed(requesterId: Int64)
    case requesterErased(RequesterErasure.Outcome)
    case searchFailed(query: String, String)
    /// The file cannot be shown here (no pager for it, no desktop): ask where to save it.
    case savePathNeeded(StoredAttachment, suggested: String)
    /// A file to attach was read (or could not be: the reason), for the reply or note waiting for its yes.
    case fileRead(NewAttachment, for: Confirmation)
    case fileUnreadable(String, for: Confirmation)
    /// Another program drew on the terminal (an editor, the shell after Ctrl-Z): draw everything again.
    case screenLost
    case failed(String)
    case info(String)
}

/// Where a loaded page goes in the queue window.
public enum QueueLoad: Equatable, Sendable {
    /// A new first page (view switch, filter, Home): the cursor goes to this ticket if it is
    /// there, else to the top, and the ticket under it becomes current.
    case replace(keepSelection: Int64?)
    /// The last page (End); its last ticket becomes current.
    case end
    case appendBelow
    case prependAbove
    /// The same window re-read after a change (here or elsewhere); the current ticket stays current.
    case refresh
    /// The first page re-read because the window emptied in a refresh; the current ticket stays current.
    case refreshFromStart
}
