import HelpdeskCore

extension Update {
    // MARK: - Filter (`/`)

    /// Every keystroke re-runs the filter; a malformed one is shown inline and the queue keeps
    /// its last good result. Enter keeps the filter, Esc restores the one from before.
    static func filterKey(_ event: KeyEvent, input: TextInput, original: String, _ state: inout AppState) -> [Effect] {
        var input = input
        switch event.key {
        case .escape:
            state.mode = .normal
            let changed = state.filterText != original || state.filterError != nil
            state.filterText = original
            state.filterError = nil
            return changed ? reloadQueue(&state, keepSelection: state.queue.selectedRow?.id) : []
        case .enter:
            guard state.filterError == nil else { return [] }
            state.mode = .normal
            return []
        default:
            guard input.handle(event) else { return [] }
            state.mode = .filtering(input, original: original)
            state.filterText = input.text
            return reloadQueue(&state, keepSelection: nil)
        }
    }

    // MARK: - Command line (`:`)

    static func commandLineKey(_ event: KeyEvent, input: TextInput, _ state: inout AppState) -> [Effect] {
        var input = input
        switch event.key {
        case .escape:
            state.mode = .normal
        case .enter:
            state.mode = .normal
            return execute(input.text, &state)
        case .tab:
            let completion = ColonCommand.complete(input.text, views: state.views.map(\.key), themes: state.themeNames)
            input.set(completion.text)
            state.mode = .commandLine(input)
            state.message = completion.alternatives.count > 1
                ? .init(text: completion.alternatives.joined(separator: "  "), isError: false) : nil
        default:
            if input.handle(event) { state.mode = .commandLine(input) }
        }
        return []
    }

    static func execute(_ text: String, _ state: inout AppState) -> [Effect] {
        switch ColonCommand.parse(text) {
        case .none:
            return []
        case .quit:
            state.shouldQuit = true
        case .help:
            state.mode = .help(scroll: 0)
        case .view(let name):
            let index = Int(name).map { $0 - 1 } ?? state.views.firstIndex { $0.key.lowercased() == name.lowercased() }
            guard let index else {
                state.message = .init(text: "unknown view '\(name)' (views: \(state.views.map(\.key).joined(separator: ", ")))", isError: true)
                return []
            }
            return switchView(to: index, &state)
        case .open(let id):
            state.focus = .detail
            return [.loadDetail(ticketId: id), .suggestArticles(ticketId: id, text: "")]
        case .theme(let name):
            return [.applyTheme(name)]
        case .save(let name):
            return [.saveView(name: name, query: state.effectiveQuery, shared: false)]
        case .share(let name):
            return [.saveView(name: name, query: state.effectiveQuery, shared: true)]
        case .team:
            guard state.isSupervisor else {
                state.message = .init(text: "the team view is for supervisors and admins", isError: true)
                return []
            }
            return [.loadTeam]
        case .newArticle(let fromTicket):
            return newArticle(fromTicket: fromTicket, &state)
        case .filter(let query):
            state.filterText = query
            return reloadQueue(&state, keepSelection: nil)
        case .invalid(let message):
            state.message = .init(text: message, isError: true)
        }
        return []
    }

    // MARK: - Knowledge-base search box

    static func kbSearchKey(_ event: KeyEvent, _ state: inout AppState) -> [Effect] {
        switch event.key {
        case .escape:
            state.mode = .normal
            state.kb.mode = .suggestions
            state.kb.search = TextInput()
            state.kb.results = []
            state.kb.selected = 0
        case .enter:
            state.mode = .normal
        case .down, .up:
            return kbNavigate(event.key == .down ? .moveDown : .moveUp, &state)
        default:
            guard state.kb.search.handle(event) else { return [] }
            return [.searchArticles(state.kb.search.text)]
        }
        return []
    }
}
