import Testing
@testable import HelpdeskCore
@testable import HelpdeskUI

/// `R`: the current ticket's requester and their tickets, as a pure function of state and
/// rendered into a buffer — it names exactly the ticket shown, pages its list, Enter opens one.
@Suite struct RequesterViewTests {
    typealias F = UIFixtures

    @discardableResult
    private func press(_ keys: String..., on state: inout AppState) -> [Effect] {
        keys.flatMap { Update.apply(.key(.spec($0)), to: &state) }
    }

    static let anna = RequesterSummary(id: 31, name: "Jürgen Müller", email: "j.mueller@example.com", organizationId: 4,
                                       organization: "Stadtwerke Nord", openTickets: 2, totalTickets: 3)
    /// Jürgen's tickets, most recently updated first.
    static let tickets = [F.queueRows[0], F.row(977, "VPN nach Update weg", status: .closed, requester: "Jürgen Müller", updatedAgo: 9 * F.day),
                          F.row(850, "Neuer Monitor", status: .pending, requester: "Jürgen Müller", updatedAgo: 30 * F.day)]

    /// #1042 current, R pressed and its requester loaded.
    private func shown(_ width: Int = 120, _ height: Int = 30) -> AppState {
        var state = F.loadedState(width, height)
        press("R", on: &state)
        _ = Update.apply(.requesterLoaded(ticketId: 1042, Self.anna, Self.tickets, requested: RequesterState.pageSize), to: &state)
        return state
    }

    @Test func rActsOnTheCurrentTicketAndShowsItsRequesterAndTickets() throws {
        var state = F.loadedState(120, 30)
        let effects = press("R", on: &state)
        #expect(effects == [.loadRequester(ticketId: 1042, limit: RequesterState.pageSize)])
        #expect(state.keyScope == .requester)
        #expect(F.render(state).buffer.find("Requester of #1042") != nil)
        #expect(F.render(state).buffer.find("Loading…") != nil)

        _ = Update.apply(.requesterLoaded(ticketId: 1042, Self.anna, Self.tickets, requested: RequesterState.pageSize), to: &state)
        let buffer = F.render(state).buffer
        #expect(buffer.find("Requester of #1042 — Jürgen Müller") != nil)
        #expect(buffer.find("Jürgen Müller <j.mueller@example.com> · Stadtwerke Nord · requester #31") != nil)
        #expect(buffer.find("2 open · 3 tickets, most recently updated first") != nil)
        let rows = [buffer.find("VPN-Verbindung bricht"), buffer.find("VPN nach Update weg"), buffer.find("Neuer Monitor")]
        #expect(rows.allSatisfy { $0 != nil } && rows.map { $0!.y } == rows.map { $0!.y }.sorted(), "newest first")
        #expect(buffer.find(" ID PRIO") != nil)
        // The bottom line has the overlay's own keys.
        #expect(buffer.lines().last?.contains("enter open the ticket") == true)
    }

    @Test func itNamesTheCurrentTicketEvenWhenTheQueueCursorIsElsewhere() {
        var state = F.loadedState(120, 30)
        // The current ticket left the view (taken, escalated …): the cursor waits on another row.
        _ = Update.apply(.queueLoaded(Array(F.queueRows.dropFirst()), .refresh, requested: 50), to: &state)
        #expect(state.currentTicketId == 1042 && state.queue.selectedRow?.id != 1042)
        #expect(press("R", on: &state) == [.loadRequester(ticketId: 1042, limit: RequesterState.pageSize)])
        // A late answer for another ticket is not shown.
        _ = Update.apply(.requesterLoaded(ticketId: 1041, Self.anna, Self.tickets, requested: 50), to: &state)
        guard case .requester(let shown) = state.mode else { Issue.record("no requester overlay"); return }
        #expect(shown.requester == nil)
    }

    @Test func enterOpensTheSelectedTicketAndEscGoesBack() {
        var state = shown()
        press("j", on: &state)
        #expect(press("enter", on: &state) == [.openTicket(977)])
        #expect(state.mode == .normal)
        _ = Update.apply(.ticketOpened(F.detail(for: Self.tickets[1])), to: &state)
        #expect(state.currentTicketId == 977 && state.focus == .detail)

        var other = shown()
        #expect(press("esc", on: &other).isEmpty)
        #expect(other.mode == .normal && other.currentTicketId == 1042)
    }

    @Test func ticketsLoadAPageAtATimeNearTheEnd() {
        var state = F.loadedState(120, 30)
        press("R", on: &state)
        let page = F.manyRows(RequesterState.pageSize)
        _ = Update.apply(.requesterLoaded(ticketId: 1042, RequesterSummary(id: 31, name: "Viel Schreiber", email: "v@x.example",
                                                                           openTickets: 3, totalTickets: 60),
                                          page, requested: RequesterState.pageSize), to: &state)
        #expect(F.render(state).buffer.find("3 open · 60 tickets: 50 loaded, more as you scroll") != nil)
        let effects = press("G", on: &state)
        #expect(effects == [.loadRequesterTickets(requesterId: 31, after: page.last!.cursor(for: .recentlyUpdated), limit: RequesterState.pageSize)])
        #expect(press("k", on: &state).isEmpty, "one request at a time")
        _ = Update.apply(.requesterTicketsLoaded(requesterId: 31, F.manyRows(10, firstId: 4950), requested: RequesterState.pageSize), to: &state)
        guard case .requester(let shown) = state.mode else { Issue.record("no requester overlay"); return }
        #expect(shown.rows.count == 60 && shown.reachesEnd && !shown.loadingMore)
        #expect(press("G", "enter", on: &state) == [.openTicket(4941)])
    }

    @Test func aChangeElsewhereReloadsKeepingTheCursorOnItsTicket() {
        var state = shown()
        press("j", on: &state)
        let effects = Update.apply(.tick(now: F.now + 1, dataChanged: true), to: &state)
        #expect(effects.contains(.loadRequester(ticketId: 1042, limit: RequesterState.pageSize)))
        // Now a new ticket of theirs is on top: the cursor stays on #977.
        _ = Update.apply(.requesterLoaded(ticketId: 1042, Self.anna, [F.row(2001, "Neu")] + Self.tickets, requested: 50), to: &state)
        guard case .requester(let shown) = state.mode else { Issue.record("no requester overlay"); return }
        #expect(shown.selectedRow?.id == 977)
    }

    @Test func erasedAndHostileRequestersAreShownSafely() {
        var state = F.loadedState(120, 30)
        press("R", on: &state)
        let erased = RequesterSummary(id: 31, name: "Jürgen Müller", email: "j@x.example", organization: "Stadtwerke Nord", erasedAt: 5)
        _ = Update.apply(.requesterLoaded(ticketId: 1042, erased, [], requested: 50), to: &state)
        var buffer = F.render(state).buffer
        #expect(buffer.find("[redacted] <[redacted]> · erased · requester #31") != nil)
        #expect(buffer.find("Requester of #1042 — [redacted]") != nil && buffer.find("Jürgen") == nil)
        #expect(buffer.find("No tickets.") != nil)

        let hostile = RequesterSummary(id: 31, name: "Eve\u{1B}[2J\u{202E}", email: "e@x.example")
        _ = Update.apply(.requesterLoaded(ticketId: 1042, hostile, [], requested: 50), to: &state)
        buffer = F.render(state).buffer
        #expect(buffer.find("Eve␛[2J") != nil)
        #expect(!buffer.text().contains("\u{1B}") && !buffer.text().contains("\u{202E}"))
    }

    @Test func aFailureClosesTheOverlayWithTheReason() {
        var state = F.loadedState(120, 30)
        press("R", on: &state)
        _ = Update.apply(.requesterFailed(ticketId: 1042, "ticket 1042 does not exist"), to: &state)
        #expect(state.mode == .normal && state.message == AppState.Message(text: "ticket 1042 does not exist", isError: true))
    }

    @Test func theKeyIsRebindableListedInTheHelpAndAllowedReadOnly() throws {
        var state = F.loadedState(120, 30)
        state.keymap = try Keymap.standard.merging(toml: "[global]\nrequester = \"ctrl-r\"\n[requester]\nback = \"x\"\n")
        #expect(press("R", on: &state).isEmpty)
        #expect(press("ctrl-r", on: &state) == [.loadRequester(ticketId: 1042, limit: RequesterState.pageSize)])
        press("esc", on: &state)
        #expect(state.keyScope == .requester, "esc is no longer back here")
        press("x", on: &state)
        #expect(state.mode == .normal)

        let help = HelpLines.lines(for: .standard).map { $0.spans.map(\.text).joined() }
        #expect(help.contains("Requester (R)"))
        #expect(help.contains { $0.hasPrefix("R ") && $0.contains("the current ticket's requester and their other tickets") })

        var readOnly = F.loadedState(120, 30)
        readOnly.readOnly = true
        #expect(press("R", on: &readOnly) == [.loadRequester(ticketId: 1042, limit: RequesterState.pageSize)])
    }

    // MARK: - E: erasing the requester (admins; the core decides who may)

    private func overlayOf(_ state: AppState) -> RequesterState {
        if case .erasing(let erasing) = state.mode { return erasing.overlay }
        return RequesterState(ticketId: 0)
    }

    @Test func eraseAsksTheCoreThenForAReasonThenForAYes() {
        var state = shown()
        // First the core is asked whether this agent may erase at all: nothing is typed in vain.
        #expect(press("E", on: &state) == [.prepareErasure(requesterId: 31)])
        #expect(state.keyScope == .requester)
        _ = Update.apply(.erasureAllowed(requesterId: 31), to: &state)
        #expect(state.keyScope == .prompt)
        var buffer = F.render(state).buffer
        #expect(buffer.lines().last?.hasPrefix("Erase Jürgen Müller for good — reason (kept in the log, without their name):") == true)
        #expect(buffer.find("Requester of #1042 — Jürgen Müller") != nil, "the overlay stays underneath")

        // An empty reason is refused where it is typed.
        #expect(press("enter", on: &state).isEmpty)
        #expect(state.keyScope == .prompt && state.message?.text == "erasing needs a reason (it is kept in the log)")
        for character in "GDPR request 2026-114" { press(String(character), on: &state) }
        #expect(press("enter", on: &state).isEmpty)
        #expect(state.keyScope == .confirm)
        buffer = F.render(state).buffer
        #expect(buffer.lines().last?.hasPrefix(" (y/n) Erase Jürgen Müller <j.mueller@example.com> for good? It cannot be undone") == true)
        #expect(state.mode == .erasing(ErasureState(overlay: overlayOf(state), requester: Self.anna, step: .confirm(reason: "GDPR request 2026-114"))))
        #expect(ErasureState(overlay: overlayOf(state), requester: Self.anna).question.hasSuffix("all they wrote in 3 tickets become [redacted]"))

        // y erases that requester with that reason, and the overlay is back.
        #expect(press("y", on: &state) == [.eraseRequester(requesterId: 31, reason: "GDPR request 2026-114")])
        guard case .requester(let overlay) = state.mode else { Issue.record("not back in the overlay"); return }
        #expect(overlay.requester?.id == 31)

        let effects = Update.apply(.requesterErased(.init(requesterId: 31, ownTickets: 3, otherTickets: 1)), to: &state)
        #expect(state.message?.text == "Requester #31 erased: 3 own and 1 other ticket redacted (recorded in the log)")
        #expect(effects.contains(.loadRequester(ticketId: 1042, limit: RequesterState.pageSize)))
        #expect(effects.contains(.loadDetail(ticketId: 1042)), "the detail pane shows the redacted text")
    }

    @Test func escOrNoAtEitherStepErasesNothing() {
        for keys in [["esc"], ["x", "enter", "n"], ["x", "enter", "esc"]] {
            var state = shown()
            press("E", on: &state)
            _ = Update.apply(.erasureAllowed(requesterId: 31), to: &state)
            var effects: [Effect] = []
            for key in keys { effects += press(key, on: &state) }
            #expect(effects.isEmpty, "\(keys)")
            #expect(state.keyScope == .requester && state.message?.text == "Nothing was erased", "\(keys)")
            #expect(F.render(state).buffer.lines().last?.contains("Nothing was erased") == true)
        }
    }

    @Test func eraseIsRefusedForTheErasedForReadOnlySessionsAndAfterMovingOn() {
        var erased = F.loadedState(120, 30)
        press("R", on: &erased)
        let gone = RequesterSummary(id: 31, name: "x", email: "x@y.example", erasedAt: 1, totalTickets: 3)
        _ = Update.apply(.requesterLoaded(ticketId: 1042, gone, Self.tickets, requested: RequesterState.pageSize), to: &erased)
        #expect(press("E", on: &erased).isEmpty)
        #expect(erased.message?.text == "requester #31 is already erased")

        var readOnly = shown()
        readOnly.readOnly = true
        #expect(press("E", on: &readOnly).isEmpty)
        #expect(readOnly.message?.isError == true && readOnly.keyScope == .requester)

        // The core's yes arrives after the overlay was closed: nothing is asked.
        var closed = shown()
        press("E", "esc", on: &closed)
        _ = Update.apply(.erasureAllowed(requesterId: 31), to: &closed)
        #expect(closed.mode == .normal)
    }
}
