import HelpdeskCore

/// `:team` — each tier's unassigned tickets and each agent's load: open, at risk, breached.
/// Enter on a row shows those tickets in the queue, where a supervisor marks and reassigns them.
enum TeamView {
    static func render(_ load: TeamLoad, selected: Int, ascii: Bool, theme: Theme, into buffer: inout Buffer) {
        let area = Rect(x: 0, y: 1, width: buffer.width, height: max(0, buffer.height - 2))
        guard area.width > 40, area.height > 5 else { return }
        buffer.fill(area, style: theme.style(.overlay))
        let totals = (1...3).map { tier -> String in
            let counts = load.tiers[tier] ?? .init()
            return "tier \(tier): \(counts.open) open, \(counts.breached) breached"
        }.joined(separator: " · ")
        buffer.drawBox(area, style: theme.style(.paneBorderFocused), title: "Team — \(totals)", ascii: ascii,
                       titleStyle: theme.style(.paneTitle))
        let inner = area.inset(by: 1).inset(left: 1)
        let numbers = 30
        let labelWidth = max(10, inner.width - numbers - 6)
        func line(_ tier: String, _ label: String, _ open: String, _ risk: String, _ breached: String) -> String {
            TextWidth.pad(tier, to: 6) + TextWidth.pad(TextWidth.truncate(label, to: labelWidth), to: labelWidth)
                + TextWidth.padLeft(open, to: 10) + TextWidth.padLeft(risk, to: 10) + TextWidth.padLeft(breached, to: 10)
        }
        buffer.put(line("Tier", "Agent", "Open", "At risk", "Breached"), x: inner.x, y: inner.y, style: theme.style(.queueHeader), maxWidth: inner.width)
        let rows = TeamRows.rows(load)
        let visible = inner.height - 1
        let top = max(0, min(selected - visible + 1, rows.count - visible))
        for (offset, row) in rows.dropFirst(top).prefix(visible).enumerated() {
            let index = top + offset
            let y = inner.y + 1 + offset
            let role: ThemeRole = index == selected ? .queueSelected : row.counts.breached > 0 ? .slaBreached : row.counts.atRisk > 0 ? .slaAtRisk : .overlay
            buffer.fill(Rect(x: inner.x - 1, y: y, width: inner.width + 1, height: 1), style: theme.style(index == selected ? .queueSelected : .overlay))
            buffer.put(line(String(row.tier), row.label, String(row.counts.open), String(row.counts.atRisk), String(row.counts.breached)),
                       x: inner.x, y: y, style: theme.style(role), maxWidth: inner.width)
        }
    }
}
