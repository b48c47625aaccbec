import HelpdeskCore

/// The current ticket (its lines come from ``DetailLines``), scrolled.
enum DetailPane {
    static func render(_ detail: DetailState, now: Int64, placeholder: String, in area: Rect, theme: Theme, into buffer: inout Buffer) {
        guard area.width > 0, area.height > 0 else { return }
        guard let shown = detail.shown else {
            let text = detail.error ?? detail.ticketId.map { "Loading #\($0)…" } ?? placeholder
            buffer.put(text, x: area.x + 1, y: area.y, style: theme.style(.empty), maxWidth: area.width - 1)
            return
        }
        let lines = DetailLines.lines(shown, width: area.width, height: area.height, now: now, presence: detail.presence, links: detail.links,
                                      showQuoted: detail.showsQuoted)
        let scroll = min(detail.scroll, max(0, lines.count - area.height))
        for (offset, line) in lines.dropFirst(scroll).prefix(area.height).enumerated() {
            line.draw(in: &buffer, x: area.x, y: area.y + offset, width: area.width, theme: theme)
        }
    }
}
