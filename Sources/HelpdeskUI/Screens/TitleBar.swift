/// The top line: the view and its ticket count, the filter, the agent, and whether it is live.
enum TitleBar {
    static func render(_ state: AppState, in area: Rect, theme: Theme, into buffer: inout Buffer) {
        buffer.fill(area, style: theme.style(.title))
        let count = state.queue.loaded
            ? (state.queue.count.isExact ? "\(state.queue.count.count)" : "\(state.queue.count.count)+") + " tickets"
            : "loading…"
        var left = " helpdesk │ \(state.currentView.name) · \(count)"
        if !state.filterText.isEmpty { left += " │ filter: \(state.filterText)" }
        let agent = state.agentId == nil ? "\(state.agentLogin) (not an agent)"
            : "\(state.agentName) · tier \(state.agentTier ?? 1)"
        let live = state.readOnly ? "read-only" : state.live ? "● live" : "○ paused"
        let right = "\(agent) │ \(live) "
        let rightWidth = TextWidth.width(right)
        let leftRoom = max(0, area.width - rightWidth - 1)
        buffer.put(TextWidth.truncate(left, to: leftRoom), x: area.x, y: area.y, style: theme.style(.title), maxWidth: leftRoom)
        if area.width > rightWidth {
            let x = area.maxX - rightWidth
            let agentPart = "\(agent) │ "
            buffer.put(agentPart, x: x, y: area.y, style: theme.style(.title))
            buffer.put("\(live) ", x: x + TextWidth.width(agentPart), y: area.y, style: theme.style(state.readOnly ? .dim : .titleLive))
        }
    }
}
