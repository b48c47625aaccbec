import Testing
@testable import HelpdeskCore
@testable import HelpdeskUI

/// Triage keys as a pure function: which picker, prompt or confirmation a key opens, and the
/// request it finally hands to the service (with the version the agent saw).
@Suite struct TriageUpdateTests {
    typealias F = UIFixtures

    @discardableResult
    private func press(_ keys: String..., on state: inout AppState) -> [Effect] {
        keys.flatMap { Update.apply(.key(.spec($0)), to: &state) }
    }

    @discardableResult
    private func type(_ text: String, on state: inout AppState) -> [Effect] {
        text.flatMap { Update.apply(.key(KeyEvent(.char($0))), to: &state) }
    }

    private func performed(_ effects: [Effect]) -> [TriageRequest] {
        effects.compactMap { if case .perform(let request) = $0 { return request } else { return nil } }
    }

    /// #1042 (version 4) selected and shown in the detail pane.
    private var state: AppState { F.loadedState(120, 40) }
    private let current = TriageRequest.Target.ticket(1042, version: 4)
    /// How prompts and pickers name #1042.
    private let label = TicketLabel.text(id: 1042, subject: UIFixtures.queueRows[0].subject)

    @Test func takeActsAtOnceOnTheSelectedTicketAtTheVersionShown() {
        var state = self.state
        let effects = press("t", on: &state)
        #expect(performed(effects) == [TriageRequest(actions: [.take], target: .ticket(1042, version: 4))])
        #expect(state.mode == .normal)
    }

    @Test func statusPickerFiltersAsYouTypeAndEnterApplies() {
        var state = self.state
        press("s", on: &state)
        guard case .picking(let picker) = state.mode else { Issue.record("no picker"); return }
        #expect(picker.title == "Status of \(label)")
        #expect(picker.target == current)
        #expect(picker.visible.map(\.label) == ["open", "pending", "on-hold", "solved", "closed"])
        type("pen", on: &state)
        guard case .picking(let filtered) = state.mode else { Issue.record("picker closed"); return }
        #expect(filtered.visible.map(\.label) == ["pending", "open"])  // fuzzy: p-e-n in order, the closest first
        let effects = press("enter", on: &state)
        #expect(performed(effects) == [TriageRequest(actions: [.setStatus(.pending)], target: .ticket(1042, version: 4))])
        // Esc on a picker changes nothing.
        press("p", on: &state)
        #expect(performed(press("esc", on: &state)).isEmpty)
        #expect(state.mode == .normal)
    }

    @Test func assignAsksTheStoreForTheTiersAgentsThenAssignsTheChoice() {
        var state = self.state
        #expect(press("a", on: &state) == [.openPicker(.assign, title: "Assign \(label) to", target: current, tier: 1)])
        let picker = Picker(title: "Assign", items: [Picker.Item("(nobody)", value: .agent(nil)),
                                                     Picker.Item("jweber — Jonas Weber", detail: "3 open", value: .agent("jweber"))],
                            purpose: .assign, target: current)
        _ = Update.apply(.pickerReady(picker), to: &state)
        type("jwbr", on: &state)  // fuzzy
        #expect(performed(press("enter", on: &state)) == [TriageRequest(actions: [.assign(login: "jweber")], target: .ticket(1042, version: 4))])
        press("a", on: &state)
        _ = Update.apply(.pickerReady(picker), to: &state)
        #expect(performed(press("enter", on: &state)) == [TriageRequest(actions: [.unassign], target: .ticket(1042, version: 4))])
    }

    @Test func escalationNeedsAReason() {
        var state = self.state
        press("e", on: &state)
        guard case .prompting(let prompt) = state.mode else { Issue.record("no prompt"); return }
        #expect(prompt.label == "Escalate \(label) to tier 2 — reason: ")
        #expect(performed(press("enter", on: &state)).isEmpty)
        #expect(state.message?.text == "an escalation needs a reason")
        type("needs AD rights", on: &state)
        // Then who in tier 2 gets it; nobody (the first choice) leaves it in tier 2's queue.
        let purpose = TriagePurpose.escalateAssignee(tier: 2, reason: "needs AD rights")
        #expect(press("enter", on: &state) == [.openPicker(purpose, title: "Escalate \(label) to tier 2, assign to", target: current, tier: 2)])
        let picker = Picker(title: "Escalate to tier 2, assign to",
                            items: [Picker.Item("(nobody)", value: .agent(nil)), Picker.Item("cy — Cy", value: .agent("cy"))], purpose: purpose,
                            target: current)
        _ = Update.apply(.pickerReady(picker), to: &state)
        #expect(performed(press("enter", on: &state)) == [
            TriageRequest(actions: [.escalate(tier: 2, reason: "needs AD rights", assignee: nil)], target: .ticket(1042, version: 4)),
        ])
        _ = Update.apply(.pickerReady(picker), to: &state)
        #expect(performed(press("down", "enter", on: &state)) == [
            TriageRequest(actions: [.escalate(tier: 2, reason: "needs AD rights", assignee: "cy")], target: .ticket(1042, version: 4)),
        ])
    }

    @Test func tagsPromptAddsAndRemovesInOneChange() {
        var state = self.state
        press("#", on: &state)
        type("+vpn -printer urgent", on: &state)
        #expect(performed(press("enter", on: &state)) == [
            TriageRequest(actions: [.addTags(["vpn", "urgent"]), .removeTags(["printer"])], target: .ticket(1042, version: 4)),
        ])
    }

    @Test func marksTurnACommandIntoABulkChangeAfterAYes() {
        var state = self.state
        press("space", "space", on: &state)  // marks 1042 and 1033
        press("p", on: &state)
        type("high", on: &state)
        #expect(performed(press("enter", on: &state)).isEmpty)
        guard case .confirming(let confirmation) = state.mode else { Issue.record("no confirmation"); return }
        #expect(confirmation.question == "Set the priority of 2 marked tickets to high? (y/n)")
        #expect(performed(press("y", on: &state)) == [TriageRequest(actions: [.setPriority(.high)], target: .marked([1033, 1042]))])
        // A bulk outcome clears the marks and refreshes the queue.
        let effects = Update.apply(.triageDone(summary: "2 changed", undoable: true, isError: false), to: &state)
        #expect(state.message?.text == "2 changed — u to undo")
        #expect(state.queue.marked.isEmpty)
        #expect(effects.contains { if case .loadQueue = $0 { true } else { false } })
        // Replies are one ticket at a time.
        press("space", on: &state)
        #expect(press("r", on: &state).isEmpty)
        #expect(state.message?.isError == true)
    }

    @Test func markAllAsksForTheMatchingTicketsAndStarClearsThem() {
        var state = self.state
        #expect(press("*", on: &state) == [.markAll(state.queue.filter)])
        _ = Update.apply(.markedAll([1, 2, 3], capped: false), to: &state)
        #expect(state.queue.marked == [1, 2, 3])
        press("*", on: &state)
        #expect(state.queue.marked.isEmpty)
    }

    @Test func aReplyIsWrittenInTheEditorAndSentAfterAYes() {
        var state = self.state
        let effects = press("r", on: &state)
        let composition = Composition(key: DraftKey(ticketId: 1042, kind: .reply), version: 4, subject: F.queueRows[0].subject)
        #expect(effects == [.compose(composition)])
        #expect(composition.title == "Reply to \(label)")
        _ = Update.apply(.composed(composition, text: "Hallo Jürgen,\nbitte neu starten.\n"), to: &state)
        guard case .confirming(let confirmation) = state.mode else { Issue.record("no confirmation"); return }
        #expect(confirmation.question.hasPrefix("Send this reply to the requester on #1042 (2 lines)? “"))
        #expect(performed(press("y", on: &state)) == [
            TriageRequest(actions: [.reply("Hallo Jürgen,\nbitte neu starten.")], target: .ticket(1042, version: 4), draft: composition.key),
        ])
        // "n" keeps the draft; an empty text sends nothing.
        _ = Update.apply(.composed(composition, text: "Entwurf"), to: &state)
        press("n", on: &state)
        #expect(state.message?.text == "Not sent — the draft is kept for next time")
        _ = Update.apply(.composed(composition, text: "  \n"), to: &state)
        #expect(state.mode == .normal)
        #expect(state.message?.text == "Empty — nothing sent")
        // "e" opens the editor again on the same draft.
        _ = Update.apply(.composed(composition, text: "Entwurf"), to: &state)
        #expect(press("e", on: &state) == [.compose(composition)])
    }

    @Test func aMacroFillsItsTextForTheEditorAndBringsItsFields() {
        var state = self.state
        #expect(press("m", on: &state) == [.openPicker(.macro, title: "Canned response for \(label)", target: current, tier: 1)])
        let macro = Macro(name: "Password reset done", body: "Hello {requester}, done for {ticket}. {agent}", setStatus: .solved,
                          setCategory: "account", createdBy: "system", createdAt: 0)
        _ = Update.apply(.pickerReady(Picker(title: "Canned response", items: [Picker.Item(macro.name, value: .macro(macro))], purpose: .macro,
                                             target: current)), to: &state)
        let effects = press("enter", on: &state)
        guard case .compose(let composition)? = effects.first else { Issue.record("no editor"); return }
        #expect(composition.initialText == "Hello Jürgen, done for #1042. Maria")
        #expect(composition.extraActions == [.setCategory("account"), .setStatus(.solved)])
    }

    @Test func undoAsksTheCoreForTheLastChangeAndBringsTheCursorBack() {
        var state = self.state
        _ = Update.apply(.triageDone(summary: "Assigned #1042 to jweber", undoable: true, isError: false), to: &state)
        #expect(state.message?.text == "Assigned #1042 to jweber — u to undo")
        // The core keeps the stack (and the one undo window): u asks it, every time.
        #expect(press("u", on: &state) == [.undoLast])
        #expect(press("u", on: &state) == [.undoLast])
        // The restored ticket becomes current again, and the queue is re-read around it.
        press("j", "j", on: &state)
        #expect(state.currentTicketId == 1041)
        let effects = Update.apply(.undone(summary: "Undone: Assigned #1042 to jweber", ticketIds: [1042]), to: &state)
        #expect(state.currentTicketId == 1042)
        #expect(effects.contains(.loadDetail(ticketId: 1042)))
        _ = Update.apply(.queueLoaded(F.queueRows, .refresh, requested: 100), to: &state)
        #expect(state.queue.selectedRow?.id == 1042)
        // Not undoable (a reply): no hint.
        _ = Update.apply(.triageDone(summary: "Replied to #1042", undoable: false, isError: false), to: &state)
        #expect(state.message?.text == "Replied to #1042")
    }

    @Test func aClosedTicketRefusesEveryActionAtTheKey() {
        var state = self.state
        state.detail.detail?.ticket.status = .closed
        for key in ["r", "n", "t", "s", "#", "e", "m"] {
            #expect(press(key, on: &state).isEmpty, "\(key)")
            #expect(state.mode == .normal, "\(key)")
            #expect(state.message?.text == "#1042 is closed: closed tickets cannot be changed (open a new ticket for a new request)", "\(key)")
        }
    }

    @Test func readOnlyRefusesActionKeysAndLeavesThemOffTheScreen() {
        var state = self.state
        state.readOnly = true
        for key in ["t", "r", "s", "space", "u"] {
            #expect(press(key, on: &state).isEmpty, "\(key)")
            #expect(state.mode == .normal && state.queue.marked.isEmpty, "\(key)")
            #expect(state.message?.text.contains("started with --read-only") == true, "\(key)")
        }
        state.message = nil
        let bottom = F.render(state).buffer
        #expect(bottom.find("t take") == nil && bottom.find("r reply") == nil && bottom.find("? help") != nil)
        let help = HelpLines.lines(for: state.keymap, readOnly: true).map { $0.spans.map(\.text).joined() }
        #expect(!help.contains { $0.contains("take the current ticket") || $0.contains("reply to the requester") })
        #expect(help.contains { $0.contains("move down") })
        // Moving still works.
        press("j", on: &state)
        #expect(state.queue.selected == 1)
    }

    @Test func mouseClicksSelectRowsAndFocusPanesAndTheWheelScrolls() {
        var state = self.state
        // 120×40: the queue pane starts at y 1 (border), its header at y 2, rows from y 3.
        _ = Update.apply(.mouse(MouseEvent(.press, x: 10, y: 5)), to: &state)
        #expect(state.queue.selected == 2 && state.currentTicketId == F.queueRows[2].id)
        _ = Update.apply(.mouse(MouseEvent(.wheelDown, x: 10, y: 5)), to: &state)
        #expect(state.queue.selected == 3)
        let detail = state.layout.rect(for: .detail)!
        _ = Update.apply(.mouse(MouseEvent(.press, x: detail.x + 2, y: detail.y + 2)), to: &state)
        #expect(state.focus == .detail)
        state.mouse = false
        _ = Update.apply(.mouse(MouseEvent(.press, x: 10, y: 5)), to: &state)
        #expect(state.focus == .detail)
    }

    @Test func someoneWhoIsNotAnAgentIsToldSo() {
        var state = self.state
        state.agentId = nil
        #expect(press("t", on: &state).isEmpty)
        #expect(state.message?.text.contains("not an agent") == true)
    }

    @Test func thePickerDrawsItsMatchesWithTheirDetail() {
        var state = self.state
        press("a", on: &state)
        _ = Update.apply(.pickerReady(Picker(title: "Assign to (tier 1)", items: [
            Picker.Item("(nobody)", detail: "unassign", value: .agent(nil)),
            Picker.Item("jweber — Jonas Weber", detail: "3 open", value: .agent("jweber")),
            Picker.Item("mkeller — Miriam Keller", detail: "12 open", value: .agent("mkeller")),
        ], purpose: .assign, target: current)), to: &state)
        type("kel", on: &state)
        let buffer = F.render(state).buffer
        #expect(buffer.find("mkeller — Miriam Keller") != nil)
        #expect(buffer.find("12 open") != nil)
        #expect(buffer.find("jweber") == nil)
        #expect(buffer.find("Assign to (tier 1): kel") != nil)
    }

    @Test func theInlineEditorSavesEveryChangeAndSendsWithCtrlS() {
        var state = self.state
        let composition = Composition(key: DraftKey(ticketId: 1042, kind: .note), version: 4, subject: F.queueRows[0].subject)
        _ = Update.apply(.composeInline(composition, text: "Toner"), to: &state)
        let effects = type(" leer", on: &state)
        #expect(effects.last == .saveDraft(composition.key, text: "Toner leer"))
        #expect(F.render(state).buffer.find("Internal note on \(label)") != nil)
        press("ctrl-s", on: &state)
        guard case .confirming(let confirmation) = state.mode else { Issue.record("no confirmation"); return }
        #expect(confirmation.request.actions == [.note("Toner leer")])
        // Esc closes the editor and keeps the draft.
        _ = Update.apply(.composeInline(composition, text: "Entwurf"), to: &state)
        #expect(press("esc", on: &state).isEmpty)
        #expect(state.mode == .normal)
        #expect(state.message?.text.hasPrefix("Kept as a draft") == true)
    }

    @Test func theShownTicketAnnouncesPresenceAndShowsWhoElseIsThere() {
        var state = self.state
        let effects = Update.apply(.tick(now: F.now + 5, dataChanged: false), to: &state)
        #expect(effects == [.checkPresence(ticketId: 1042, .viewing)])
        #expect(Update.apply(.tick(now: F.now + 6, dataChanged: false), to: &state).isEmpty)  // every 2 s, not every tick
        _ = Update.apply(.presenceLoaded(ticketId: 1042, [.init(login: "jdoe", activity: .replying)]), to: &state)
        let buffer = F.render(state).buffer
        #expect(buffer.find("Also here jdoe replying") != nil)
        // While writing a reply inline, the heartbeat says "replying".
        let composition = Composition(key: DraftKey(ticketId: 1042, kind: .reply), version: 4)
        _ = Update.apply(.composeInline(composition, text: ""), to: &state)
        #expect(Update.apply(.tick(now: F.now + 8, dataChanged: false), to: &state) == [.checkPresence(ticketId: 1042, .replying)])
    }

    @Test func theTeamViewIsForSupervisorsAndLeadsToAnAgentsTickets() {
        var state = self.state
        #expect(CommandLineController.execute(ColonCommand.parse("team"), &state).isEmpty)
        #expect(state.message?.text == "the team view is for supervisors and admins")
        state.isSupervisor = true
        #expect(CommandLineController.execute(ColonCommand.parse("team"), &state) == [.loadTeam])
        let load = TeamLoad(agents: [.init(agent: F.agent, counts: .init(open: 4, atRisk: 1, breached: 2))],
                            tiers: [2: .init(open: 4, atRisk: 1, breached: 2)], unassigned: [:])
        _ = Update.apply(.teamLoaded(load), to: &state)
        let buffer = F.render(state).buffer
        #expect(buffer.find("Team — tier 1: 0 open, 0 breached · tier 2: 4 open, 2 breached") != nil)
        #expect(buffer.find("mkeller — Maria Keller") != nil)
        // Rows: tier 1 unassigned, tier 2 unassigned, mkeller (tier 2), tier 3 unassigned.
        let effects = press("j", "j", "enter", on: &state)
        #expect(state.mode == .normal)
        #expect(state.filterText == "is:open assignee:mkeller")
        #expect(effects.contains { if case .loadQueue = $0 { true } else { false } })
    }
}
