import Foundation
import HelpdeskCore
import Testing
import TestSupport

#if canImport(Glibc)
import Glibc
#endif

/// The terminal UI of the built binary in a real terminal (tmux): keys go in as a person types
/// them, and each test asserts what the screen then shows.
@Suite("TUI in tmux (the built binary)", .timeLimit(.minutes(3)))
struct TUIEndToEndTests {
    // MARK: - Opening

    @Test func opensWithTheViewNameTheAgentAndTheQueue() async throws {
        let sandbox = try Sandbox()
        let db = try await sandbox.demoDatabase()
        let me = try #require(try await sandbox.json([HelpdeskJSON.Agent].self, ["agent", "list", "--json", "--db", db])
            .first { $0.login == Sandbox.login }, "the demo's admin is the user running the tests")
        let open = try await openTickets(sandbox, db)
        let mine = try await sandbox.json([HelpdeskJSON.TicketRow].self, ["ticket", "list", "--json", "--query", "assignee:me is:open", "--db", db])

        let tmux = try await start(sandbox, db)
        defer { tmux.kill() }
        // An agent starts on "My tickets", or on "All open" when none are theirs (the demo's admin).
        let first = try await tmux.capture()
        #expect(first.titleLine.hasPrefix(mine.isEmpty ? " helpdesk │ All open · " : " helpdesk │ My tickets · "))
        #expect(first.titleLine.contains("\(me.name) · tier \(me.tier) │ ● live"))

        try await tmux.press("6")
        let screen = try await tmux.waitUntil("All open with its rows") {
            $0.titleLine.contains("All open · \(open.count) tickets") && !$0.queueRows.isEmpty
        }
        #expect(screen.titleLine.hasPrefix(" helpdesk │ All open · \(open.count) tickets"))
        #expect(screen.lines[1].hasPrefix("┌ All open "))
        #expect(screen.queueHeader?.contains("ID PRIO   STATUS  SLA") == true)
        let ids = screen.queueColumn("ID").compactMap { Int64($0) }
        #expect(ids.count == screen.queueRows.count)
        #expect(ids == Array(open.map(\.id).prefix(ids.count)), "the rows are the view's first tickets, in order")
        #expect(ids.count >= 10)
        #expect(screen.detailTicket == open.first?.id)
        #expect(screen.contains("┌ Knowledge base"))
        #expect(screen.bottomLine.hasPrefix(" ? help  / filter  1-9 views  t take"))
    }

    // MARK: - Moving and opening

    @Test func movingChangesTheSelectedTicket() async throws {
        let sandbox = try Sandbox()
        let db = try await sandbox.demoDatabase()
        let open = try await openTickets(sandbox, db).map(\.id)
        let tmux = try await start(sandbox, db)
        defer { tmux.kill() }
        try await tmux.press("6")
        try await expectDetail(tmux, open[0], "the first open ticket")
        try await tmux.press("j")
        try await expectDetail(tmux, open[1], "j: the second")
        try await tmux.press("j")
        try await expectDetail(tmux, open[2], "j: the third")
        try await tmux.press("k")
        try await expectDetail(tmux, open[1], "k: back to the second")
        try await tmux.press("G")
        try await expectDetail(tmux, open[open.count - 1], "G: the last")
        try await tmux.press("g")
        try await expectDetail(tmux, open[0], "g: the first again")
    }

    @Test func enterOpensTheTicketInTheDetailPane() async throws {
        let sandbox = try Sandbox()
        let db = try await sandbox.demoDatabase()
        let open = try await openTickets(sandbox, db)
        let detail = try await sandbox.json(HelpdeskJSON.TicketDetail.self, ["ticket", "show", String(open[0].id), "--json", "--db", db])
        let tmux = try await start(sandbox, db)
        defer { tmux.kill() }
        try await tmux.press("6")
        try await expectDetail(tmux, open[0].id, "the first open ticket")
        try await tmux.press("Enter")
        // Focus on the detail pane: the bottom line shows the detail pane's keys.
        let screen = try await tmux.waitUntil("focus on the detail pane") { $0.bottomLine.hasPrefix(" ? help  j scroll  r reply") }
        #expect(screen.contains("#\(open[0].id)  \(detail.subject.prefix(30))"))
        #expect(screen.contains("── Conversation (\(detail.messages.count)) "))
        let firstMessage = try #require(detail.messages.first)
        #expect(screen.contains("\(firstMessage.author) · requester · "))

        try await tmux.press("Escape")
        try await tmux.waitUntil("focus back on the queue") { $0.bottomLine.hasPrefix(" ? help  / filter") }
    }

    // MARK: - Filter

    @Test func filterNarrowsTheQueueAndShowsMistakesInline() async throws {
        let sandbox = try Sandbox()
        let db = try await sandbox.demoDatabase()
        let open = try await openTickets(sandbox, db)
        let pending = open.filter { $0.status == "pending" }
        let firstPending = try #require(pending.first.map { String($0.id) })
        let tmux = try await start(sandbox, db)
        defer { tmux.kill() }
        try await tmux.press("6")
        try await tmux.waitFor("All open · \(open.count) tickets")

        try await tmux.press("/")
        try await tmux.type("status:pending")
        let filtered = try await tmux.waitUntil("the pending tickets") {
            $0.titleLine.contains("All open · \(pending.count) tickets │ filter: status:pending")
                && $0.queueColumn("ID").first == firstPending
        }
        let statuses = filtered.queueColumn("STATUS")
        #expect(!statuses.isEmpty)
        #expect(statuses.allSatisfy { $0 == "pending" }, "\(statuses)")
        #expect(filtered.bottomLine.hasPrefix("/status:pending"))
        try await tmux.press("Escape")
        try await tmux.waitUntil("Esc restores the view") { $0.titleLine.contains("All open · \(open.count) tickets") && !$0.titleLine.contains("filter:") }

        // A malformed filter: the error is shown on the input line, the queue keeps its rows.
        try await tmux.press("/")
        try await tmux.type("status:xx")
        let broken = try await tmux.waitUntil("the inline error") { $0.bottomLine.contains("unknown status 'xx'") }
        #expect(broken.bottomLine.hasPrefix("/status:xx  query column 8: unknown status 'xx'"))
        #expect(broken.titleLine.hasPrefix(" helpdesk │ All open · "))
        try expectIntactLayout(broken)
        try await tmux.press("Escape")
        let restored = try await tmux.waitUntil("Esc restores the view") {
            $0.bottomLine.hasPrefix(" ? help  / filter") && !$0.titleLine.contains("filter:")
        }
        #expect(restored.titleLine.contains("All open · \(open.count) tickets"))
        #expect(restored.queueColumn("ID").first == String(open[0].id))
        #expect(!restored.contains(TmuxSession.exitMarker), "still running")
    }

    // MARK: - Views and the command line

    @Test func numberKeysSwitchViews() async throws {
        let sandbox = try Sandbox()
        let db = try await sandbox.demoDatabase()
        let tmux = try await start(sandbox, db)
        defer { tmux.kill() }
        for (key, name) in [("3", "Tier 2"), ("5", "SLA at risk"), ("8", "Recently updated"), ("4", "Tier 3")] {
            try await tmux.press(key)
            let screen = try await tmux.waitUntil("view \(key): \(name)") { $0.titleLine.hasPrefix(" helpdesk │ \(name) · ") }
            #expect(screen.lines[1].hasPrefix("┌ \(name) "))
        }
        try await tmux.waitFor("Tier 3 · ")
        try await tmux.press("8")
        try await tmux.waitFor("Recently updated · \(DemoDatabase.tickets) tickets")
        try await tmux.press("9")
        let noView = try await tmux.waitUntil("an error for view 9") { $0.bottomLine.contains("There is no view 9") }
        #expect(noView.titleLine.hasPrefix(" helpdesk │ Recently updated · "))
    }

    @Test func commandLineSwitchesViewsOpensTicketsAndReportsMistakes() async throws {
        let sandbox = try Sandbox()
        let db = try await sandbox.demoDatabase()
        let ticket = try await sandbox.json(HelpdeskJSON.TicketDetail.self, ["ticket", "show", "42", "--json", "--db", db])
        let tmux = try await start(sandbox, db)
        defer { tmux.kill() }

        try await tmux.press(":")
        try await tmux.type("view tier3")
        try await tmux.waitUntil("the typed command") { $0.bottomLine.hasPrefix(":view tier3") }
        try await tmux.press("Enter")
        try await tmux.waitUntil(":view tier3") { $0.titleLine.hasPrefix(" helpdesk │ Tier 3 · ") }

        try await tmux.press(":")
        try await tmux.type("open 42")
        try await tmux.press("Enter")
        let opened = try await tmux.waitUntil(":open 42") { $0.detailTicket == 42 }
        #expect(opened.contains("#42  \(ticket.subject.prefix(30))"))

        try await tmux.press(":")
        try await tmux.type("bogus")
        try await tmux.press("Enter")
        let bogus = try await tmux.waitUntil("the error for :bogus") { $0.bottomLine.contains("unknown command ':bogus'") }
        #expect(bogus.bottomLine.hasPrefix(" unknown command ':bogus' (commands: view, open"))

        try await tmux.press(":")
        try await tmux.type("open 99999")
        try await tmux.press("Enter")
        try await tmux.waitUntil("the error for a missing ticket") { $0.bottomLine.contains("ticket 99999 does not exist") }
        #expect(!(try await tmux.capture()).contains(TmuxSession.exitMarker), "still running")
    }

    @Test func helpShowsTheKeysAndEscCloses() async throws {
        let sandbox = try Sandbox()
        let db = try await sandbox.demoDatabase()
        let tmux = try await start(sandbox, db)
        defer { tmux.kill() }
        try await tmux.press("?")
        let help = try await tmux.waitFor("Keys — / searches, Esc closes")
        for (keys, meaning) in [("j, down", "move down"), ("/", "filter the queue"), ("q, ctrl-c", "quit"), ("6", "view 6: All open")] {
            #expect(help.lines.contains { $0.contains("│ \(keys.padding(toLength: 18, withPad: " ", startingAt: 0))\(meaning)") },
                    "no line for \(keys): \(meaning)")
        }
        #expect(help.bottomLine.hasPrefix(" / search the keys  esc close the help  j scroll down"))
        try await tmux.press("Escape")
        let closed = try await tmux.waitUntil("the help to close") { !$0.contains("Keys — ") }
        #expect(closed.bottomLine.hasPrefix(" ? help  / filter"))
    }

    // MARK: - Resizing

    @Test func resizingSwitchesLayouts() async throws {
        let sandbox = try Sandbox()
        let db = try await sandbox.demoDatabase()
        let tmux = try await start(sandbox, db)
        defer { tmux.kill() }
        try await tmux.press("6")
        try await tmux.waitFor("All open · ")

        try await tmux.resize(width: 70, height: 20)
        let tabs = try await tmux.waitUntil("the tabs layout") { $0.width == 70 && $0.lines[1].contains("Knowledge base") }
        #expect(tabs.lines[1].contains(" Queue ") && tabs.lines[1].contains(" Ticket "))
        #expect(tabs.lines[2].hasPrefix("┌ All open "))
        try expectIntactLayout(tabs)

        try await tmux.resize(width: 30, height: 8)
        let tooSmall = try await tmux.waitFor("Terminal too small")
        #expect(tooSmall.contains("(30×8; needs 40×10)"))

        try await tmux.resize(width: 120, height: 40)
        let panes = try await tmux.waitUntil("the three panes again") {
            $0.width == 120 && $0.lines[1].hasPrefix("┌ All open ") && $0.contains("┌ Knowledge base")
        }
        #expect(panes.detailTicket != nil)
        #expect(!panes.contains("Terminal too small"))
        try expectIntactLayout(panes)

        // A burst, as when a window is dragged: only the last size counts.
        for (width, height) in [(90, 30), (45, 12), (150, 45), (30, 8), (100, 30)] {
            try await tmux.resize(width: width, height: height)
        }
        let final = try await tmux.waitUntil("the stacked layout at 100×30") {
            $0.width == 100 && $0.height == 30 && $0.lines[1].hasPrefix("┌ All open ") && $0.contains("┌ Knowledge base")
                && TerminalScreen.cells($0.lines[1]) == 100
        }
        #expect(!final.contains("Terminal too small"))
        #expect(!final.lines[1].contains(" Queue  "), "no tab bar")
        try expectIntactLayout(final)
        #expect(!final.contains(TmuxSession.exitMarker), "still running")
    }

    // MARK: - Leaving

    @Test(arguments: ["q", "C-c", ":quit"])
    func quittingEndsTheProcessAndRestoresTheTerminal(_ keys: String) async throws {
        let sandbox = try Sandbox()
        let db = try await sandbox.demoDatabase()
        let tmux = try await start(sandbox, db)
        defer { tmux.kill() }
        #expect(try await tmux.display("#{alternate_on}") == "1", "the TUI runs on the alternate screen")
        if keys.hasPrefix(":") {
            try await tmux.press(":")
            try await tmux.type(String(keys.dropFirst()))
            try await tmux.press("Enter")
        } else {
            try await tmux.press(keys)
        }
        let (status, screen) = try await tmux.waitForExit()
        #expect(status == 0)
        try await expectRestored(tmux, screen)
    }

    @Test(arguments: [SIGTERM, SIGHUP, SIGINT])
    func signalEndsTheProcessAndRestoresTheTerminal(_ signal: Int32) async throws {
        let sandbox = try Sandbox()
        let db = try await sandbox.demoDatabase()
        let tmux = try await start(sandbox, db)
        defer { tmux.kill() }
        let pid = try await tmux.helpdeskPID()
        #expect(kill(pid, signal) == 0)
        let (status, screen) = try await tmux.waitForExit()
        #expect(status == 128 + Int(signal), "ended by the signal")
        try await expectRestored(tmux, screen)
        #expect(await processIsGone(pid), "helpdesk \(pid) lingers after the signal")
    }

    // MARK: - Refusing to start

    @Test(arguments: [[String: String](), ["TERM": "dumb"]])
    func withoutATerminalItSaysToUseTheCLI(_ environment: [String: String]) async throws {
        let sandbox = try Sandbox()
        let db = try await sandbox.emptyDatabase()
        let result = try await sandbox.helpdesk(["--db", db], overriding: environment)
        #expect(result.status != 0)
        #expect(!result.timedOut)
        #expect(result.stdout.isEmpty, "nothing may be drawn into a pipe: \(result.output)")
        #expect(result.errorLines.count == 1, "\(result.errorLines)")
        let line = result.errorLines.first ?? ""
        #expect(line.hasPrefix("helpdesk: error: standard output is not a terminal"))
        #expect(line.contains("CLI"), "the message points to the CLI")
    }

    @Test(arguments: ["dumb", "no-such-terminal-e2e"])
    func unusableTERMInARealTerminal(_ term: String) async throws {
        let sandbox = try Sandbox()
        let db = try await sandbox.emptyDatabase()
        let errors = sandbox.path("stderr.txt")
        let tmux = try await TmuxSession.start(try TmuxSession.helpdesk(database: db, term: term, stderrFile: errors), in: sandbox)
        defer { tmux.kill() }
        let (status, screen) = try await tmux.waitForExit()
        #expect(status == 1)
        #expect(!screen.contains("helpdesk │"), "no screen was drawn")
        #expect(try await tmux.display("#{alternate_on}") == "0")
        let lines = String(decoding: FileManager.default.contents(atPath: errors) ?? Data(), as: UTF8.self)
            .split(separator: "\n").map(String.init)
        #expect(lines.count == 1, "\(lines)")
        #expect(lines.first?.hasPrefix("helpdesk: error: ") == true)
        #expect(lines.first?.contains("TERM=\(term)") == true)
        #expect(lines.first?.contains("CLI") == true, "the message points to the CLI")
    }

    // MARK: - Data

    @Test func emptyDatabaseExplainsHowToGetTickets() async throws {
        let sandbox = try Sandbox()
        let db = sandbox.path("fresh/helpdesk.sqlite")
        let tmux = try await start(sandbox, db)
        defer { tmux.kill() }
        let screen = try await tmux.waitFor("No tickets yet.")
        #expect(screen.contains("Load demo data:        helpdesk demo --db \(db)"))
        #expect(screen.contains("Create a ticket:       helpdesk ticket create --subject S --requester EMAIL"))
        #expect(screen.titleLine.hasPrefix(" helpdesk │ ") && screen.titleLine.contains(" · 0 tickets"))
        #expect(screen.contains("No ticket selected."))
        try expectIntactLayout(screen)
    }

    /// Ctrl-Z gives the terminal back to the shell with the job stopped; `fg` brings the screen back.
    @Test func ctrlZSuspendsAndFgResumes() async throws {
        let sandbox = try Sandbox()
        let db = try await sandbox.demoDatabase()
        let tmux = try await TmuxSession.start("bash --norc --noprofile -i", in: sandbox)
        defer { tmux.kill() }
        try await tmux.type("TERM=xterm-256color " + [try HelpdeskBinary.path(), "--db", db].map(TmuxSession.shellQuoted).joined(separator: " "))
        try await tmux.press("Enter")
        try await tmux.waitUntil("the first frame") { $0.titleLine.hasPrefix(" helpdesk │ ") }
        try await tmux.press("C-z")
        try await tmux.waitFor("Stopped")
        try await tmux.type("fg")
        try await tmux.press("Enter")
        let resumed = try await tmux.waitUntil("the screen again") { $0.titleLine.hasPrefix(" helpdesk │ ") }
        try expectIntactLayout(resumed)
        try await tmux.press("q")
        try await tmux.waitUntil("the shell again") { !$0.titleLine.hasPrefix(" helpdesk │ ") }
        try await tmux.type("echo DONE:$?")
        try await tmux.press("Enter")
        try await tmux.waitFor("DONE:0")
    }

    /// A database the TUI just created is usable by other processes at once, and after the TUI
    /// was killed (its first page is checkpointed into the file at creation).
    @Test func aDatabaseTheTUICreatedWorksForOtherProcesses() async throws {
        let sandbox = try Sandbox()
        let db = sandbox.path("fresh/helpdesk.sqlite")
        let tmux = try await start(sandbox, db)
        defer { tmux.kill() }
        try await tmux.waitFor("No tickets yet.")

        let created = try await sandbox.helpdesk(["ticket", "create", "--db", db, "--subject", "Erstes Ticket", "--requester", "a@x.example"])
        try #require(created.status == 0, "\(created.summary)")
        try await tmux.press("8")
        try await tmux.waitFor("Erstes Ticket")

        let pid = try await tmux.helpdeskPID()
        #expect(kill(pid, SIGTERM) == 0)
        _ = try await tmux.waitForExit()
        let list = try await sandbox.helpdesk(["ticket", "list", "--db", db])
        #expect(list.status == 0, "\(list.summary)")
    }

    @Test func aTicketCreatedElsewhereAppearsLive() async throws {
        let sandbox = try Sandbox()
        let db = try await sandbox.demoDatabase()
        let tmux = try await start(sandbox, db)
        defer { tmux.kill() }
        try await tmux.press("8")
        try await tmux.waitFor("Recently updated · \(DemoDatabase.tickets) tickets")

        let created = try await sandbox.helpdesk(["ticket", "create", "--db", db, "--subject", "Live aus der CLI", "--requester", "live@x.example"])
        #expect(created.status == 0, "\(created.summary)")
        let id = try #require(Int64(created.output.trimmingCharacters(in: .newlines)))
        try await tmux.waitFor("Recently updated · \(DemoDatabase.tickets + 1) tickets")
        try await tmux.press("g")
        let screen = try await tmux.waitUntil("the new ticket at the top") { $0.detailTicket == id }
        #expect(screen.queueColumn("ID").first == String(id))
        #expect(screen.queueRows.first?.contains("Live aus der CLI") == true)
    }

    /// Every hostile fixture as a ticket (subject and body): the screen stays the screen.
    @Test func hostileStringsCannotBreakTheScreen() async throws {
        let sandbox = try Sandbox()
        let db = try await sandbox.demoDatabase()
        var ids: [Int64] = []
        for fixture in HostileFixture.all where !fixture.text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            // A NUL cannot travel in an argument, and subjects are limited to 500 characters:
            // the subject takes what it can, the body (on stdin) gets the whole text — but a
            // NUL, which is refused (it would cut the text), so those go in without it.
            let subject = String(fixture.text.replacingOccurrences(of: "\u{0}", with: "").prefix(400))
            var body = fixture.text
            if body.contains("\u{0}") {
                let refused = try await sandbox.helpdesk(["ticket", "create", "--db", db, "--subject", subject, "--requester", "mallory@evil.example",
                                                          "--body-file", "-"], stdin: Data(body.utf8))
                #expect(refused.status == 1 && refused.errorOutput.contains("contains a NUL byte"), "\(fixture.name): \(refused.summary)")
                body = body.replacingOccurrences(of: "\u{0}", with: "")
            }
            let result = try await sandbox.helpdesk(["ticket", "create", "--db", db, "--subject", subject, "--requester", "mallory@evil.example",
                                                     "--tag", "hostile", "--body-file", "-"], stdin: Data(body.utf8))
            #expect(result.status == 0, "\(fixture.name): \(result.summary)")
            if let id = Int64(result.output.trimmingCharacters(in: .newlines)) { ids.append(id) }
        }
        #expect(ids.count >= 20)

        let tmux = try await start(sandbox, db)
        defer { tmux.kill() }
        try await tmux.press("6")
        try await tmux.waitFor("All open · ")
        try await tmux.press("/")
        try await tmux.type("tag:hostile")
        try await tmux.waitFor("· \(ids.count) tickets │ filter: tag:hostile")
        try await tmux.press("Enter")
        var screen = try await tmux.waitUntil("the filter to be kept") { $0.bottomLine.hasPrefix(" ? help  / filter") && $0.detailTicket != nil }

        var seen: Set<Int64> = []
        for step in 0..<ids.count {
            try expectIntactLayout(screen)
            #expect(screen.titleLine.hasPrefix(" helpdesk │ All open · \(ids.count) tickets │ filter: tag:hostile"), "\(screen)")
            #expect(screen.titleLine.hasSuffix("│ ● live"), "\(screen)")
            #expect(!screen.lines.contains { $0.hasPrefix("YOU HAVE BEEN HACKED") }, "\(screen)")
            let current = try #require(screen.detailTicket)
            seen.insert(current)
            guard step < ids.count - 1 else { break }
            try await tmux.press("j")
            screen = try await tmux.waitUntil("the next hostile ticket") { $0.detailTicket != current && $0.detailTicket != nil }
        }
        #expect(seen == Set(ids))
        #expect(!screen.contains(TmuxSession.exitMarker), "still running")
    }

    // MARK: - Helpers

    func start(_ sandbox: Sandbox, _ db: String) async throws -> TmuxSession {
        try await TmuxSession.startHelpdesk(sandbox, db)
    }

    /// The "All open" view's tickets, from the CLI, in the view's order.
    func openTickets(_ sandbox: Sandbox, _ db: String) async throws -> [HelpdeskJSON.TicketRow] {
        let rows = try await sandbox.json([HelpdeskJSON.TicketRow].self, ["ticket", "list", "--json", "--limit", "10000", "--query", "is:open sort:-updated", "--db", db])
        #expect(rows.count > 20)
        return rows
    }

    func expectDetail(_ tmux: TmuxSession, _ id: Int64, _ what: String) async throws {
        try await tmux.waitUntil("\(what): Ticket #\(id)") { $0.detailTicket == id }
    }

    /// Every line between the title and the status line is a full-width line of boxes.
    func expectIntactLayout(_ screen: TerminalScreen, sourceLocation: SourceLocation = #_sourceLocation) throws {
        #expect(screen.titleLine.hasPrefix(" helpdesk │ "), "\(screen)", sourceLocation: sourceLocation)
        let tabs = screen.lines[1].hasPrefix("  Queue ")
        for index in (tabs ? 2 : 1)..<(screen.height - 1) {
            let line = screen.lines[index]
            #expect(line.first.map { "┌│└".contains($0) } == true, "line \(index) does not start with a border\n\(screen)", sourceLocation: sourceLocation)
            #expect(line.last.map { "┐│┘".contains($0) } == true, "line \(index) does not end with a border\n\(screen)", sourceLocation: sourceLocation)
            #expect(TerminalScreen.cells(line) == screen.width, "line \(index) is \(TerminalScreen.cells(line)) cells wide\n\(screen)",
                    sourceLocation: sourceLocation)
        }
    }

    /// After exit: the alternate screen is left (the shell's line is visible on the normal
    /// screen, no trace of the TUI) and the cursor is visible again.
    func expectRestored(_ tmux: TmuxSession, _ screen: TerminalScreen, sourceLocation: SourceLocation = #_sourceLocation) async throws {
        #expect(try await tmux.display("#{alternate_on}") == "0", "still on the alternate screen", sourceLocation: sourceLocation)
        #expect(try await tmux.display("#{cursor_flag}") == "1", "the cursor is still hidden", sourceLocation: sourceLocation)
        #expect(!screen.contains("helpdesk │"), "the TUI's screen is left behind\n\(screen)", sourceLocation: sourceLocation)
    }

    /// Waits up to two seconds for the process to be gone.
    func processIsGone(_ pid: Int32) async -> Bool {
        for _ in 0..<40 {
            if kill(pid, 0) != 0 && errno == ESRCH { return true }
            try? await Task.sleep(for: .milliseconds(50))
        }
        return false
    }
}
