import Foundation
import HelpdeskCore
import Testing
import TestSupport

/// Issue 13: there is one current ticket, the one shown in the detail pane, and every action
/// names and changes that one — whichever pane has the focus, after a take, an undo, a view
/// switch or a change made elsewhere. Each test types a sequence that once aimed at another row
/// and asserts that the composer, prompt or confirmation names the detail pane's `#ID`.
@Suite("One current ticket (the TUI in tmux)", .timeLimit(.minutes(3)))
struct CurrentTicketEndToEndTests {
    static let unassignedTier1 = "is:unassigned tier:1 is:open sort:-priority"

    // MARK: - 1. take, then a note from the knowledge base

    @Test func takeThenNoteFromTheKnowledgeBaseNamesTheTakenTicket() async throws {
        let sandbox = try Sandbox()
        let db = try await sandbox.demoDatabase()
        let rows = try await tickets(sandbox, db, Self.unassignedTier1)
        try #require(rows.count >= 3)
        let taken = rows[0], next = rows[1]
        let tmux = try await start(sandbox, db)
        defer { tmux.kill() }

        try await tmux.press("2")
        try await tmux.waitUntil("Unassigned tier 1 with #\(taken.id) first") {
            $0.titleLine.hasPrefix(" helpdesk │ Unassigned tier 1 · ") && $0.detailTicket == taken.id
                && $0.queueColumn("ID").first == String(taken.id)
        }
        try await tmux.press("Enter")
        try await waitForDetailFocus(tmux)
        try await tmux.press("t")
        let afterTake = try await tmux.waitUntil("#\(taken.id) to leave the view") {
            !$0.queueColumn("ID").contains(String(taken.id)) && $0.bottomLine.contains("#\(taken.id)")
        }
        #expect(afterTake.detailTicket == taken.id, "the taken ticket stays in the detail pane\n\(afterTake)")

        try await tmux.press("Tab")
        let kb = try await waitForKBFocus(tmux)
        let shown = try #require(kb.detailTicket, "a ticket in the detail pane\n\(kb)")
        try await tmux.press("n")
        try await expectComposer(tmux, sandbox, db, names: shown, notRow: next.id, "n from the knowledge base after t")

        try await tmux.press("Escape")
        let back = try await tmux.waitUntil("the composer to close") { $0.composerTitle == nil }
        let stillShown = try #require(back.detailTicket, "a ticket in the detail pane\n\(back)")
        try await tmux.press("r")
        try await expectComposer(tmux, sandbox, db, names: stillShown, notRow: next.id, "r after Esc")
        #expect(stillShown == taken.id, "the detail pane still shows the taken ticket")
    }

    // MARK: - held j: the queue moves at once, the panes follow when it pauses

    @Test func aHeldKeyMovesTheQueueAndAKeyRightAfterActsOnTheSelectedRow() async throws {
        let sandbox = try Sandbox()
        let db = try await sandbox.demoDatabase()
        let tmux = try await start(sandbox, db)
        defer { tmux.kill() }
        let first = try await tmux.waitUntil("the first ticket") { $0.detailTicket != nil && $0.queueColumn("ID").count > 10 }
        let ids = first.queueColumn("ID").compactMap { Int64($0) }
        let target = try #require(ids.dropFirst(8).first)
        // Nine keys in one write, as a held key or a fast typist sends them: the reply opens on
        // the ninth row's ticket, though its detail had no time to load in between.
        try await tmux.press("j", "j", "j", "j", "j", "j", "j", "j", "r")
        try await expectComposer(tmux, sandbox, db, names: target, notRow: ids[0], "r right after eight j")
        try await tmux.press("Escape")
        let settled = try await tmux.waitUntil("#\(target)'s detail") { $0.detailTicket == target && $0.contains("Requester ") }
        #expect(settled.contains("Suggested for #\(target)"), "the suggestions follow too\n\(settled)")
    }

    // MARK: - 2. :open ID, then view 1

    @Test func openByNumberThenViewOneRepliesToTheShownTicket() async throws {
        let sandbox = try Sandbox()
        let db = try await sandbox.demoDatabase()
        // Three tickets of mine, so view 1 (My tickets) has rows; the one opened is not its first.
        for row in try await tickets(sandbox, db, Self.unassignedTier1).prefix(3) {
            let took = try await sandbox.helpdesk(["ticket", "take", String(row.id), "--db", db])
            try #require(took.status == 0, "\(took.summary)")
        }
        let mine = try await tickets(sandbox, db, "assignee:me is:open sort:-priority")
        try #require(mine.count == 3)
        let opened = mine[1]
        let tmux = try await start(sandbox, db)
        defer { tmux.kill() }

        try await tmux.press("6")
        try await tmux.waitUntil("All open") { $0.titleLine.hasPrefix(" helpdesk │ All open · ") && $0.detailTicket != nil }
        try await tmux.press(":")
        try await tmux.type("open \(opened.id)")
        try await tmux.press("Enter")
        try await tmux.waitUntil(":open \(opened.id)") { $0.detailTicket == opened.id }
        try await tmux.press("1")
        let view = try await tmux.waitUntil("My tickets with its rows") {
            $0.titleLine.hasPrefix(" helpdesk │ My tickets · 3 tickets") && $0.queueColumn("ID").count == 3 && $0.detailTicket != nil
        }
        let shown = try #require(view.detailTicket)
        let selected = try await tmux.selectedQueueTicket()
        #expect(selected == shown || view.contains("not in this view"),
                "the detail pane (#\(shown)) and the queue's highlighted row (#\(selected.map(String.init) ?? "none")) disagree\n\(view)")
        try await tmux.press("r")
        try await expectComposer(tmux, sandbox, db, names: shown, notRow: selected == shown ? nil : selected, "r after :open and 1")
    }

    // MARK: - 3. undo

    @Test func undoBringsTheTicketBackAndTheNoteNamesIt() async throws {
        let sandbox = try Sandbox()
        let db = try await sandbox.demoDatabase()
        let rows = try await tickets(sandbox, db, Self.unassignedTier1)
        try #require(rows.count >= 3)
        let changed = rows[0]
        let tmux = try await start(sandbox, db)
        defer { tmux.kill() }

        try await tmux.press("2")
        try await tmux.waitUntil("Unassigned tier 1 with #\(changed.id) first") {
            $0.titleLine.hasPrefix(" helpdesk │ Unassigned tier 1 · ") && $0.detailTicket == changed.id
        }
        try await tmux.press("s")
        try await tmux.waitUntil("the status picker") { $0.contains("solved") && $0.contains("pending") && $0.bottomLine.lowercased().contains("enter") }
        try await tmux.type("solved")
        try await tmux.press("Enter")
        try await tmux.waitUntil("#\(changed.id) to leave the view") {
            !$0.queueColumn("ID").contains(String(changed.id)) && $0.bottomLine.contains("u to undo")
        }
        try await tmux.press("u")
        let undone = try await tmux.waitUntil("#\(changed.id) back in the view") {
            $0.queueColumn("ID").contains(String(changed.id)) && $0.bottomLine.contains("Undone")
        }
        #expect(try await status(sandbox, db, changed.id) == changed.status, "the undo restored the status")
        let shown = try #require(undone.detailTicket)
        #expect(shown == changed.id, "the undone ticket is shown again, not #\(shown)\n\(undone)")
        let selected = try await tmux.selectedQueueTicket()
        #expect(selected == changed.id, "the undone ticket is selected again, not #\(selected.map(String.init) ?? "none")\n\(undone)")
        try await tmux.press("n")
        try await expectComposer(tmux, sandbox, db, names: shown, notRow: selected == shown ? nil : selected, "n after u")
    }

    // MARK: - 4. actions from the knowledge-base pane

    @Test func actionsFromTheKnowledgeBasePaneTargetTheDetailTicket() async throws {
        let sandbox = try Sandbox()
        let db = try await sandbox.demoDatabase()
        let open = try await tickets(sandbox, db, "is:open sort:-updated")
        try #require(open.count > 10)
        let first = open[0], opened = open[5]
        let tmux = try await start(sandbox, db)
        defer { tmux.kill() }

        try await tmux.press("6")
        try await tmux.waitUntil("All open with #\(first.id) first") { $0.titleLine.hasPrefix(" helpdesk │ All open · ") && $0.detailTicket == first.id }
        try await tmux.press(":")
        try await tmux.type("open \(opened.id)")
        try await tmux.press("Enter")
        try await tmux.waitUntil(":open \(opened.id)") { $0.detailTicket == opened.id }
        try await tmux.press("Tab")
        let kb = try await waitForKBFocus(tmux)
        #expect(kb.detailTicket == opened.id)

        // n: the note is on the detail pane's ticket, not the queue's first row.
        try await tmux.press("n")
        try await expectComposer(tmux, sandbox, db, names: opened.id, notRow: first.id, "n in the knowledge-base pane")
        try await tmux.press("Escape")
        try await tmux.waitUntil("the composer to close") { $0.composerTitle == nil }

        // s (the focus is still on the knowledge base; the bottom line may show "Nothing written"):
        // the status picker says whose status it sets.
        try await tmux.press("s")
        let picker = try await tmux.waitUntil("the status picker") { $0.contains("solved") && $0.contains("pending") && $0.bottomLine.lowercased().contains("enter") }
        // The picker's box only, not the queue row it is drawn over.
        let pickerLine = picker.lines.first { $0.contains("┌ ") && $0.contains("Status") } ?? ""
        let pickerTitle = pickerLine.range(of: "┌ ").map { String(pickerLine[$0.lowerBound...].prefix { $0 != "┐" }) } ?? pickerLine
        #expect(TerminalScreen.names(pickerTitle, ticket: opened.id) || TerminalScreen.names(picker.bottomLine, ticket: opened.id),
                "the status picker names #\(opened.id), the detail pane's ticket:\ntitle: \(pickerTitle)\nbottom: \(picker.bottomLine)")
        #expect(!TerminalScreen.names(pickerTitle, ticket: first.id) && !TerminalScreen.names(picker.bottomLine, ticket: first.id),
                "the status picker names the queue's row #\(first.id)\n\(picker)")
        // Choosing makes it real: the detail ticket changes, the queue's first row does not.
        try await tmux.type("on-hold")
        try await tmux.press("Enter")
        try await waitForStatus(sandbox, db, opened.id, "on-hold")
        #expect(try await status(sandbox, db, opened.id) == "on-hold", "the detail pane's ticket got the status")
        #expect(try await status(sandbox, db, first.id) == first.status, "the queue's first row kept its status")
    }

    // MARK: - 5. a change made elsewhere moves the ticket out of the view

    @Test func aTicketChangedElsewhereKeepsTheNoteOnTheShownTicket() async throws {
        let sandbox = try Sandbox()
        let db = try await sandbox.demoDatabase()
        let rows = try await tickets(sandbox, db, Self.unassignedTier1)
        try #require(rows.count >= 3)
        let changed = rows[0], next = rows[1]
        let agents = try await sandbox.json([HelpdeskJSON.Agent].self, ["agent", "list", "--json", "--db", db])
        let colleague = try #require(agents.first { $0.tier == 1 && $0.active && $0.login != Sandbox.login }, "a tier-1 agent in the demo")
        let tmux = try await start(sandbox, db)
        defer { tmux.kill() }

        try await tmux.press("2")
        try await tmux.waitUntil("Unassigned tier 1 with #\(changed.id) first") {
            $0.titleLine.hasPrefix(" helpdesk │ Unassigned tier 1 · ") && $0.detailTicket == changed.id
        }
        try await tmux.press("Enter")
        try await waitForDetailFocus(tmux)

        let assigned = try await sandbox.helpdesk(["ticket", "assign", String(changed.id), colleague.login, "--db", db])
        try #require(assigned.status == 0, "\(assigned.summary)")
        // The TUI polls the database a few times a second.
        let refreshed = try await tmux.waitUntil("#\(changed.id) to leave the view", timeout: 3) {
            !$0.queueColumn("ID").contains(String(changed.id))
        }
        let shown = try #require(refreshed.detailTicket, "a ticket in the detail pane\n\(refreshed)")
        #expect(shown == changed.id, "the changed ticket stays in the detail pane\n\(refreshed)")
        try await tmux.press("n")
        try await expectComposer(tmux, sandbox, db, names: shown, notRow: shown == next.id ? nil : next.id, "n after the refresh")
        try await tmux.press("Escape")
        let back = try await tmux.waitUntil("the composer to close") { $0.composerTitle == nil }
        let stillShown = try #require(back.detailTicket)
        try await tmux.press("r")
        try await expectComposer(tmux, sandbox, db, names: stillShown, notRow: stillShown == next.id ? nil : next.id, "r after the refresh")
    }

    // MARK: - Helpers

    func start(_ sandbox: Sandbox, _ db: String) async throws -> TmuxSession {
        try await TmuxSession.startHelpdesk(sandbox, db, inlineEditor: true)
    }

    func tickets(_ sandbox: Sandbox, _ db: String, _ query: String) async throws -> [HelpdeskJSON.TicketRow] {
        try await sandbox.json([HelpdeskJSON.TicketRow].self, ["ticket", "list", "--json", "--limit", "50", "--query", query, "--db", db])
    }

    func status(_ sandbox: Sandbox, _ db: String, _ id: Int64) async throws -> String {
        try await sandbox.json(HelpdeskJSON.TicketDetail.self, ["ticket", "show", String(id), "--json", "--db", db]).status
    }

    /// Polls the CLI for up to five seconds.
    func waitForStatus(_ sandbox: Sandbox, _ db: String, _ id: Int64, _ wanted: String) async throws {
        for _ in 0..<50 {
            if try await status(sandbox, db, id) == wanted { return }
            try await Task.sleep(for: .milliseconds(100))
        }
    }

    @discardableResult
    func waitForDetailFocus(_ tmux: TmuxSession) async throws -> TerminalScreen {
        try await tmux.waitUntil("focus on the detail pane") { $0.bottomLine.contains(" r reply") && !$0.bottomLine.contains("/ filter") }
    }

    @discardableResult
    func waitForKBFocus(_ tmux: TmuxSession) async throws -> TerminalScreen {
        try await tmux.waitUntil("focus on the knowledge base") { $0.bottomLine.contains("search") || $0.bottomLine.contains("read") }
    }

    /// Waits for the inline composer and checks its title: it names `id` (the detail pane's
    /// ticket), not `wrong` (another row); and, separately, that the ticket's subject is on the
    /// title line or the bottom line (the redesign's "Reply to #ID <subject>").
    func expectComposer(_ tmux: TmuxSession, _ sandbox: Sandbox, _ db: String, names id: Int64, notRow wrong: Int64?, _ what: String,
                        sourceLocation: SourceLocation = #_sourceLocation) async throws {
        let screen = try await tmux.waitUntil("the composer (\(what))") { $0.composerTitle != nil }
        let title = screen.composerTitle ?? ""
        #expect(TerminalScreen.names(title, ticket: id), "\(what): the composer must name #\(id), the detail pane's ticket — its title is “\(title)”\n\(screen)",
                sourceLocation: sourceLocation)
        if let wrong, wrong != id {
            #expect(!TerminalScreen.names(title, ticket: wrong), "\(what): the composer names #\(wrong), another row", sourceLocation: sourceLocation)
        }
        let subject = try await sandbox.json(HelpdeskJSON.TicketDetail.self, ["ticket", "show", String(id), "--json", "--db", db]).subject
        let start = String(subject.prefix(12))
        #expect(title.contains(start) || screen.bottomLine.contains(start),
                "\(what): the composer shows the subject of #\(id) (“\(start)”) on its title or the bottom line:\ntitle: \(title)\nbottom: \(screen.bottomLine)",
                sourceLocation: sourceLocation)
    }
}
