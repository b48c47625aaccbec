import HelpdeskCore

/// Triage from the keyboard: every command acts on the marked tickets when there are any (with
/// a confirmation), else on the selected one, based on the version the agent sees — so a change
/// someone else made in between is refused with their name, not overwritten.
extension Update {
    static let statusChoices: [TicketStatus] = [.open, .pending, .onHold, .solved, .closed]

    /// The selected ticket (from the detail pane when it shows the selection) and its version.
    static func selectedTicket(_ state: AppState) -> (id: Int64, version: Int64, tier: Int)? {
        if state.focus == .detail || state.zoomed, let ticket = state.detail.detail?.ticket, let id = ticket.id {
            return (id, ticket.version, ticket.tier)
        }
        guard let row = state.queue.selectedRow else { return nil }
        if let ticket = state.detail.detail?.ticket, ticket.id == row.id { return (row.id, ticket.version, ticket.tier) }
        return (row.id, row.version, row.tier)
    }

    static func triageTarget(_ state: AppState) -> TriageRequest.Target? {
        if !state.queue.marked.isEmpty { return .marked(state.queue.marked.sorted()) }
        return selectedTicket(state).map { .ticket($0.id, version: $0.version) }
    }

    static func triage(_ command: Command, _ state: inout AppState) -> [Effect] {
        if command == .undo { return undo(&state) }
        if command == .markAll {
            if !state.queue.marked.isEmpty {
                state.queue.marked = []
                state.message = .init(text: "Marks cleared", isError: false)
                return []
            }
            return [.markAll(state.queue.filter)]
        }
        guard state.agentId != nil else {
            state.message = .init(text: "you are not an agent of this helpdesk: an admin can add you with helpdesk agent add \(state.agentLogin)", isError: true)
            return []
        }
        guard let selected = selectedTicket(state), let target = triageTarget(state) else {
            state.message = .init(text: "no ticket selected", isError: true)
            return []
        }
        let bulk = !state.queue.marked.isEmpty
        let bulkable: Set<Command> = [.take, .assign, .setStatus, .setPriority, .escalate, .setCategory, .tags, .setChannel]
        if bulk && !bulkable.contains(command) {
            state.message = .init(text: "\(command.rawValue) works on one ticket: clear the marks with *", isError: true)
            return []
        }
        switch command {
        case .take:
            return confirmOrPerform(TriageRequest(actions: [.take], target: target), "Take", &state)
        case .assign:
            return [.openPicker(.assign, ticketId: selected.id, tier: selected.tier)]
        case .macro:
            return [.openPicker(.macro, ticketId: selected.id, tier: selected.tier)]
        case .setStatus:
            state.mode = .picking(Picker(title: "Status", items: statusChoices.map { Picker.Item($0.rawValue) }, purpose: .status))
        case .setPriority:
            state.mode = .picking(Picker(title: "Priority", items: Priority.allCases.reversed().map { Picker.Item($0.name) }, purpose: .priority))
        case .setChannel:
            state.mode = .picking(Picker(title: "Channel", items: Channel.allCases.map { Picker.Item($0.rawValue) }, purpose: .channel))
        case .setCategory:
            state.mode = .prompting(Prompt(label: "Category (empty clears): ", input: TextInput(state.detail.detail?.ticket.category ?? ""), purpose: .category))
        case .tags:
            state.mode = .prompting(Prompt(label: "Tags (+add -remove): ", input: TextInput(), purpose: .tags))
        case .escalate:
            let tier = bulk ? 0 : selected.tier + 1
            guard bulk || tier <= 3 else {
                state.message = .init(text: "#\(selected.id) is already tier 3, the top tier", isError: true)
                return []
            }
            state.mode = .prompting(Prompt(label: bulk ? "Escalate one tier up — reason: " : "Escalate #\(selected.id) to tier \(tier) — reason: ",
                                           input: TextInput(), purpose: .escalate(tier: tier)))
        case .deescalate:
            guard selected.tier > 1 else {
                state.message = .init(text: "#\(selected.id) is tier 1, the lowest tier", isError: true)
                return []
            }
            state.mode = .prompting(Prompt(label: "De-escalate #\(selected.id) to tier \(selected.tier - 1) — note: ",
                                           input: TextInput(), purpose: .deescalate(tier: selected.tier - 1)))
        case .reply, .note:
            let kind: DraftKey.Kind = command == .reply ? .reply : .note
            return [.compose(Composition(key: DraftKey(ticketId: selected.id, kind: kind), version: selected.version,
                                         initialText: "", extraActions: [], macroName: nil))]
        case .link:
            state.mode = .prompting(Prompt(label: "#\(selected.id) is a duplicate of ticket: ", input: TextInput(), purpose: .link))
        case .merge:
            state.mode = .prompting(Prompt(label: "Merge #\(selected.id) into ticket: ", input: TextInput(), purpose: .merge))
        default:
            break
        }
        return []
    }

    /// One ticket: at once. Marked tickets: after a yes.
    static func confirmOrPerform(_ request: TriageRequest, _ verb: String, _ state: inout AppState) -> [Effect] {
        if case .marked(let ids) = request.target {
            state.mode = .confirming(Confirmation(question: "\(verb) on \(ids.count) marked tickets? (y/n)", request: request))
            return []
        }
        state.mode = .normal
        return [.perform(request)]
    }

    static func undo(_ state: inout AppState) -> [Effect] {
        guard let outcome = state.lastOutcome, state.now <= state.undoUntil else {
            state.message = .init(text: "nothing to undo", isError: true)
            return []
        }
        state.lastOutcome = nil
        return [.undo(outcome)]
    }

    // MARK: - Picker, prompt, confirmation

    static func pickerKey(_ event: KeyEvent, picker: Picker, _ state: inout AppState) -> [Effect] {
        var picker = picker
        switch event.key {
        case .escape:
            state.mode = .normal
        case .enter:
            guard let choice = picker.choice, let target = triageTarget(state) else { return [] }
            state.mode = .normal
            return picked(choice, purpose: picker.purpose, target: target, &state)
        default:
            if picker.handle(event) { state.mode = .picking(picker) }
        }
        return []
    }

    static func picked(_ choice: Picker.Item, purpose: TriagePurpose, target: TriageRequest.Target, _ state: inout AppState) -> [Effect] {
        let action: TicketAction
        switch purpose {
        case .assign: action = choice.value.isEmpty ? .unassign : .assign(login: choice.value)
        case .status: action = .setStatus(TicketStatus(parsing: choice.value) ?? .open)
        case .priority: action = .setPriority(Priority(parsing: choice.value) ?? .normal)
        case .channel: action = .setChannel(Channel(parsing: choice.value) ?? .email)
        case .escalateAssignee(let tier, let reason):
            action = .escalate(tier: tier, reason: reason, assignee: choice.value.isEmpty ? nil : choice.value)
        case .articleSection(let articleId):
            return articleChosen(articleId: articleId, text: choice.value, &state)
        case .macro:
            // value = "filled text", detail = the macro's effects; the field actions come along.
            guard let selected = selectedTicket(state), let macro = state.pendingMacros.first(where: { $0.name == choice.label }),
                  let detail = state.detail.detail, detail.ticket.id == selected.id else {
                state.message = .init(text: "the ticket is still loading — try again", isError: true)
                return []
            }
            let text = macro.text(for: detail, agentName: state.agentName)
            return [.compose(Composition(key: DraftKey(ticketId: selected.id, kind: .reply), version: selected.version,
                                         initialText: text, extraActions: macro.fieldActions, macroName: macro.name))]
        default: return []
        }
        let verb = switch purpose {
        case .assign: choice.value.isEmpty ? "Unassign" : "Assign to \(choice.value)"
        case .status: "Set status \(choice.value)"
        case .priority: "Set priority \(choice.value)"
        case .escalateAssignee(let tier, _): "Escalate to tier \(tier)"
        default: "Set channel \(choice.value)"
        }
        return confirmOrPerform(TriageRequest(actions: [action], target: target), verb, &state)
    }

    static func promptKey(_ event: KeyEvent, prompt: Prompt, _ state: inout AppState) -> [Effect] {
        var prompt = prompt
        switch event.key {
        case .escape:
            state.mode = .normal
        case .enter:
            guard let target = triageTarget(state) else { return [] }
            let text = prompt.input.text.trimmingCharacters(in: .whitespaces)
            switch prompt.purpose {
            case .escalate(let tier):
                guard !text.isEmpty else {
                    state.message = .init(text: "an escalation needs a reason", isError: true)
                    return []
                }
                if case .marked(let ids) = target {
                    // Each marked ticket goes one tier up from where it is: one request per tier.
                    let tiers = Dictionary(grouping: ids) { id in state.queue.rows.first { $0.id == id }?.tier ?? 1 }
                    let requests = tiers.keys.sorted().filter { $0 < 3 }.map {
                        TriageRequest(actions: [.escalate(tier: $0 + 1, reason: text)], target: .marked(tiers[$0]!))
                    }
                    state.mode = .normal
                    return requests.map { .perform($0) }
                }
                guard case .ticket(let id, _) = target else { return [] }
                state.mode = .normal
                return [.openPicker(.escalateAssignee(tier: tier, reason: text), ticketId: id, tier: tier)]
            case .deescalate(let tier):
                guard !text.isEmpty else {
                    state.message = .init(text: "a de-escalation needs a note for the agents there", isError: true)
                    return []
                }
                return confirmOrPerform(TriageRequest(actions: [.deescalate(tier: tier, note: text)], target: target), "De-escalate", &state)
            case .category:
                return confirmOrPerform(TriageRequest(actions: [.setCategory(text.isEmpty ? nil : text)], target: target), "Set category \(text.isEmpty ? "(none)" : text)", &state)
            case .tags:
                let words = text.split(separator: " ").map(String.init)
                let removed = words.filter { $0.hasPrefix("-") }.map { String($0.dropFirst()) }.filter { !$0.isEmpty }
                let added = words.filter { !$0.hasPrefix("-") }.map { $0.hasPrefix("+") ? String($0.dropFirst()) : $0 }.filter { !$0.isEmpty }
                var actions: [TicketAction] = []
                if !added.isEmpty { actions.append(.addTags(added)) }
                if !removed.isEmpty { actions.append(.removeTags(removed)) }
                guard !actions.isEmpty else { state.mode = .normal; return [] }
                return confirmOrPerform(TriageRequest(actions: actions, target: target), "Tags \(text)", &state)
            case .link, .merge:
                guard let other = Int64(text.drop { $0 == "#" }) else {
                    state.message = .init(text: "type a ticket number, e.g. 1042", isError: true)
                    return []
                }
                if prompt.purpose == .link {
                    return confirmOrPerform(TriageRequest(actions: [.link(duplicateOf: other)], target: target), "Link", &state)
                }
                guard case .ticket(let id, _) = target else { return [] }
                state.mode = .confirming(Confirmation(question: "Merge #\(id) into #\(other)? Its conversation moves there and it is closed. (y/n)",
                                                      request: TriageRequest(actions: [.merge(into: other)], target: target)))
            default:
                state.mode = .normal
            }
        default:
            if prompt.input.handle(event) { state.mode = .prompting(prompt) }
        }
        return []
    }

    static func confirmKey(_ event: KeyEvent, confirmation: Confirmation, _ state: inout AppState) -> [Effect] {
        switch event.key {
        case .char("y"), .char("Y"):
            state.mode = .normal
            return [.perform(confirmation.request)]
        case .char("e") where confirmation.request.draft != nil:
            // Edit the reply again: the draft file holds the text.
            state.mode = .normal
            guard let key = confirmation.request.draft, case .ticket(_, let version) = confirmation.request.target else { return [] }
            let extra = Array(confirmation.request.actions.dropFirst())
            return [.compose(Composition(key: key, version: version, initialText: "", extraActions: extra, macroName: nil,
                                         articleId: confirmation.request.articleId))]
        case .char("n"), .char("N"), .escape:
            state.mode = .normal
            state.message = .init(text: confirmation.request.draft != nil ? "Not sent — the draft is kept for next time" : "Cancelled", isError: false)
        default:
            break
        }
        return []
    }

    /// The inline editor: Ctrl-S sends (after the usual question), Esc closes and keeps the draft;
    /// every change is saved to the draft file at once, so a closed terminal loses nothing.
    static func composerKey(_ event: KeyEvent, composer: Composer, _ state: inout AppState) -> [Effect] {
        var composer = composer
        switch event.key {
        case .ctrl("s"):
            state.mode = .normal
            return composed(composer.composition, text: composer.area.text, &state)
        case .escape:
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

    /// The editor closed: an empty text sends nothing; otherwise ask before sending.
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
        state.mode = .confirming(Confirmation(
            question: "Send this \(what) on #\(composition.key.ticketId) (\(lines) line\(lines == 1 ? "" : "s"))\(extra)? y = send, e = edit, n = keep as draft",
            request: TriageRequest(actions: [first] + composition.extraActions, target: .ticket(composition.key.ticketId, version: composition.version),
                                   draft: composition.key, articleId: composition.articleId)))
        return []
    }

    static func triageDone(summary: String, outcome: ActionOutcome?, isError: Bool, _ state: inout AppState) -> [Effect] {
        if let outcome, outcome.isUndoable {
            state.lastOutcome = outcome
            state.undoUntil = state.now + 10
            state.message = .init(text: "\(summary) — u to undo", isError: false)
        } else {
            state.message = .init(text: summary, isError: isError)
        }
        state.queue.marked = []
        return refresh(&state)
    }
}

extension Update {
    /// The team view: move, Enter shows the row's tickets in the queue, Esc closes.
    static func teamKey(_ event: KeyEvent, load: TeamLoad, selected: Int, _ state: inout AppState) -> [Effect] {
        let rows = TeamView.rows(load)
        switch state.keymap.command(for: event, focus: .global) {
        case .moveDown: state.mode = .team(load, selected: min(selected + 1, max(0, rows.count - 1)))
        case .moveUp: state.mode = .team(load, selected: max(0, selected - 1))
        case .top: state.mode = .team(load, selected: 0)
        case .bottom: state.mode = .team(load, selected: max(0, rows.count - 1))
        case .open:
            guard rows.indices.contains(selected) else { return [] }
            state.mode = .normal
            state.focus = .queue
            // "All open" with the row's query as the filter: mark and reassign from there.
            state.viewIndex = state.views.firstIndex(of: BuiltinViews.allOpen) ?? state.viewIndex
            state.filterText = rows[selected].query
            state.message = .init(text: "\(rows[selected].label): space or * marks, a reassigns", isError: false)
            return reloadQueue(&state, keepSelection: nil)
        case .back, .quit: state.mode = .normal
        default: break
        }
        return []
    }
}
