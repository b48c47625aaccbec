import HelpdeskCore

/// The inline editor (no `$VISUAL`/`$EDITOR`): Ctrl-S sends after the usual question, Esc
/// closes and keeps the draft; every change is saved to the draft file at once, so a closed
/// terminal loses nothing.
enum ComposerController {
    static func handle(_ event: KeyEvent, _ state: inout AppState) -> [Effect] {
        guard case .composing(var composer) = state.mode else { return [] }
        switch state.keymap.command(for: event, in: .composer) {
        case .send:
            state.mode = .normal
            return composed(composer.composition, text: composer.area.text, &state)
        case .cancel:
            state.mode = .normal
            let empty = composer.area.text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
            state.message = .init(text: empty ? "Nothing written" : "Kept as a draft — \(composer.composition.key.kind.rawValue) again to continue",
                                  isError: false)
            return []
        default:
            guard composer.area.handle(event) else { return [] }
            state.mode = .composing(composer)
            return [.saveDraft(composer.composition.key, text: composer.area.text)]
        }
    }

    /// The editor closed: an empty text sends nothing; otherwise ask before sending, naming the ticket.
    static func composed(_ composition: Composition, text: String, _ state: inout AppState) -> [Effect] {
        let body = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !body.isEmpty else {
            state.message = .init(text: "Empty — nothing sent", isError: false)
            return []
        }
        let first: TicketAction = composition.key.kind == .reply ? .reply(body) : .note(body)
        let lines = body.split(separator: "\n", omittingEmptySubsequences: false).count
        let what = composition.key.kind == .reply ? "reply to the requester" : "internal note"
        let extra = composition.macroName.map { _ in composition.extraActions.isEmpty ? "" : " and apply the macro's fields" } ?? ""
        let label = TicketLabel.text(id: composition.key.ticketId, subject: composition.subject)
        func key(_ command: Command) -> String { state.keymap.keys(for: command, scope: .confirm).first ?? command.rawValue }
        var again = composition
        again.initialText = ""
        state.mode = .confirming(Confirmation(
            question: "Send this \(what) on \(label) (\(lines) line\(lines == 1 ? "" : "s"))\(extra)? \(key(.confirm)) = send, \(key(.editAgain)) = edit, \(key(.deny)) = keep as draft",
            request: TriageRequest(actions: [first] + composition.extraActions, target: .ticket(composition.key.ticketId, version: composition.version),
                                   draft: composition.key, articleId: composition.articleId),
            composition: again))
        return []
    }
}
