import HelpdeskCore

/// A question before acting (a reply, a bulk change, a merge): y does it, n or Esc does not,
/// e edits the reply again.
enum ConfirmationController {
    static func handle(_ event: KeyEvent, _ state: inout AppState) -> [Effect] {
        guard case .confirming(let confirmation) = state.mode else { return [] }
        let request = confirmation.request
        switch state.keymap.command(for: event, in: .confirm) {
        case .confirm:
            state.mode = .normal
            return [.perform(request)]
        case .editAgain:
            guard let composition = confirmation.composition else { return [] }
            state.mode = .normal
            return [.compose(composition)]
        case .deny:
            state.mode = .normal
            state.message = .init(text: request.draft != nil ? "Not sent — the draft is kept for next time" : "Cancelled", isError: false)
        default:
            break
        }
        return []
    }
}
