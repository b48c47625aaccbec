import HelpdeskCore

/// A picker: ↑/↓ (Ctrl-N/Ctrl-P) move, typing filters (fuzzy), Enter picks, Esc cancels. The
/// choice acts on the target the picker was opened for.
enum PickerController {
    static func handle(_ event: KeyEvent, _ state: inout AppState) -> [Effect] {
        guard case .picking(var picker) = state.mode else { return [] }
        switch state.keymap.command(for: event, in: .picker) {
        case .cancel:
            state.mode = .normal
        case .moveDown:
            picker.move(by: 1)
            state.mode = .picking(picker)
        case .moveUp:
            picker.move(by: -1)
            state.mode = .picking(picker)
        case .accept:
            guard let choice = picker.choice, let target = picker.target else { return [] }
            state.mode = .normal
            return picked(choice.value, purpose: picker.purpose, target: target, &state)
        default:
            if picker.type(event) { state.mode = .picking(picker) }
        }
        return []
    }

    static func picked(_ value: PickerValue, purpose: TriagePurpose, target: TriageRequest.Target, _ state: inout AppState) -> [Effect] {
        let label = label(of: target, state)
        switch (purpose, value) {
        case (.assign, .agent(let login)):
            let action: TicketAction = login.map { .assign(login: $0) } ?? .unassign
            return TicketActions.confirmOrPerform(TriageRequest(actions: [action], target: target),
                                                  login.map { "Assign \(label) to \($0)" } ?? "Unassign \(label)", &state)
        case (.status, .status(let status)):
            return TicketActions.confirmOrPerform(TriageRequest(actions: [.setStatus(status)], target: target), "Set \(label) to \(status.rawValue)", &state)
        case (.priority, .priority(let priority)):
            return TicketActions.confirmOrPerform(TriageRequest(actions: [.setPriority(priority)], target: target),
                                                  "Set the priority of \(label) to \(priority.name)", &state)
        case (.channel, .channel(let channel)):
            return TicketActions.confirmOrPerform(TriageRequest(actions: [.setChannel(channel)], target: target),
                                                  "Set the channel of \(label) to \(channel.rawValue)", &state)
        case (.escalateAssignee(let tier, let reason), .agent(let login)):
            return TicketActions.confirmOrPerform(TriageRequest(actions: [.escalate(tier: tier, reason: reason, assignee: login)], target: target),
                                                  "Escalate \(label) to tier \(tier)", &state)
        case (.macro, .macro(let macro)):
            // The macro's text is filled from the ticket as shown; its fields come along in the same change.
            guard case .ticket(let id, let version) = target, let detail = state.detail.shown, detail.ticket.id == id else {
                state.message = .init(text: "the ticket is still loading — try again", isError: true)
                return []
            }
            let actions = macro.actions(for: detail, agentName: state.agentName)
            guard case .reply(let text) = actions.first else { return [] }
            return [.compose(Composition(key: DraftKey(ticketId: id, kind: .reply), version: version, subject: detail.ticket.subject,
                                         initialText: text, extraActions: Array(actions.dropFirst()), macroName: macro.name))]
        case (.attachment, .attachment(let file)):
            return [.openAttachment(file)]
        case (.articleSection(let articleId), .text(let text)):
            guard case .ticket(let id, let version) = target else { return [] }
            let subject = CurrentTicket.of(state).map(\.subject) ?? ""
            return [ArticleUse.reply(to: CurrentTicket(id: id, version: version, tier: 1, subject: subject), articleId: articleId, text: text)]
        default:
            return []
        }
    }

    /// How a confirmation names the target: "#1042 VPN-…" or "3 marked tickets".
    static func label(of target: TriageRequest.Target, _ state: AppState) -> String {
        switch target {
        case .marked(let ids): "\(ids.count) marked ticket\(ids.count == 1 ? "" : "s")"
        case .ticket(let id, _):
            CurrentTicket.of(state).flatMap { $0.id == id ? $0.label : nil } ?? "#\(id)"
        }
    }
}
