import HelpdeskCore

/// The top line: the view and its ticket count, the filter, the agent, and whether it is live.
enum TitleBar {
    static func render(_ state: AppState, in area: Rect, theme: Theme, into buffer: inout Buffer) {
        buffer.fill(area, style: theme.style(.title))
        // A broken filter has no count: the last good one would describe another query.
        let count = state.filterError != nil ? "filter has an error"
            : state.queue.loaded
            ? (state.queue.count.isExact ? "\(state.queue.count.count)" : "\(state.queue.count.count)+")
                + (state.queue.count == QueueCount(count: 1, isExact: true) ? " ticket" : " tickets")
            : "loading…"
        var left = " helpdesk │ \(state.currentView.name) · \(count)"
        if !state.filterText.isEmpty { left += " │ filter: \(state.filterText)" }
        left = Sanitizer.line(left)  // measured before drawing: measure what will be drawn
        // A wallboard or a user who cannot write still follows changes live.
        let live = (state.live ? "● live" : "○ paused") + (state.readOnly ? " · read-only" : "")
        // Names come from outside and may be any length: the agent part gets only what the
        // program name, the view (at least half the line) and the live mark leave.
        let leftMinimum = min(TextWidth.width(left), area.width / 2)
        let agentRoom = max(0, area.width - leftMinimum - 1 - TextWidth.width(" │ \(live) "))
        let agent = TextWidth.truncate(Sanitizer.line(state.agentId == nil ? "\(state.agentLogin) (not an agent)"
            : "\(state.agentName) · tier \(state.agentTier ?? 1)"), to: agentRoom)
        let right = agent.isEmpty ? "\(live) " : "\(agent) │ \(live) "
        let rightWidth = TextWidth.width(right)
        let leftRoom = max(0, area.width - rightWidth - 1)
        buffer.put(TextWidth.truncate(left, to: leftRoom), x: area.x, y: area.y, style: theme.style(.title), maxWidth: leftRoom)
        if area.width > rightWidth {
            let x = area.maxX - rightWidth
            let agentPart = agent.isEmpty ? "" : "\(agent) │ "
            buffer.put(agentPart, x: x, y: area.y, style: theme.style(.title))
            buffer.put("\(live) ", x: x + TextWidth.width(agentPart), y: area.y, style: theme.style(state.readOnly ? .dim : .titleLive))
        }
    }
}
