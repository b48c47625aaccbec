import HelpdeskCore

/// The one place state changes: `apply(action, to: &state)` returns the effects to perform.
/// Pure — no I/O, no clock — so every behaviour is a unit test. Split by feature: queue,
/// input lines, knowledge base, detail.
public enum Update {
    /// Seconds between presence heartbeats (and reads) while a ticket is shown.
    static let presenceInterval: Int64 = 2

    /// The effects that fill the first screen.
    public static func start(_ state: inout AppState) -> [Effect] {
        reloadQueue(&state, keepSelection: nil)
    }

    public static func apply(_ action: Action, to state: inout AppState) -> [Effect] {
        switch action {
        case .key(let event):
            return handleKey(event, &state)
        case .resize(let size):
            state.size = size
            let visible = state.queueRowsVisible
            keepSelectionVisible(&state.queue, visible: visible)
            return prefetch(&state)
        case .tick(let now, let dataChanged):
            state.now = now
            if state.queue.changedUntil != 0 && now >= state.queue.changedUntil {
                state.queue.changed = []
                state.queue.changedUntil = 0
            }
            var effects = dataChanged && state.live ? refresh(&state) : []
            if dataChanged, case .team = state.mode { effects.append(.loadTeam) }
            if let id = state.detail.detail?.ticket.id, now - state.detail.presenceCheckedAt >= presenceInterval {
                state.detail.presenceCheckedAt = now
                var replying = false
                if case .composing(let composer) = state.mode, composer.composition.key.ticketId == id { replying = true }
                effects.append(.checkPresence(ticketId: id, replying ? .replying : .viewing))
            }
            return effects
        case .queueLoaded(let rows, let load, let requested):
            return queueLoaded(rows, load, requested: requested, &state)
        case .queueCounted(let count, let isExact):
            state.queue.count = (count, isExact)
            return []
        case .detailLoaded(let detail):
            if let shown = state.detail.detail?.ticket, shown.id == detail.ticket.id, detail.ticket.version > shown.version,
               let last = detail.events.last, last.actor != state.agentLogin {
                // Someone else changed the ticket being read: say who and what, as it happens.
                state.message = .init(text: "#\(detail.ticket.id ?? 0) just changed — \(EventText.describe(last))", isError: false)
            }
            if state.detail.detail?.ticket.id != detail.ticket.id {
                state.detail.scroll = 0
                state.detail.presence = []
                state.detail.links = []
                state.detail.presenceCheckedAt = 0  // announce at the next tick
            }
            state.detail.detail = detail
            state.detail.error = nil
            return []
        case .detailFailed(let message):
            state.detail.error = message
            state.message = .init(text: message, isError: true)
            return []
        case .suggestionsLoaded(let ticketId, let hits):
            guard state.queue.selectedRow?.id == ticketId || state.detail.detail?.ticket.id == ticketId else { return [] }
            state.kb.suggestions = hits
            if state.kb.mode == .suggestions { state.kb.selected = 0 }
            return []
        case .searchResultsLoaded(let query, let hits):
            guard query == state.kb.search.text else { return [] }
            state.kb.searchError = nil
            state.kb.results = hits
            state.kb.selected = 0
            return []
        case .articleLoaded(let article):
            state.kb.article = article
            state.kb.mode = .reader
            state.kb.scroll = 0
            state.focus = .kb
            state.zoomed = true
            return []
        case .viewsLoaded(let saved):
            state.views = BuiltinViews.all + saved
            return []
        case .themeApplied(let name):
            state.themeName = name
            state.message = .init(text: "Theme: \(name)", isError: false)
            return []
        case .pickerReady(let picker, let macros):
            state.pendingMacros = macros
            state.mode = .picking(picker)
            return []
        case .triageDone(let summary, let outcome, let isError):
            return triageDone(summary: summary, outcome: outcome, isError: isError, &state)
        case .composed(let composition, let text):
            return composed(composition, text: text, &state)
        case .composeInline(let composition, let text):
            state.mode = .composing(Composer(composition: composition, area: TextArea(text)))
            return []
        case .markedAll(let ids, let capped):
            state.queue.marked = Set(ids)
            state.message = .init(text: "\(ids.count) tickets marked\(capped ? " (the first \(ids.count); narrow the filter for more)" : "") — * clears", isError: false)
            return []
        case .teamLoaded(let load):
            var selected = 0
            if case .team(_, let current) = state.mode { selected = current }
            state.mode = .team(load, selected: min(selected, max(0, TeamView.rows(load).count - 1)))
            return []
        case .linksLoaded(let ticketId, let links):
            if state.detail.detail?.ticket.id == ticketId { state.detail.links = links }
            return []
        case .searchFailed(let query, let message):
            if query == state.kb.search.text { state.kb.searchError = message; state.kb.results = [] }
            return []
        case .presenceLoaded(let ticketId, let entries):
            if state.detail.detail?.ticket.id == ticketId { state.detail.presence = entries }
            return []
        case .failed(let message):
            state.message = .init(text: message, isError: true)
            return []
        case .info(let message):
            state.message = .init(text: message, isError: false)
            return []
        }
    }

    // MARK: - Keys

    static func handleKey(_ event: KeyEvent, _ state: inout AppState) -> [Effect] {
        switch state.mode {
        case .help(let scroll):
            return helpKey(event, scroll: scroll, &state)
        case .filtering(let input, let original):
            return filterKey(event, input: input, original: original, &state)
        case .commandLine(let input):
            return commandLineKey(event, input: input, &state)
        case .kbSearch:
            return kbSearchKey(event, &state)
        case .picking(let picker):
            return pickerKey(event, picker: picker, &state)
        case .prompting(let prompt):
            return promptKey(event, prompt: prompt, &state)
        case .confirming(let confirmation):
            return confirmKey(event, confirmation: confirmation, &state)
        case .composing(let composer):
            return composerKey(event, composer: composer, &state)
        case .team(let load, let selected):
            return teamKey(event, load: load, selected: selected, &state)
        case .normal:
            state.message = nil
            guard let command = state.keymap.command(for: event, focus: state.focus.scope) else { return [] }
            return perform(command, &state)
        }
    }

    /// Runs a bound command in normal mode.
    static func perform(_ command: Command, _ state: inout AppState) -> [Effect] {
        if let index = command.viewIndex { return switchView(to: index, &state) }
        switch command {
        case .quit:
            state.shouldQuit = true
        case .help:
            state.mode = .help(scroll: 0)
        case .filter:
            state.mode = .filtering(TextInput(state.filterText), original: state.filterText)
        case .command:
            state.mode = .commandLine(TextInput())
        case .focusNext, .focusPrevious:
            let step = command == .focusNext ? 1 : Pane.allCases.count - 1
            state.focus = Pane(rawValue: (state.focus.rawValue + step) % Pane.allCases.count) ?? .queue
            if state.zoomed && state.focus != .kb { state.zoomed = false }
        case .zoom:
            state.zoomed.toggle()
        case .refresh:
            return refresh(&state)
        case .suspend:
            return [.suspend]
        case .search:
            state.mode = .kbSearch
            state.kb.mode = .search
            state.focus = .kb
        case .mark:
            if let id = state.queue.selectedRow?.id {
                if state.queue.marked.contains(id) { state.queue.marked.remove(id) } else { state.queue.marked.insert(id) }
                return moveQueue(to: state.queue.selected + 1, &state)
            }
        case .insertArticle, .linkArticle, .editArticle:
            return knowledge(command, &state)
        case .markAll, .take, .assign, .setStatus, .setPriority, .setCategory, .tags, .setChannel,
             .escalate, .deescalate, .reply, .note, .macro, .link, .merge, .undo:
            return triage(command, &state)
        case .open, .back, .moveDown, .moveUp, .pageDown, .pageUp, .halfPageDown, .halfPageUp, .top, .bottom:
            return navigate(command, &state)
        default:
            break
        }
        return []
    }

    /// Movement and open/back act on the focused pane.
    static func navigate(_ command: Command, _ state: inout AppState) -> [Effect] {
        switch state.focus {
        case .queue: return queueNavigate(command, &state)
        case .detail: return detailNavigate(command, &state)
        case .kb: return kbNavigate(command, &state)
        }
    }

    static func helpKey(_ event: KeyEvent, scroll: Int, _ state: inout AppState) -> [Effect] {
        switch state.keymap.command(for: event, focus: .global) {
        case .moveDown: state.mode = .help(scroll: scroll + 1)
        case .moveUp: state.mode = .help(scroll: max(0, scroll - 1))
        case .pageDown, .halfPageDown: state.mode = .help(scroll: scroll + 10)
        case .pageUp, .halfPageUp: state.mode = .help(scroll: max(0, scroll - 10))
        default: state.mode = .normal
        }
        return []
    }
}
