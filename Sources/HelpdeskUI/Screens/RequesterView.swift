import HelpdeskCore

/// `R` — the requester of the ticket it was pressed on (name, address, organization, ticket
/// counts) over their tickets, drawn like the queue, most recently updated first. Every string
/// passes the Sanitizer in `Buffer.put`.
enum RequesterView {
    static func render(_ shown: RequesterState, now: Int64, ascii: Bool, theme: Theme, into buffer: inout Buffer) {
        let area = Rect(x: 0, y: 1, width: buffer.width, height: max(0, buffer.height - 2))
        guard area.width > 40, area.height > 6 else { return }
        buffer.fill(area, style: theme.style(.overlay))
        let title = "Requester of #\(shown.ticketId)" + (shown.requester.map { " — \($0.name)" } ?? "")
        buffer.drawBox(area, style: theme.style(.paneBorderFocused), title: title, ascii: ascii, titleStyle: theme.style(.paneTitle))
        let inner = area.inset(by: 1)
        let text = inner.inset(left: 1)
        guard let requester = shown.requester else {
            buffer.put("Loading…", x: text.x, y: text.y, style: theme.style(.dim), maxWidth: text.width)
            return
        }
        let organization = requester.organization.map { " · \($0)" } ?? (requester.isErased ? " · erased" : " · no organization")
        buffer.put("\(requester.name) <\(requester.email)>\(organization) · requester #\(requester.id)", x: text.x, y: text.y,
                   style: theme.style(.overlay), maxWidth: text.width)
        buffer.put(countLine(shown, requester), x: text.x, y: text.y + 1, style: theme.style(.dim), maxWidth: text.width)
        let list = Rect(x: inner.x, y: inner.y + 3, width: inner.width, height: max(0, inner.height - 3))
        var queue = QueueState()
        queue.rows = shown.rows
        queue.selected = shown.selected
        // Within the rows, and never past the last screenful (a resize may have made more room).
        let visible = max(1, list.height - 1)
        queue.top = max(0, min(shown.top, shown.selected, max(0, shown.rows.count - visible)))
        queue.top = max(queue.top, shown.selected - visible + 1)
        queue.loaded = true
        QueuePane.render(queue, current: shown.selectedRow?.id, now: now, emptyLines: ["No tickets."], in: list, theme: theme, into: &buffer)
    }

    /// "2 open · 14 tickets, most recently updated first", and how many are loaded when not all.
    static func countLine(_ shown: RequesterState, _ requester: RequesterSummary) -> String {
        let total = requester.totalTickets
        let counts = "\(requester.openTickets) open · \(total) ticket\(total == 1 ? "" : "s")"
        if shown.rows.count >= total || shown.reachesEnd { return counts + ", most recently updated first" }
        if shown.rows.count >= RequesterState.rowLimit {
            return counts + ": the newest \(shown.rows.count) (the filter requester:\(requester.email) lists them all)"
        }
        return counts + ": \(shown.rows.count) loaded, more as you scroll"
    }
}
