import HelpdeskCore

/// The ticket queue: one row per ticket of the loaded window, with the selection, marks and
/// rows that just changed. Columns that do not fit are dropped, least useful first.
enum QueuePane {
    struct Column {
        var title: String
        var width: Int
        var alignRight = false
    }

    /// `current` is the current ticket: its row is highlighted. When it is not in this view, the
    /// cursor's row shows a `›` (where j and k move on from) instead of a highlight.
    static func render(_ queue: QueueState, current: Int64?, now: Int64, emptyLines: [String], in area: Rect, theme: Theme,
                       into buffer: inout Buffer) {
        guard area.width > 0, area.height > 0 else { return }
        if queue.loaded && queue.rows.isEmpty {
            renderEmpty(emptyLines, in: area, theme: theme, into: &buffer)
            return
        }
        let waiting = queue.index(of: current) == nil
        let columns = layout(width: area.width)
        var header = ""
        for column in columns {
            header += (column.alignRight ? TextWidth.padLeft(column.title, to: column.width) : TextWidth.pad(column.title, to: column.width)) + " "
        }
        buffer.fill(Rect(x: area.x, y: area.y, width: area.width, height: 1), style: theme.style(.queueHeader))
        buffer.put(header, x: area.x, y: area.y, style: theme.style(.queueHeader), maxWidth: area.width)

        let visible = area.height - 1
        for line in 0..<visible {
            let index = queue.top + line
            guard queue.rows.indices.contains(index) else { break }
            let row = queue.rows[index]
            let y = area.y + 1 + line
            let selected = index == queue.selected && !waiting
            let cursor = index == queue.selected && waiting
            let marked = queue.marked.contains(row.id)
            let base: ThemeRole = selected ? .queueSelected : marked ? .queueMarked : queue.changed.contains(row.id) ? .queueChanged : .queueRow
            buffer.fill(Rect(x: area.x, y: y, width: area.width, height: 1), style: theme.style(base))
            var x = area.x
            for column in columns {
                let (text, role) = cell(column.title, row: row, marked: marked, cursor: cursor, now: now)
                let fitted = TextWidth.truncate(text, to: column.width)
                let padded = column.alignRight ? TextWidth.padLeft(fitted, to: column.width) : fitted
                buffer.put(padded, x: x, y: y, style: theme.style(selected || role == nil ? base : role!), maxWidth: column.width)
                x += column.width + 1
            }
        }
    }

    /// The columns that fit `width`, in the order; SUBJECT takes what is left.
    static func layout(width: Int) -> [Column] {
        var columns: [Column] = [
            Column(title: " ", width: 1), Column(title: "ID", width: 7, alignRight: true), Column(title: "PRIO", width: 6),
            Column(title: "STATUS", width: 7), Column(title: "SLA", width: 8), Column(title: "REQUESTER", width: 16),
            Column(title: "SUBJECT", width: 0), Column(title: "ASSIGNEE", width: 9), Column(title: "UPD", width: 4),
        ]
        func fixedWidth() -> Int { columns.reduce(0) { $0 + ($1.title == "SUBJECT" ? 0 : $1.width) + 1 } }
        // Drop, in this order, until the subject has at least 20 cells.
        for dropped in ["ASSIGNEE", "UPD", "REQUESTER", "STATUS"] where width - fixedWidth() < 20 {
            columns.removeAll { $0.title == dropped }
        }
        if let index = columns.firstIndex(where: { $0.title == "SUBJECT" }) {
            columns[index].width = max(1, width - fixedWidth())
        }
        return columns
    }

    static func cell(_ title: String, row: TicketRow, marked: Bool, cursor: Bool = false, now: Int64) -> (String, ThemeRole?) {
        switch title {
        case " ": return (marked ? "*" : cursor ? "›" : " ", .queueMarked)
        case "ID": return (String(row.id), .dim)
        case "PRIO": return (row.priority.name, RoleNames.role(for: row.priority))
        case "STATUS": return (row.status.rawValue, RoleNames.role(for: row.status))
        case "SLA":
            let state = SLAState.of(status: row.status, nextDue: row.nextDue, now: now)
            return (SLACountdown.text(status: row.status, nextDue: row.nextDue, now: now), RoleNames.role(for: state))
        case "REQUESTER": return (row.requesterName, nil)
        case "ASSIGNEE": return (row.assignee ?? "—", row.assignee == nil ? .dim : nil)
        case "UPD": return (RelativeTime.age(row.updatedAt, now: now), .dim)
        default: return (row.subject, nil)
        }
    }

    /// What an empty queue says, and how to get tickets into it.
    static func emptyLines(_ state: AppState) -> [String] {
        if state.databaseIsEmpty {
            return [
                "No tickets yet.",
                "",
                "Load demo data:        helpdesk demo --db \(state.databasePath)",
                "Create a ticket:       helpdesk ticket create --subject S --requester EMAIL",
            ]
        }
        if !state.filterText.isEmpty { return ["No tickets match this filter.", "", "Esc clears the filter; / edits it."] }
        return ["Nothing in \(state.currentView.name).", "", "Switch views with 1–9, or : view NAME."]
    }

    static func renderEmpty(_ lines: [String], in area: Rect, theme: Theme, into buffer: inout Buffer) {
        for (offset, line) in lines.enumerated() where offset < area.height {
            buffer.put(line, x: area.x + 2, y: area.y + 1 + offset, style: theme.style(offset == 0 ? .empty : .dim), maxWidth: area.width - 2)
        }
    }
}
