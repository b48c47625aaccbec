/// A semantic role that a theme gives a style: views ask for a role, never a colour.
///
/// The raw value is the key a theme file uses in its `[roles]` table, e.g.
/// `"queue.selected" = { fg = "bg", bg = "accent", bold = true }`.
public enum ThemeRole: String, CaseIterable, Sendable {
    /// The app title in the top bar.
    case title = "title"
    /// The live indicator (another agent changed something).
    case titleLive = "title.live"
    /// The bottom status bar.
    case statusbar = "statusbar"
    /// Key hints inside the status bar.
    case statusbarKey = "statusbar.key"
    /// Border of an unfocused pane.
    case paneBorder = "pane.border"
    /// Border of the focused pane.
    case paneBorderFocused = "pane.border.focused"
    /// Title in a pane border.
    case paneTitle = "pane.title"
    /// Column headers of the ticket queue.
    case queueHeader = "queue.header"
    /// An ordinary queue row.
    case queueRow = "queue.row"
    /// The selected queue row.
    case queueSelected = "queue.selected"
    /// Rows marked for a bulk action.
    case queueMarked = "queue.marked"
    /// Rows changed since they were last seen.
    case queueChanged = "queue.changed"
    /// Priority low.
    case priorityLow = "priority.low"
    /// Priority normal.
    case priorityNormal = "priority.normal"
    /// Priority high.
    case priorityHigh = "priority.high"
    /// Priority urgent.
    case priorityUrgent = "priority.urgent"
    /// Status new.
    case statusNew = "status.new"
    /// Status open.
    case statusOpen = "status.open"
    /// Status pending.
    case statusPending = "status.pending"
    /// Status on hold.
    case statusOnHold = "status.on-hold"
    /// Status solved.
    case statusSolved = "status.solved"
    /// Status closed.
    case statusClosed = "status.closed"
    /// SLA well within its target.
    case slaOk = "sla.ok"
    /// SLA close to its target.
    case slaAtRisk = "sla.at-risk"
    /// SLA target missed.
    case slaBreached = "sla.breached"
    /// Field labels in the ticket detail.
    case detailLabel = "detail.label"
    /// Field values in the ticket detail.
    case detailValue = "detail.value"
    /// Author and time above a message.
    case messageHeader = "message.header"
    /// Body of a public reply.
    case messagePublic = "message.public"
    /// Body of an internal note.
    case noteInternal = "note.internal"
    /// Ticket history events (status changes, assignments).
    case event = "event"
    /// Knowledge base article titles.
    case kbTitle = "kb.title"
    /// Search terms highlighted in results.
    case kbMatch = "kb.match"
    /// Article snippets.
    case kbSnippet = "kb.snippet"
    /// Markdown headings.
    case mdHeading = "md.heading"
    /// Markdown code.
    case mdCode = "md.code"
    /// Markdown emphasis.
    case mdEmphasis = "md.emphasis"
    /// Markdown links.
    case mdLink = "md.link"
    /// Text input fields.
    case input = "input"
    /// Input that is not valid.
    case inputError = "input.error"
    /// Keys on the help screen.
    case helpKey = "help.key"
    /// Descriptions on the help screen.
    case helpText = "help.text"
    /// Pop-ups and dialogs.
    case overlay = "overlay"
    /// Placeholder text for empty lists.
    case empty = "empty"
    /// Error messages.
    case error = "error"
    /// Secondary text.
    case dim = "dim"
    /// An inactive tab or view name.
    case tab = "tab"
    /// The active tab or view name.
    case tabActive = "tab.active"
}
