import HelpdeskCore

/// A ticket action's first step: it acts on the current ticket (the one the detail pane shows),
/// or on the marked tickets — and the picker, prompt or composer it opens names them. Changes
/// are based on the version the agent sees, so a change someone else made in between is
/// refused with their name, not overwritten.
enum TicketActions {
    static let statusChoices: [TicketStatus] = [.open, .pending, .onHold, .solved, .closed]
    /// The actions that work on marked tickets too.
    static let bulkable: Set<Command> = [.take, .assign, .setStatus, .setPriority, .escalate, .setCategory, .tags, .setChannel]

    static func start(_ command: Command, _ state: inout AppState) -> [Effect] {
        guard state.agentId != nil else {
            state.message = .init(text: "you are not an agent of this helpdesk: an admin can add you with helpdesk agent add \(state.agentLogin)", isError: true)
            return []
        }
        // With no ticket open yet, the queue row under the cursor becomes the current ticket.
        if state.detail.ticketId == nil, let row = state.queue.selectedRow {
            let effects = CurrentTicket.select(row.id, &state)
            return effects + start(command, &state)
        }
        guard let (target, label, current) = CurrentTicket.target(state) else {
            state.message = .init(text: state.detail.ticketId == nil ? "no ticket selected" : "the ticket is still loading — try again", isError: true)
            return []
        }
        let bulk = !state.queue.marked.isEmpty
        if bulk && !bulkable.contains(command) {
            state.message = .init(text: "\(command.rawValue) works on one ticket: clear the marks with *", isError: true)
            return []
        }
        // Closed is final (the core's rule): said at the key, before a prompt or an editor opens.
        if !bulk, let ticket = state.detail.shown?.ticket {
            do {
                try TicketService.checkChangeable(ticket)
            } catch {
                state.message = .init(text: "\(error)", isError: true)
                return []
            }
        }
        let tier = current?.tier ?? 1
        switch command {
        case .take:
            return confirmOrPerform(TriageRequest(actions: [.take], target: target), "Take \(label)", &state)
        case .assign:
            return [.openPicker(.assign, title: "Assign \(label) to", target: target, tier: tier)]
        case .macro:
            return [.openPicker(.macro, title: "Canned response for \(label)", target: target, tier: tier)]
        case .setStatus:
            state.mode = .picking(Picker(title: "Status of \(label)", items: statusChoices.map { Picker.Item($0.rawValue, value: .status($0)) },
                                         purpose: .status, target: target))
        case .setPriority:
            state.mode = .picking(Picker(title: "Priority of \(label)", items: Priority.allCases.reversed().map { Picker.Item($0.name, value: .priority($0)) },
                                         purpose: .priority, target: target))
        case .setChannel:
            state.mode = .picking(Picker(title: "Channel of \(label)", items: Channel.allCases.map { Picker.Item($0.rawValue, value: .channel($0)) },
                                         purpose: .channel, target: target))
        case .setCategory:
            state.mode = .prompting(Prompt(label: "Category of \(label) (empty clears): ",
                                           input: TextInput(bulk ? "" : state.detail.shown?.ticket.category ?? ""), purpose: .category, target: target))
        case .tags:
            state.mode = .prompting(Prompt(label: "Tags of \(label) (+add -remove): ", purpose: .tags, target: target))
        case .escalate:
            if bulk {
                state.mode = .prompting(Prompt(label: "Escalate \(label) one tier up — reason: ", purpose: .escalate(tier: 0), target: target))
                return []
            }
            guard let next = step(from: tier, up: true, id: current?.id ?? 0, &state) else { return [] }
            state.mode = .prompting(Prompt(label: "Escalate \(label) to tier \(next) — reason: ", purpose: .escalate(tier: next), target: target))
        case .deescalate:
            guard let next = step(from: tier, up: false, id: current?.id ?? 0, &state) else { return [] }
            state.mode = .prompting(Prompt(label: "De-escalate \(label) to tier \(next) — note: ", purpose: .deescalate(tier: next), target: target))
        case .reply, .note:
            guard let current else { return [] }
            return [.compose(Composition(key: DraftKey(ticketId: current.id, kind: command == .reply ? .reply : .note),
                                         version: current.version, subject: current.subject))]
        case .link:
            state.mode = .prompting(Prompt(label: "\(label) is a duplicate of ticket: ", purpose: .link, target: target))
        case .merge:
            state.mode = .prompting(Prompt(label: "Merge \(label) into ticket: ", purpose: .merge, target: target))
        default:
            break
        }
        return []
    }

    /// The tier one step up or down (the core's rule), or nil with the reason on the bottom line.
    static func step(from tier: Int, up: Bool, id: Int64, _ state: inout AppState) -> Int? {
        do {
            return try TierStep.next(from: tier, up: up, ticketId: id)
        } catch {
            state.message = .init(text: "\(error)", isError: true)
            return nil
        }
    }

    /// One ticket: at once. Marked tickets: after a yes that says how many.
    static func confirmOrPerform(_ request: TriageRequest, _ what: String, _ state: inout AppState) -> [Effect] {
        if case .marked = request.target {
            state.mode = .confirming(Confirmation(question: "\(what)? (y/n)", request: request))
            return []
        }
        state.mode = .normal
        return [.perform(request)]
    }
}
