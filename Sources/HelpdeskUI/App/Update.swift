import HelpdeskCore

/// The one place state changes: `apply(action, to: &state)` returns the effects to perform.
/// Pure — no I/O, no clock — so every behaviour is a unit test. Keys go to the controller of
/// the active mode (`Controllers/`); results of effects are handled here and in `Update+Queue`.
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
        case .mouse(let event):
            return state.mouse ? MouseController.handle(event, &state) : []
        case .resize(let size):
            state.size = size
            keepSelectionVisible(&state.queue, visible: state.queueRowsVisible)
            return prefetch(&state)
        case .tick(let now, let dataChanged):
            return tick(now: now, dataChanged: dataChanged, &state)
        case .queueLoaded(let rows, let load, let requested):
            return queueLoaded(rows, load, requested: requested, &state)
        case .queueCounted(let count):
            state.queue.count = count
            return []
        case .detailLoaded(let detail):
            guard detail.ticket.id == state.detail.ticketId else { return [] }  // the agent moved on meanwhile
            if let shown = state.detail.shown?.ticket, detail.ticket.version > shown.version,
               let last = detail.events.last, last.actor != state.agentLogin {
                // Someone else changed the ticket being read: say who and what, as it happens.
                state.message = .init(text: "#\(detail.ticket.id ?? 0) just changed — \(EventText.describe(last))", isError: false)
            }
            state.detail.detail = detail
            state.detail.error = nil
            return []
        case .ticketOpened(let detail):
            guard let id = detail.ticket.id else { return [] }
            var effects = CurrentTicket.select(id, &state)
            state.detail.detail = detail
            state.focus = .detail
            effects.removeAll { $0 == .loadDetail(ticketId: id) }
            if let index = state.queue.index(of: id) { effects += moveQueue(to: index, &state) }
            return effects
        case .detailFailed(let id, let message):
            if id == state.detail.ticketId { state.detail.error = message }
            state.message = .init(text: message, isError: true)
            return []
        case .suggestionsLoaded(let ticketId, let hits):
            guard state.detail.ticketId == ticketId else { return [] }
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
        case .themeApplied(let theme):
            state.theme = theme
            state.themeName = theme.name
            state.message = .init(text: "Theme: \(theme.name)", isError: false)
            return []
        case .pickerReady(let picker):
            state.mode = .picking(picker)
            return []
        case .triageDone(let summary, let undoable, let isError):
            state.message = .init(text: undoable ? "\(summary) — u to undo" : summary, isError: isError)
            if !isError { state.queue.marked = [] }
            return refresh(&state)
        case .undone(let summary, let ticketIds):
            state.message = .init(text: summary, isError: false)
            // Undo brings the cursor back to the restored ticket.
            var effects = CurrentTicket.select(ticketIds.first, &state, reload: true)
            effects.removeAll { if case .loadDetail = $0 { true } else { false } }
            return effects + refresh(&state)
        case .composed(let composition, let text):
            return ComposerController.composed(composition, text: text, &state)
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
            state.mode = .team(load, selected: min(selected, max(0, TeamRows.rows(load).count - 1)))
            return []
        case .requesterLoaded(let ticketId, let requester, let rows, let requested):
            return RequesterController.loaded(ticketId: ticketId, requester, rows, requested: requested, &state)
        case .requesterTicketsLoaded(let requesterId, let rows, let requested):
            return RequesterController.appended(requesterId: requesterId, rows, requested: requested, &state)
        case .requesterFailed(let ticketId, let message):
            if case .requester(let shown) = state.mode, shown.ticketId == ticketId { state.mode = .normal }
            state.message = .init(text: message, isError: true)
            return []
        case .fileRead(let file, let confirmation):
            return ConfirmationController.attached(file, to: confirmation, &state)
        case .fileUnreadable(let reason, let confirmation):
            return ConfirmationController.attachFailed(reason, confirmation, &state)
        case .savePathNeeded(let file, let suggested):
            return AttachmentController.askSavePath(file, suggested: suggested, &state)
        case .erasureAllowed(let requesterId):
            return ErasureController.allowed(requesterId: requesterId, &state)
        case .requesterErased(let outcome):
            return ErasureController.erased(outcome, &state)
        case .linksLoaded(let ticketId, let links):
            if state.detail.ticketId == ticketId { state.detail.links = links }
            return []
        case .searchFailed(let query, let message):
            if query == state.kb.search.text { state.kb.searchError = message; state.kb.results = [] }
            return []
        case .presenceLoaded(let ticketId, let entries):
            if state.detail.ticketId == ticketId { state.detail.presence = entries }
            return []
        case .screenLost:
            state.screenGeneration += 1
            return []
        case .failed(let message):
            state.message = .init(text: message, isError: true)
            return []
        case .info(let message):
            state.message = .init(text: message, isError: false)
            return []
        }
    }

    static func tick(now: Int64, dataChanged: Bool, _ state: inout AppState) -> [Effect] {
        state.now = now
        if state.queue.changedUntil != 0 && now >= state.queue.changedUntil {
            state.queue.changed = []
            state.queue.changedUntil = 0
        }
        var effects = dataChanged && state.live ? refresh(&state) : []
        if dataChanged, case .team = state.mode { effects.append(.loadTeam) }
        if dataChanged, case .requester(let shown) = state.mode {
            effects.append(.loadRequester(ticketId: shown.ticketId, limit: max(RequesterState.pageSize, shown.rows.count)))
        }
        if let id = state.detail.ticketId, now - state.detail.presenceCheckedAt >= presenceInterval {
            state.detail.presenceCheckedAt = now
            var replying = false
            if case .composing(let composer) = state.mode, composer.composition.key.ticketId == id { replying = true }
            effects.append(.checkPresence(ticketId: id, replying ? .replying : .viewing))
        }
        return effects
    }

    // MARK: - Keys

    /// A key goes to the controller of the active mode; with no mode, to the focused pane's.
    static func handleKey(_ event: KeyEvent, _ state: inout AppState) -> [Effect] {
        switch state.mode {
        case .normal: return PaneKeys.handle(event, &state)
        case .help: return HelpController.handle(event, &state)
        case .filtering: return FilterController.handle(event, &state)
        case .commandLine: return CommandLineController.handle(event, &state)
        case .kbSearch: return KBSearchController.handle(event, &state)
        case .picking: return PickerController.handle(event, &state)
        case .prompting: return PromptController.handle(event, &state)
        case .confirming: return ConfirmationController.handle(event, &state)
        case .composing: return ComposerController.handle(event, &state)
        case .team: return TeamController.handle(event, &state)
        case .requester: return RequesterController.handle(event, &state)
        case .erasing: return ErasureController.handle(event, &state)
        }
    }
}
