import HelpdeskCore

/// A one-line question (reason, category, tags, ticket number): Enter answers, Esc cancels.
/// The answer acts on the target the prompt was asked about.
enum PromptController {
    static func handle(_ event: KeyEvent, _ state: inout AppState) -> [Effect] {
        guard case .prompting(var prompt) = state.mode else { return [] }
        switch state.keymap.command(for: event, in: .prompt) {
        case .cancel:
            // Cancelling a file to attach goes back to the question it was asked from.
            if case .attachFile(let confirmation) = prompt.purpose { state.mode = .confirming(confirmation) } else { state.mode = .normal }
        case .accept:
            return answered(prompt, &state)
        default:
            if prompt.input.handle(event) { state.mode = .prompting(prompt) }
        }
        return []
    }

    static func answered(_ prompt: Prompt, _ state: inout AppState) -> [Effect] {
        let text = prompt.input.text.trimmingCharacters(in: .whitespaces)
        let target = prompt.target
        let label = PickerController.label(of: target, state)
        func refuse(_ message: String) -> [Effect] {
            state.message = .init(text: message, isError: true)
            return []
        }
        switch prompt.purpose {
        case .escalate(let tier):
            guard !text.isEmpty else { return refuse("an escalation needs a reason") }
            if case .marked(let ids) = target {
                // Each marked ticket goes one tier up from where it is: one request per tier.
                let tiers = Dictionary(grouping: ids) { id in state.queue.rows.first { $0.id == id }?.tier ?? 1 }
                let requests = tiers.keys.sorted().filter { $0 < 3 }.map {
                    TriageRequest(actions: [.escalate(tier: $0 + 1, reason: text)], target: .marked(tiers[$0]!))
                }
                state.mode = .normal
                return requests.map { .perform($0) }
            }
            state.mode = .normal
            return [.openPicker(.escalateAssignee(tier: tier, reason: text), title: "Escalate \(label) to tier \(tier), assign to",
                                target: target, tier: tier)]
        case .deescalate(let tier):
            guard !text.isEmpty else { return refuse("a de-escalation needs a note for the agents there") }
            return TicketActions.confirmOrPerform(TriageRequest(actions: [.deescalate(tier: tier, note: text)], target: target),
                                                  "De-escalate \(label) to tier \(tier)", &state)
        case .category:
            return TicketActions.confirmOrPerform(TriageRequest(actions: [.setCategory(text.isEmpty ? nil : text)], target: target),
                                                  "Set the category of \(label) to \(text.isEmpty ? "(none)" : text)", &state)
        case .tags:
            do {
                let actions = try TagChanges.actions(from: text)
                return TicketActions.confirmOrPerform(TriageRequest(actions: actions, target: target), "Tags \(text) on \(label)", &state)
            } catch {
                return refuse("\(error)")
            }
        case .link, .merge:
            guard let other = FilterController.ticketNumber(text) else { return refuse("type a ticket number, e.g. 1042") }
            if prompt.purpose == .link {
                return TicketActions.confirmOrPerform(TriageRequest(actions: [.link(duplicateOf: other)], target: target),
                                                      "Link \(label) as a duplicate of #\(other)", &state)
            }
            state.mode = .confirming(Confirmation(question: "Merge \(label) into #\(other)? Its conversation moves there and it is closed. (y/n)",
                                                  request: TriageRequest(actions: [.merge(into: other)], target: target)))
            return []
        case .attachFile(let confirmation):
            guard !text.isEmpty, text != "~/" else { return refuse("type the path of a file to attach, or Esc to go back to the question") }
            state.mode = .normal
            return [.readAttachment(path: AttachmentController.expandingHome(text), for: confirmation)]
        case .saveAttachment(let file):
            guard !text.isEmpty else { return refuse("type where to save \(file.fileName), e.g. ~/\(file.fileName)") }
            state.mode = .normal
            return [.saveAttachment(file, path: AttachmentController.expandingHome(text))]
        default:
            state.mode = .normal
            return []
        }
    }
}
