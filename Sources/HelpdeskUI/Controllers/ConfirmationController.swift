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
        case .attachFile:
            guard let composition = confirmation.composition else { return [] }
            state.mode = .prompting(Prompt(label: "Attach a file to the \(composition.key.kind.rawValue) (path): ", input: TextInput("~/"),
                                           purpose: .attachFile(confirmation), target: confirmation.request.target))
            state.message = nil
        case .deny:
            state.mode = .normal
            let files = confirmation.composition?.attachedFiles.isEmpty == false ? " (its text; attach the files again)" : ""
            state.message = .init(text: request.draft != nil ? "Not sent — the draft is kept for next time\(files)" : "Cancelled", isError: false)
        default:
            break
        }
        return []
    }

    /// A file was read for the reply or note waiting for its yes: it joins it, and the question
    /// (naming every file) is asked again.
    static func attached(_ file: NewAttachment, to confirmation: Confirmation, _ state: inout AppState) -> [Effect] {
        guard var composition = confirmation.composition else { return [] }
        let text: String
        switch confirmation.request.actions.first {
        case .reply(let body)?, .note(let body)?: text = body
        default: return []
        }
        composition.extraActions.append(.attach(file))
        return ComposerController.composed(composition, text: text, &state)
    }

    /// The file could not be read: the question again, with the reason.
    static func attachFailed(_ reason: String, _ confirmation: Confirmation, _ state: inout AppState) -> [Effect] {
        state.mode = .confirming(confirmation)
        state.message = .init(text: reason, isError: true)
        return []
    }
}
