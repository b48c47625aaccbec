import HelpdeskCore

/// Draws the whole screen for a state into a fresh buffer; the backend then writes only the
/// cells that differ from the previous frame.
public enum Screen {
    public struct Frame {
        public var buffer: Buffer
        /// Where the terminal cursor should be (while typing), else hidden.
        public var cursor: (x: Int, y: Int)?
    }

    public static func render(_ state: AppState, theme: Theme) -> Frame {
        var buffer = Buffer(size: state.size, style: theme.style(.queueRow))
        let layout = state.layout
        if layout.kind == .tooSmall {
            let lines = ["Terminal too small", "(\(state.size.width)×\(state.size.height); needs \(Layout.minimum.width)×\(Layout.minimum.height))"]
            for (offset, line) in lines.enumerated() {
                let x = max(0, (state.size.width - TextWidth.width(line)) / 2)
                buffer.put(line, x: x, y: max(0, state.size.height / 2 - 1 + offset), style: theme.style(.error))
            }
            return Frame(buffer: buffer, cursor: nil)
        }
        TitleBar.render(state, in: layout.titleBar, theme: theme, into: &buffer)
        if let tabBar = layout.tabBar { renderTabs(state, in: tabBar, theme: theme, into: &buffer) }
        for pane in layout.visiblePanes {
            guard let rect = layout.rect(for: pane) else { continue }
            let focused = pane == state.focus
            buffer.drawBox(rect, style: theme.style(focused ? .paneBorderFocused : .paneBorder), title: title(of: pane, state),
                           ascii: !state.unicode, titleStyle: theme.style(.paneTitle))
            let inner = rect.inset(by: 1)
            // Each pane gets its slice of the state.
            switch pane {
            case .queue:
                QueuePane.render(state.queue, current: state.currentTicketId, now: state.now, emptyLines: QueuePane.emptyLines(state),
                                 in: inner, theme: theme, into: &buffer)
            case .detail:
                DetailPane.render(state.detail, now: state.now, placeholder: state.queue.rows.isEmpty ? "No ticket selected." : "Loading…",
                                  in: inner.inset(left: 1), theme: theme, into: &buffer)
            case .kb:
                KBPane.render(state.kb, currentTicketId: state.currentTicketId, focused: state.focus == .kb, now: state.now,
                              in: inner.inset(left: 1), theme: theme, into: &buffer)
            }
        }
        var cursor = StatusBar.render(state, in: layout.statusBar, theme: theme, into: &buffer)
        let ascii = !state.unicode
        switch state.mode {
        case .help(let help): HelpOverlay.render(help, keymap: state.keymap, readOnly: state.readOnly, ascii: ascii, theme: theme, into: &buffer)
        case .picking(let picker): PickerOverlay.render(picker, ascii: ascii, theme: theme, into: &buffer)
        case .team(let load, let selected): TeamView.render(load, selected: selected, ascii: ascii, theme: theme, into: &buffer)
        case .requester(let shown): RequesterView.render(shown, now: state.now, ascii: ascii, theme: theme, into: &buffer)
        case .erasing(let erasing): RequesterView.render(erasing.overlay, now: state.now, ascii: ascii, theme: theme, into: &buffer)
        case .composing(let composer): cursor = ComposerOverlay.render(composer, ascii: ascii, theme: theme, into: &buffer)
        default: break
        }
        return Frame(buffer: buffer, cursor: cursor)
    }

    static func title(of pane: Pane, _ state: AppState) -> String {
        switch pane {
        case .queue:
            let marked = state.queue.marked.isEmpty ? "" : " · \(state.queue.marked.count) marked"
            // The current ticket left this view (taken, escalated, changed by someone): say so.
            let outside = CurrentTicket.isOutsideView(state) ? " · #\(state.currentTicketId ?? 0) not in this view" : ""
            return "\(state.currentView.name)\(marked)\(outside)"
        case .detail:
            return state.currentTicketId.map { "Ticket #\($0)" } ?? "Ticket"
        case .kb:
            return state.kb.mode == .reader ? "Article" : "Knowledge base"
        }
    }

    /// Below 80×24 one pane shows at a time; the tabs say which, and Tab switches.
    static func renderTabs(_ state: AppState, in area: Rect, theme: Theme, into buffer: inout Buffer) {
        buffer.fill(area, style: theme.style(.tab))
        var x = area.x + 1
        for pane in Pane.allCases where x < area.maxX {
            let role: ThemeRole = pane == state.focus ? .tabActive : .tab
            x += buffer.put(" \(pane.title) ", x: x, y: area.y, style: theme.style(role), maxWidth: area.maxX - x) + 1
        }
    }
}
