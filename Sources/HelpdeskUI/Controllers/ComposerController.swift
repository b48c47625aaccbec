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
        let files = composition.attachedFiles.map(\.fileName)
        let size = "\(lines) line\(lines == 1 ? "" : "s")" + (files.isEmpty ? "" : ", with \(files.joined(separator: ", "))")
        let macro = composition.macroName.map { _ in composition.extraActions.count > files.count ? " and apply the macro's fields" : "" } ?? ""
        let subject = TicketLabel.shortSubject(composition.subject)
        func key(_ command: Command) -> String { state.keymap.keys(for: command, scope: .confirm).first ?? command.rawValue }
        var again = composition
        again.initialText = ""
        state.mode = .confirming(Confirmation(
            // The number first and the subject last: a narrow screen cuts the subject, never the number.
            question: "Send this \(what) on #\(composition.key.ticketId) (\(size))\(macro)?" + (subject.isEmpty ? "" : " “\(subject)”"),
            answers: "\(key(.confirm)) send · \(key(.editAgain)) edit · \(key(.attachFile)) attach · \(key(.deny)) keep draft",
            request: TriageRequest(actions: [first] + composition.extraActions, target: .ticket(composition.key.ticketId, version: composition.version),
                                   draft: composition.key, articleId: composition.articleId),
            composition: again))
        return []
    }
}
