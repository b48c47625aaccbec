import Testing
@testable import HelpdeskCore
@testable import HelpdeskUI

/// `Update.apply` as a pure function: hand-made rows in, state and effects out. No database.
@Suite struct UpdateTests {
    typealias F = UIFixtures

    // MARK: - Helpers

    /// Presses keys by their spelling and returns every effect they asked for.
    @discardableResult
    private func press(_ keys: String..., on state: inout AppState) -> [Effect] {
        keys.flatMap { Update.apply(.key(.spec($0)), to: &state) }
    }

    /// Types text character by character.
    @discardableResult
    private func type(_ text: String, on state: inout AppState) -> [Effect] {
        text.flatMap { Update.apply(.key(KeyEvent(.char($0))), to: &state) }
    }

    private func compiled(_ state: AppState, _ query: String? = nil) throws -> TicketFilter {
        try QueryCompiler.compile(query ?? state.effectiveQuery, context: state.queryContext)
    }

    private func queueLoads(_ effects: [Effect]) -> [(PagePosition, QueueLoad)] {
        effects.compactMap {
            if case .loadQueue(_, let position, _, let load) = $0 { return (position, load) }
            return nil
        }
    }

    /// The selection is inside the rows on screen.
    private func expectSelectionVisible(_ state: AppState, sourceLocation: SourceLocation = #_sourceLocation) {
        let queue = state.queue
        #expect(queue.top <= queue.selected && queue.selected < queue.top + state.queueRowsVisible,
                "selected \(queue.selected) top \(queue.top) visible \(state.queueRowsVisible)", sourceLocation: sourceLocation)
        #expect(queue.top >= 0 && queue.top <= max(0, queue.rows.count - state.queueRowsVisible), sourceLocation: sourceLocation)
    }

    // MARK: - Start and first page

    @Test func startLoadsAndCountsTheQueue() throws {
        var state = F.emptyState()
        let effects = Update.start(&state)
        let filter = try compiled(state, "assignee:me is:open sort:-priority")
        #expect(effects == [.loadQueue(filter, .start, limit: 50, .replace(keepSelection: nil)), .countQueue(filter)])
        #expect(state.queue.filter == filter)
    }

    @Test func firstPageSelectsTheFirstRowAndAsksForItsDetail() {
        var state = F.emptyState()
        _ = Update.start(&state)
        let rows = F.manyRows(50)
        let effects = Update.apply(.queueLoaded(rows, .replace(keepSelection: nil), requested: 50), to: &state)
        #expect(state.queue.loaded)
        #expect(state.queue.selected == 0 && state.queue.top == 0)
        #expect(state.queue.reachesStart && !state.queue.reachesEnd)
        #expect(effects == [.loadDetail(ticketId: 5000), .suggestArticles(ticketId: 5000)])

        let counted = Update.apply(.queueCounted(QueueCount(count: 10_000, isExact: false)), to: &state)
        #expect(counted.isEmpty && state.queue.count == QueueCount(count: 10_000, isExact: false))
    }

    @Test func aShortFirstPageReachesTheEnd() {
        let state = F.movingState(rows: F.manyRows(12), reachesEnd: true)
        #expect(state.queue.reachesEnd)
    }

    // MARK: - Moving

    @Test func movementKeysMoveTheSelectionAndKeepItVisible() {
        var state = F.movingState(rows: F.manyRows(100), reachesEnd: true)
        let visible = state.queueRowsVisible
        #expect(visible == 7)  // 80×24: the queue pane is 10 rows, minus borders and header

        let moved = press("j", on: &state)
        #expect(state.queue.selected == 1 && state.queue.top == 0)
        #expect(moved == [.loadDetail(ticketId: 4999), .suggestArticles(ticketId: 4999)])
        press("down", "down", on: &state)
        #expect(state.queue.selected == 3)
        press("k", "up", on: &state)
        #expect(state.queue.selected == 1)
        press("k", "k", on: &state)
        #expect(state.queue.selected == 0)  // clamped at the top

        press("ctrl-d", on: &state)
        #expect(state.queue.selected == visible / 2 && state.queue.top == visible / 2)
        expectSelectionVisible(state)
        press("ctrl-u", on: &state)
        #expect(state.queue.selected == 0 && state.queue.top == 0)

        press("pgdn", on: &state)
        #expect(state.queue.selected == visible && state.queue.top == visible)
        expectSelectionVisible(state)
        press("ctrl-f", on: &state)
        #expect(state.queue.selected == 2 * visible)
        expectSelectionVisible(state)
        press("pgup", on: &state)
        #expect(state.queue.selected == visible)
        expectSelectionVisible(state)

        press("G", on: &state)
        #expect(state.queue.selected == 99 && state.queue.top == 100 - visible)
        press("g", on: &state)
        #expect(state.queue.selected == 0 && state.queue.top == 0)
        press("end", on: &state)
        #expect(state.queue.selected == 99)
        expectSelectionVisible(state)
        press("home", on: &state)
        #expect(state.queue.selected == 0 && state.queue.top == 0)

        // Walking down one by one keeps the selection on the last visible row.
        for step in 1...20 {
            press("j", on: &state)
            #expect(state.queue.selected == step)
            #expect(state.queue.top == max(0, step - visible + 1))
        }
    }

    @Test func aResizeKeepsTheSelectionVisible() {
        var state = F.movingState(rows: F.manyRows(100), reachesEnd: true, width: 160, height: 48)
        press("pgdn", "pgdn", "j", "j", on: &state)
        expectSelectionVisible(state)
        _ = Update.apply(.resize(Size(width: 80, height: 24)), to: &state)
        #expect(state.size == Size(width: 80, height: 24))
        expectSelectionVisible(state)
    }

    @Test func movingNearTheEndOfTheWindowLoadsTheNextPage() throws {
        var state = F.movingState(rows: F.manyRows(50), reachesEnd: false)
        let filter = state.queue.filter
        let visible = state.queueRowsVisible
        let last = try #require(state.queue.rows.last)
        var first: Int?
        for step in 1..<50 {
            let effects = press("j", on: &state)
            if effects.contains(.loadQueue(filter, .after(last.cursor(for: filter.sort)), limit: 50, .appendBelow)) {
                first = first ?? step
            }
        }
        // Asked for once fewer than two screens of rows remain below the selection.
        #expect(first == 50 - 2 * visible)
        #expect(filter.sort == TicketSort(.priority, descending: true))
        #expect(last.cursor(for: filter.sort) == TicketCursor(values: [2, last.updatedAt, last.id]))
    }

    @Test func noPageIsLoadedPastTheEnd() {
        var state = F.movingState(rows: F.manyRows(50), reachesEnd: true)
        var loads: [(PagePosition, QueueLoad)] = []
        for _ in 0..<60 { loads += queueLoads(press("j", on: &state)) }
        loads += queueLoads(press("G", "pgdn", "ctrl-d", "end", on: &state))
        #expect(loads.isEmpty)
        #expect(state.queue.selected == 49)
    }

    @Test func bottomWithMoreRowsLoadsTheLastPage() {
        var state = F.movingState(rows: F.manyRows(50), reachesEnd: false)
        let effects = press("G", on: &state)
        #expect(effects == [.loadQueue(state.queue.filter, .end, limit: 50, .end)])

        let lastPage = F.manyRows(50, firstId: 200)
        _ = Update.apply(.queueLoaded(lastPage, .end, requested: 50), to: &state)
        #expect(state.queue.selected == 49 && state.queue.selectedRow?.id == 151)
        #expect(state.queue.reachesEnd && !state.queue.reachesStart)
        expectSelectionVisible(state)

        // Home from there goes back to the first page.
        let home = press("g", on: &state)
        #expect(home == [.loadQueue(state.queue.filter, .start, limit: 50, .replace(keepSelection: nil))])
    }

    @Test func appendingBeyondTheWindowLimitTrimsTheFrontAndKeepsTheSelection() throws {
        var state = F.movingState(rows: F.manyRows(200), reachesEnd: false)
        for _ in 0..<(190 / state.queueRowsVisible) { press("pgdn", on: &state) }
        press("G", on: &state)  // not at the end yet: asks for the last page, moves nothing
        let selectedId = try #require(state.queue.selectedRow?.id)
        let topId = state.queue.rows[state.queue.top].id

        let page = F.manyRows(100, firstId: 4800)
        _ = Update.apply(.queueLoaded(page, .appendBelow, requested: 100), to: &state)
        #expect(state.queue.rows.count <= QueueState.windowLimit)
        #expect(state.queue.rows.count == QueueState.windowLimit)
        #expect(state.queue.rows.first?.id == 5000 - Int64(300 - QueueState.windowLimit))
        #expect(state.queue.rows.last?.id == 4701)
        #expect(state.queue.selectedRow?.id == selectedId)
        #expect(state.queue.rows[state.queue.top].id == topId)
        #expect(!state.queue.reachesStart && !state.queue.reachesEnd)
    }

    @Test func prependingKeepsTheSelectedTicket() throws {
        var state = F.movingState(rows: F.manyRows(60, firstId: 900), reachesEnd: false)
        state.queue.reachesStart = false
        press("j", "j", on: &state)
        let selectedId = try #require(state.queue.selectedRow?.id)
        let above = F.manyRows(50, firstId: 950)
        _ = Update.apply(.queueLoaded(above, .prependAbove, requested: 50), to: &state)
        #expect(state.queue.selectedRow?.id == selectedId)
        #expect(state.queue.rows.first?.id == 950)
        #expect(!state.queue.reachesStart)
        expectSelectionVisible(state)

        // Moving up near the start of the window asks for the page above the first row.
        var moved = F.movingState(rows: F.manyRows(60, firstId: 900), reachesEnd: true)
        moved.queue.reachesStart = false
        let first = try #require(moved.queue.rows.first)
        let effects = press("j", on: &moved)
        #expect(effects.contains(.loadQueue(moved.queue.filter, .before(first.cursor(for: moved.queue.filter.sort)),
                                            limit: 50, .prependAbove)))
    }

    // MARK: - Live refresh

    @Test func refreshKeepsTheSelectedTicketAndMarksChangedRows() throws {
        var state = F.movingState(rows: F.manyRows(10), reachesEnd: true)
        press("j", "j", on: &state)  // ticket 4998
        state.detail.detail = F.detail(for: state.queue.rows[2])

        // Another agent wrote: a tick with dataChanged re-reads the window.
        let tick = Update.apply(.tick(now: F.now, dataChanged: true), to: &state)
        #expect(tick.contains(.countQueue(state.queue.filter)))
        #expect(queueLoads(tick).map(\.1) == [.refresh])
        #expect(tick.contains(.loadDetail(ticketId: 4998)))

        // A new ticket arrived on top and 4998 got a new version.
        var rows = F.manyRows(10)
        rows[2].version = 2
        rows.insert(F.row(6000, "Brand new"), at: 0)
        let effects = Update.apply(.queueLoaded(rows, .refresh, requested: 50), to: &state)
        #expect(state.queue.selectedRow?.id == 4998)
        #expect(state.queue.changed == [6000, 4998])
        #expect(state.queue.changedUntil == F.now + 2)
        #expect(!effects.contains(.loadDetail(ticketId: 4998)), "the refresh itself re-read the current ticket")

        _ = Update.apply(.tick(now: F.now + 1, dataChanged: false), to: &state)
        #expect(state.queue.changed == [6000, 4998])
        let quiet = Update.apply(.tick(now: F.now + 2, dataChanged: false), to: &state)
        #expect(!quiet.contains { if case .loadQueue = $0 { true } else { false } }, "nothing changed: no reload")
        #expect(state.queue.changed.isEmpty && state.queue.changedUntil == 0)
    }

    @Test func aRefreshWithoutChangesMarksNothing() {
        var state = F.movingState(rows: F.manyRows(10), reachesEnd: true)
        press("j", on: &state)
        state.detail.detail = F.detail(for: state.queue.rows[1])
        let effects = Update.apply(.queueLoaded(F.manyRows(10), .refresh, requested: 50), to: &state)
        #expect(state.queue.changed.isEmpty)
        #expect(state.queue.selected == 1)
        #expect(effects.isEmpty)  // same ticket, same version: no reload of the detail
    }

    /// The current ticket stays current when a refresh finds it gone from the view (taken,
    /// escalated, reassigned by a supervisor) — however it became current — and the cursor waits
    /// where it was: the queue says "not in this view" instead of pointing at a neighbour.
    @Test func aRefreshNeverSwapsTheCurrentTicket() {
        for reading in ["browsed", "opened", "focused"] {
            var state = F.movingState(rows: F.manyRows(10), reachesEnd: true)
            if reading == "opened" { _ = Update.apply(.ticketOpened(F.detail(for: state.queue.rows[0])), to: &state) }
            if reading == "focused" { state.focus = .detail }
            _ = Update.apply(.detailLoaded(F.detail(for: state.queue.rows[0])), to: &state)
            let effects = Update.apply(.queueLoaded(Array(F.manyRows(10).dropFirst()), .refresh, requested: 50), to: &state)
            #expect(state.currentTicketId == 5000, "\(reading)")
            #expect(state.detail.shown?.ticket.id == 5000, "\(reading)")
            #expect(CurrentTicket.isOutsideView(state), "\(reading)")
            #expect(!effects.contains { if case .loadDetail = $0 { true } else { false } }, "\(reading): refresh() reloads it already")
            // Every action still names the ticket on screen.
            guard case .compose(let note)? = press("n", on: &state).first else { Issue.record("no note"); continue }
            #expect(note.key.ticketId == 5000, "\(reading)")
            let title = F.render(state).buffer
            #expect(title.find("not in this view") != nil, "\(reading)")
            // In the queue, j moves onto the row that took its place, which becomes current.
            state.focus = .queue
            press("j", on: &state)
            #expect(state.currentTicketId == 4999 && state.queue.selectedRow?.id == 4999, "\(reading)")
        }
    }

    @Test func everyTicketActionTargetsTheTicketOnScreenFromAnyPane() {
        for pane in [Pane.queue, .detail, .kb] {
            var state = F.loadedState(120, 40)
            state.focus = pane
            // 1042 left the view; the cursor waits on 1033, which is not current.
            _ = Update.apply(.queueLoaded(Array(F.queueRows.dropFirst()), .refresh, requested: 100), to: &state)
            #expect(state.queue.selectedRow?.id == 1033 && state.currentTicketId == 1042)
            #expect(press("t", on: &state) == [.perform(TriageRequest(actions: [.take], target: .ticket(1042, version: 4)))], "\(pane)")
            let reply = press("r", on: &state)
            guard case .compose(let composition)? = reply.first else { Issue.record("no composer from \(pane)"); continue }
            #expect(composition.key.ticketId == 1042 && composition.title.hasPrefix("Reply to #1042 VPN-Verbindung"), "\(pane)")
            press("s", on: &state)
            guard case .picking(let picker) = state.mode else { Issue.record("no picker from \(pane)"); continue }
            #expect(picker.target == .ticket(1042, version: 4) && picker.title.hasPrefix("Status of #1042 VPN"), "\(pane)")
            press("esc", on: &state)
        }
    }

    /// When someone else changes the ticket on screen, the bottom line says who and what; the
    /// agent's own changes and the first load say nothing.
    @Test func aChangeBySomeoneElseIsAnnounced() {
        var state = F.movingState(rows: F.manyRows(3), reachesEnd: true)
        let row = state.queue.rows[0]
        _ = Update.apply(.detailLoaded(F.detail(for: row)), to: &state)
        #expect(state.message == nil)

        var reassigned = F.detail(for: row)
        reassigned.ticket.version += 1
        reassigned.events.append(TicketEvent(ticketId: row.id, actor: "sam", at: F.now, action: "assign",
                                             oldValue: "mkeller", newValue: "bo", reason: "Urlaubsvertretung"))
        _ = Update.apply(.detailLoaded(reassigned), to: &state)
        #expect(state.message?.text == "#\(row.id) just changed — sam: assign mkeller → bo — Urlaubsvertretung")
        #expect(state.message?.isError == false)

        state.message = nil
        var mine = reassigned
        mine.ticket.version += 1
        mine.events.append(TicketEvent(ticketId: row.id, actor: "mkeller", at: F.now, action: "status", oldValue: "open", newValue: "pending"))
        _ = Update.apply(.detailLoaded(mine), to: &state)
        #expect(state.message == nil)
    }

    @Test func ticksWhilePausedDoNotReload() {
        var state = F.movingState(rows: F.manyRows(10), reachesEnd: true)
        state.live = false
        // Only the presence heartbeat of the ticket shown; no page, no count, no detail.
        #expect(Update.apply(.tick(now: F.now + 5, dataChanged: true), to: &state) == [.checkPresence(ticketId: 5000, .viewing)])
        #expect(state.now == F.now + 5)
    }

    // MARK: - Filter

    @Test func typingAFilterReloadsTheQueue() throws {
        var state = F.movingState(rows: F.manyRows(20), reachesEnd: true)
        press("/", on: &state)
        #expect(state.mode == .filtering(TextInput(""), original: ""))

        let effects = type("vpn", on: &state)
        #expect(state.filterText == "vpn")
        #expect(state.effectiveQuery == "assignee:me is:open sort:-priority vpn")
        let filter = try compiled(state)
        #expect(Array(effects.suffix(2)) == [.loadQueue(filter, .start, limit: 50, .replace(keepSelection: nil)), .countQueue(filter)])
        #expect(queueLoads(effects).count == 3)  // one per keystroke
        #expect(filter.searchesText)

        press("enter", on: &state)
        #expect(state.mode == .normal && state.filterText == "vpn")
    }

    @Test func aMalformedFilterIsShownAndNotRun() throws {
        var state = F.movingState(rows: F.manyRows(20), reachesEnd: true)
        press("/", on: &state)
        type("vpn", on: &state)
        let goodFilter = state.queue.filter
        let rows = state.queue.rows

        let effects = type(" priority:", on: &state)
        // " " and "priority" still compile (free text); the colon with nothing after it does not.
        #expect(effects.count == 2 * " priority".count)
        #expect(state.filterText == "vpn priority:")
        let error = try #require(state.filterError)
        #expect(error.contains("priority: needs a value"))
        // The column counts in what the user typed, not in the view's query before it.
        #expect(error.hasPrefix("query column 14:"), "\(error)")
        #expect(state.queue.rows == rows)

        // Enter does not accept a broken filter.
        #expect(press("enter", on: &state).isEmpty)
        guard case .filtering = state.mode else { Issue.record("left filter mode: \(state.mode)"); return }

        // Fixing it runs it again.
        let fixed = type("urgent", on: &state)
        #expect(state.filterError == nil)
        #expect(queueLoads(fixed).count == 1)
        #expect(state.queue.filter != goodFilter)
    }

    @Test func escapeRestoresTheFilterFromBefore() throws {
        var state = F.movingState(rows: F.manyRows(20), reachesEnd: true)
        state.filterText = "printer"
        press("/", on: &state)
        #expect(state.mode == .filtering(TextInput("printer"), original: "printer"))
        press("ctrl-u", on: &state)
        type("status:nope", on: &state)
        #expect(state.filterError != nil)
        let effects = press("esc", on: &state)
        #expect(state.mode == .normal)
        #expect(state.filterText == "printer")
        #expect(state.filterError == nil)
        let filter = try compiled(state)
        #expect(effects.first == .loadQueue(filter, .start, limit: 50, .replace(keepSelection: state.queue.selectedRow?.id)))

        // Esc in the queue clears an applied filter.
        let cleared = press("esc", on: &state)
        #expect(state.filterText == "")
        #expect(queueLoads(cleared).count == 1)
    }

    // MARK: - Command line

    @Test func colonCommands() throws {
        var state = F.movingState(rows: F.manyRows(20), reachesEnd: true)
        press(":", on: &state)
        #expect(state.mode == .commandLine(TextInput()))
        type("view tier2", on: &state)
        let view = press("enter", on: &state)
        #expect(state.mode == .normal)
        #expect(state.viewIndex == 2 && state.currentView.key == "tier2")
        let filter = try compiled(state, "tier:2 is:open sort:-priority")
        #expect(view == [.loadQueue(filter, .start, limit: 50, .replace(keepSelection: nil)), .countQueue(filter)])

        press(":", on: &state)
        type("view 3", on: &state)
        press("enter", on: &state)
        #expect(state.currentView.key == "tier2")

        press(":", on: &state)
        type("open 42", on: &state)
        #expect(press("enter", on: &state) == [.openTicket(42)])
        _ = Update.apply(.ticketOpened(F.detail(for: F.row(42, "Opened with :open"))), to: &state)
        #expect(state.focus == .detail && state.currentTicketId == 42)

        press(":", on: &state)
        type("theme light", on: &state)
        #expect(press("enter", on: &state) == [.applyTheme("light")])
        _ = Update.apply(.themeApplied(Theme(name: "light", styles: [:])), to: &state)
        #expect(state.themeName == "light" && state.message?.text == "Theme: light")

        state.filterText = "vpn"
        press(":", on: &state)
        type("save vpn", on: &state)
        #expect(press("enter", on: &state) == [.saveView(name: "vpn", query: "tier:2 is:open sort:-priority vpn", shared: false)])
        press(":", on: &state)
        type("share vpn-team", on: &state)
        #expect(press("enter", on: &state) == [.saveView(name: "vpn-team", query: "tier:2 is:open sort:-priority vpn", shared: true)])

        press(":", on: &state)
        type("frobnicate", on: &state)
        #expect(press("enter", on: &state).isEmpty)
        #expect(state.message?.isError == true)
        #expect(state.message?.text.hasPrefix("unknown command ':frobnicate'") == true)

        press(":", on: &state)
        type("view nowhere", on: &state)
        press("enter", on: &state)
        #expect(state.message?.text.hasPrefix("unknown view 'nowhere'") == true)

        press(":", on: &state)
        type("q", on: &state)
        press("enter", on: &state)
        #expect(state.shouldQuit)
    }

    @Test func escapeLeavesTheCommandLineWithoutRunningIt() {
        var state = F.movingState(rows: F.manyRows(5), reachesEnd: true)
        press(":", on: &state)
        type("q", on: &state)
        #expect(press("esc", on: &state).isEmpty)
        #expect(state.mode == .normal && !state.shouldQuit)
    }

    @Test func tabCompletesCommandsAndViewNames() {
        var state = F.movingState(rows: F.manyRows(5), reachesEnd: true)
        press(":", on: &state)
        type("th", on: &state)
        press("tab", on: &state)
        #expect(state.mode == .commandLine(TextInput("theme ")))
        type("l", on: &state)
        press("tab", on: &state)
        #expect(state.mode == .commandLine(TextInput("theme light")))
        press("esc", on: &state)

        press(":", on: &state)
        type("view t", on: &state)
        press("tab", on: &state)
        #expect(state.mode == .commandLine(TextInput("view tier")))
        #expect(state.message == AppState.Message(text: "tier2  tier3", isError: false))
        type("3", on: &state)
        press("tab", on: &state)
        #expect(state.mode == .commandLine(TextInput("view tier3")))
        #expect(state.message == nil)
    }

    // MARK: - Views

    @Test func numberKeysSwitchViewsAndResetTheFilter() throws {
        var state = F.movingState(rows: F.manyRows(5), reachesEnd: true)
        state.filterText = "vpn"
        let effects = press("3", on: &state)
        #expect(state.viewIndex == 2 && state.filterText == "")
        let filter = try compiled(state, "tier:2 is:open sort:-priority")
        #expect(effects == [.loadQueue(filter, .start, limit: 50, .replace(keepSelection: nil)), .countQueue(filter)])
        press("8", on: &state)
        #expect(state.currentView.key == "recent")
    }

    @Test func viewNineNeedsASavedView() {
        var state = F.movingState(rows: F.manyRows(5), reachesEnd: true)
        #expect(press("9", on: &state).isEmpty)
        #expect(state.viewIndex == 0)
        #expect(state.message?.isError == true)
        #expect(state.message?.text.contains("There is no view 9") == true)

        _ = Update.apply(.viewsLoaded([QueueView(key: "vpn", name: "VPN urgent", query: "vpn priority:urgent")]), to: &state)
        #expect(!press("9", on: &state).isEmpty)
        #expect(state.currentView.name == "VPN urgent")
    }

    // MARK: - Panes

    @Test func tabCyclesTheFocusAndZKeepsZoom() {
        var state = F.movingState(rows: F.manyRows(5), reachesEnd: true)
        #expect(state.focus == .queue)
        press("tab", on: &state)
        #expect(state.focus == .detail)
        press("tab", on: &state)
        #expect(state.focus == .kb)
        press("tab", on: &state)
        #expect(state.focus == .queue)
        press("shift-tab", on: &state)
        #expect(state.focus == .kb)
        press("shift-tab", on: &state)
        #expect(state.focus == .detail)

        press("z", on: &state)
        #expect(state.zoomed)
        #expect(state.layout.visiblePanes == [.detail])
        press("z", on: &state)
        #expect(!state.zoomed)
    }

    @Test func enterOpensTheTicketAndEscapeGoesBack() {
        var state = F.movingState(rows: F.manyRows(5), reachesEnd: true)
        let long = (1...12).map { (body: "Nachricht \($0): Der Drucker im 3. OG meldet wieder einen Papierstau.", internal: $0 % 3 == 0, agent: $0 % 2 == 0) }
        _ = Update.apply(.detailLoaded(F.detail(for: state.queue.rows[0], messages: long)), to: &state)
        press("enter", on: &state)
        #expect(state.focus == .detail)
        press("j", "j", on: &state)
        #expect(state.detail.scroll == 2)
        // G goes to the last screen, and k moves up from there at once (the scroll is clamped).
        press("G", on: &state)
        let bottom = state.detail.scroll
        #expect(bottom == Scrolling.maxScroll(of: .detail, state) && bottom > 2)
        press("k", on: &state)
        #expect(state.detail.scroll == bottom - 1)
        #expect(state.queue.selected == 0)  // the detail scrolls, the queue stays
        press("z", "esc", on: &state)
        #expect(state.focus == .queue && !state.zoomed)

        var empty = F.emptyState()
        _ = Update.apply(.queueLoaded([], .replace(keepSelection: nil), requested: 50), to: &empty)
        press("enter", on: &empty)
        #expect(empty.focus == .queue)  // nothing to open
    }

    @Test func markSelectsAndMovesOn() {
        var state = F.movingState(rows: F.manyRows(5), reachesEnd: true)
        press("space", "space", on: &state)
        #expect(state.queue.marked == [5000, 4999])
        #expect(state.queue.selected == 2)
        press("k", "space", on: &state)
        #expect(state.queue.marked == [5000])
    }

    // MARK: - Knowledge base

    @Test func knowledgeBaseSearchAndReader() {
        var state = F.movingState(rows: F.manyRows(5), reachesEnd: true)
        press("tab", "tab", on: &state)
        #expect(state.focus == .kb)
        press("/", on: &state)
        #expect(state.mode == .kbSearch && state.kb.mode == .search)
        #expect(state.filterText == "")  // `/` searches here instead of filtering the queue

        #expect(type("vpn", on: &state) == [.searchArticles("v"), .searchArticles("vp"), .searchArticles("vpn")])
        // A late answer for an older text is dropped.
        _ = Update.apply(.searchResultsLoaded(query: "vp", [F.suggestions[2]]), to: &state)
        #expect(state.kb.results.isEmpty)
        _ = Update.apply(.searchResultsLoaded(query: "vpn", F.suggestions), to: &state)
        #expect(state.kb.results == F.suggestions)
        #expect(state.kb.list == F.suggestions)

        press("down", on: &state)  // arrows move in the list while typing
        #expect(state.kb.selected == 1)
        press("enter", on: &state)
        #expect(state.mode == .normal && state.kb.mode == .search)
        #expect(press("enter", on: &state) == [.loadArticle(id: 12)])

        _ = Update.apply(.articleLoaded(F.article), to: &state)
        #expect(state.kb.mode == .reader && state.kb.article == F.article)
        #expect(state.focus == .kb && state.zoomed)
        press("j", "j", on: &state)
        #expect(state.kb.scroll == min(2, Scrolling.maxScroll(of: .kb, state)))
        press("G", on: &state)
        #expect(state.kb.scroll == Scrolling.maxScroll(of: .kb, state))

        press("esc", on: &state)
        #expect(state.kb.mode == .search && state.kb.article == nil && !state.zoomed)
        #expect(state.kb.results == F.suggestions)
        press("esc", on: &state)
        #expect(state.kb.mode == .suggestions && state.kb.results.isEmpty)
        press("esc", on: &state)
        #expect(state.focus == .queue)
    }

    @Test func suggestionsForAnotherTicketAreDropped() {
        var state = F.movingState(rows: F.manyRows(5), reachesEnd: true)
        _ = Update.apply(.suggestionsLoaded(ticketId: 1, F.suggestions), to: &state)
        #expect(state.kb.suggestions.isEmpty)
        _ = Update.apply(.suggestionsLoaded(ticketId: 5000, F.suggestions), to: &state)
        #expect(state.kb.suggestions == F.suggestions)
    }

    // MARK: - Help, quit, keymap

    @Test func helpScrollsWithinItsLinesAndClosesWithEscOrQ() {
        var state = F.movingState(rows: F.manyRows(5), reachesEnd: true)
        press("?", on: &state)
        #expect(state.mode == .help(HelpState()))
        press("j", "j", "k", on: &state)
        #expect(state.mode == .help(HelpState(scroll: 1)))
        press("x", on: &state)
        #expect(state.mode == .help(HelpState(scroll: 1)))  // an unbound key does nothing
        #expect(state.queue.selected == 0)  // keys in the help never reach the queue
        // G goes to the last screen of help lines, never past it.
        press("G", on: &state)
        let lines = HelpLines.lines(for: state.keymap).count
        guard case .help(let atEnd) = state.mode else { Issue.record("help closed"); return }
        #expect(atEnd.scroll == lines - HelpOverlay.textHeight(state.size) && atEnd.scroll > 0)
        press("j", on: &state)
        #expect(state.mode == .help(atEnd))
        press("esc", on: &state)
        #expect(state.mode == .normal)
        press("f1", "q", on: &state)
        #expect(state.mode == .normal && !state.shouldQuit)
    }

    @Test func helpSearchKeepsTheMatchingKeys() {
        var state = F.movingState(rows: F.manyRows(5), reachesEnd: true)
        press("?", "/", on: &state)
        guard case .help(let searching) = state.mode, searching.searching else { Issue.record("not searching"); return }
        type("escalate", on: &state)
        press("enter", on: &state)
        guard case .help(let help) = state.mode else { Issue.record("help closed"); return }
        #expect(!help.searching && help.search.text == "escalate")
        let text = HelpLines.lines(for: state.keymap, search: help.search.text).map { $0.spans.map(\.text).joined() }
        #expect(text.contains { $0.hasPrefix("e ") && $0.contains("escalate to the next tier") })
        #expect(!text.contains { $0.contains("take the current ticket") })
        // j scrolls the help (not the search), esc closes it.
        press("j", on: &state)
        guard case .help(let after) = state.mode else { Issue.record("help closed"); return }
        #expect(after.search.text == "escalate")
    }

    @Test func qQuits() {
        var state = F.movingState(rows: F.manyRows(5), reachesEnd: true)
        #expect(press("q", on: &state).isEmpty)
        #expect(state.shouldQuit)
    }

    @Test func aRebindingChangesWhatAKeyDoes() throws {
        let keymap = try Keymap.standard.merging(toml: """
            [global]
            move-down = ["n", "down"]
            quit = "ctrl-q"
            """)
        var state = F.movingState(rows: F.manyRows(5), reachesEnd: true)
        state.keymap = keymap
        press("n", on: &state)
        #expect(state.queue.selected == 1)
        press("j", on: &state)
        #expect(state.queue.selected == 1)  // j is no longer bound
        press("q", on: &state)
        #expect(!state.shouldQuit)
        press("ctrl-q", on: &state)
        #expect(state.shouldQuit)
    }

    @Test func errorsAndInfoBecomeMessages() {
        var state = F.movingState(rows: F.manyRows(5), reachesEnd: true)
        _ = Update.apply(.failed("database is locked"), to: &state)
        #expect(state.message == AppState.Message(text: "database is locked", isError: true))
        press("j", on: &state)
        #expect(state.message == nil)  // the next key clears it
        _ = Update.apply(.detailFailed(ticketId: state.currentTicketId ?? 0, "ticket #99 not found"), to: &state)
        #expect(state.detail.error == "ticket #99 not found" && state.message?.isError == true)
    }
}
