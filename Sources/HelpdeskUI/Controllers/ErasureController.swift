import HelpdeskCore

/// `E` in the requester overlay: asks the core whether this agent may erase (admins only), then
/// the reason, then y; only then is anything erased (RequesterErasure in the core).
enum ErasureController {
    /// `E`: the overlay's requester, once loaded and not erased yet.
    static func start(_ shown: RequesterState, _ state: inout AppState) -> [Effect] {
        guard let requester = shown.requester else { return [] }
        guard !requester.isErased else {
            state.message = .init(text: "requester #\(requester.id) is already erased", isError: true)
            return []
        }
        return [.prepareErasure(requesterId: requester.id)]
    }

    /// The core said yes: ask for the reason, if the overlay still shows that requester.
    static func allowed(requesterId: Int64, _ state: inout AppState) -> [Effect] {
        guard case .requester(let shown) = state.mode, let requester = shown.requester, requester.id == requesterId else { return [] }
        state.mode = .erasing(ErasureState(overlay: shown, requester: requester))
        return []
    }

    static func handle(_ event: KeyEvent, _ state: inout AppState) -> [Effect] {
        guard case .erasing(var erasing) = state.mode else { return [] }
        func back(_ message: String?) {
            state.mode = .requester(erasing.overlay)
            state.message = message.map { .init(text: $0, isError: false) }
        }
        switch erasing.step {
        case .reason(var input):
            switch state.keymap.command(for: event, in: .prompt) {
            case .cancel:
                back("Nothing was erased")
            case .accept:
                let reason = input.text.trimmingCharacters(in: .whitespaces)
                guard !reason.isEmpty else {
                    state.message = .init(text: "erasing needs a reason (it is kept in the log)", isError: true)
                    return []
                }
                state.message = nil
                erasing.step = .confirm(reason: reason)
                state.mode = .erasing(erasing)
            default:
                if input.handle(event) {
                    erasing.step = .reason(input)
                    state.mode = .erasing(erasing)
                }
            }
        case .confirm(let reason):
            switch state.keymap.command(for: event, in: .confirm) {
            case .confirm:
                back(nil)
                return [.eraseRequester(requesterId: erasing.requester.id, reason: reason)]
            case .deny:
                back("Nothing was erased")
            default:
                break
            }
        }
        return []
    }

    /// Done: say what was redacted, and show every pane again as it now reads.
    static func erased(_ outcome: RequesterErasure.Outcome, _ state: inout AppState) -> [Effect] {
        state.message = .init(text: "Requester #\(outcome.requesterId) erased: \(outcome.ownTickets) own and \(outcome.otherTickets) other "
                                  + "ticket\(outcome.otherTickets == 1 ? "" : "s") redacted (recorded in the log)", isError: false)
        var effects = Update.refresh(&state)
        if case .requester(let shown) = state.mode {
            effects.append(.loadRequester(ticketId: shown.ticketId, limit: max(RequesterState.pageSize, shown.rows.count)))
        }
        return effects
    }
}
