/// The help overlay: scrolls within its lines, `/` searches them, Esc or q closes.
enum HelpController {
    static func handle(_ event: KeyEvent, _ state: inout AppState) -> [Effect] {
        guard case .help(var help) = state.mode else { return [] }
        if help.searching {
            switch state.keymap.command(for: event, in: .helpSearch) {
            case .accept: help.searching = false
            case .cancel:
                help.searching = false
                help.search = TextInput()
            default:
                guard help.search.handle(event) else { return [] }
                help.scroll = 0
            }
            state.mode = .help(help)
            return []
        }
        let command = state.keymap.command(for: event, in: .help)
        switch command {
        case .back:
            state.mode = .normal
            return []
        case .search:
            help.searching = true
        case .some(let command):
            let page = HelpOverlay.textHeight(state.size)
            let count = HelpLines.lines(for: state.keymap, readOnly: state.readOnly, search: help.search.text).count
            help.scroll = Scrolling.scrolled(help.scroll, by: command, page: page, limit: max(0, count - page))
        case nil:
            return []
        }
        state.mode = .help(help)
        return []
    }
}
