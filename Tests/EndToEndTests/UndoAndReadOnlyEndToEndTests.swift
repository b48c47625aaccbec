import Foundation
import HelpdeskCore
import Testing
import TestSupport

/// Undo in the TUI beyond the single last change (a bulk change, two changes in a row), and the
/// read-only wallboard mode: what the screen offers, and that a change key is refused at once.
@Suite("Undo and read-only (the TUI in tmux)", .timeLimit(.minutes(3)))
struct UndoAndReadOnlyEndToEndTests {
    static let unassignedTier1 = "is:unassigned tier:1 is:open sort:-priority"

    // MARK: - Undo

    /// Three marked tickets set to pending with one confirmation; `u` puts all three back.
    @Test func bulkUndoPutsBackAllMarkedTickets() async throws {
        let sandbox = try Sandbox()
        let db = try await sandbox.demoDatabase()
        let rows = try await sandbox.json([HelpdeskJSON.TicketRow].self, ["ticket", "list", "--json", "--limit", "10", "--query", Self.unassignedTier1, "--db", db])
        let three = Array(rows.prefix(3))
        try #require(three.count == 3)
        let before = three.map(\.status)
        try #require(!before.contains("pending"), "the demo's first unassigned tickets are not pending yet: \(before)")
        let tmux = try await start(sandbox, db)
        defer { tmux.kill() }

        try await tmux.press("2")
        try await tmux.waitUntil("Unassigned tier 1 with its first rows") {
            $0.titleLine.hasPrefix(" helpdesk │ Unassigned tier 1 · ") && Array($0.queueColumn("ID").prefix(3)) == three.map { String($0.id) }
        }
        try await tmux.press("Space")
        try await tmux.press("Space")
        try await tmux.press("Space")
        try await tmux.waitUntil("three marked rows") { $0.lines[1].contains("3 marked") }
        try await tmux.press("s")
        try await tmux.waitUntil("the status picker") { $0.contains("pending") && $0.contains("solved") && $0.bottomLine.lowercased().contains("enter") }
        try await tmux.type("pending")
        try await tmux.press("Enter")
        try await tmux.waitUntil("the question for the marked tickets") { $0.bottomLine.contains("3 marked tickets") }
        try await tmux.press("y")
        try await tmux.waitUntil("the change to be done") { !$0.bottomLine.contains("3 marked tickets") && !$0.lines[1].contains("marked") }
        let changed = try await statuses(sandbox, db, three.map(\.id), until: { $0.allSatisfy { $0 == "pending" } })
        #expect(changed == ["pending", "pending", "pending"], "the bulk change happened")

        try await tmux.press("u")
        let screen = try await tmux.waitUntil("the undo's message") { !$0.bottomLine.contains("u to undo") && !$0.bottomLine.hasPrefix(" ? help") }
        #expect(!screen.bottomLine.contains("nothing to undo"), "u after a bulk change: \(screen.bottomLine)")
        let restored = try await statuses(sandbox, db, three.map(\.id), until: { $0 == before })
        #expect(restored == before, "u puts all three marked tickets back (before: \(before), now: \(restored))\n\(screen)")
    }

    /// Two changes in a row; `u` takes back the second, a second `u` the first.
    @Test func undoTwiceWalksBackTwoChanges() async throws {
        let sandbox = try Sandbox()
        let db = try await sandbox.demoDatabase()
        let rows = try await sandbox.json([HelpdeskJSON.TicketRow].self, ["ticket", "list", "--json", "--limit", "5", "--query", Self.unassignedTier1, "--db", db])
        let ticket = try #require(rows.first)
        let original = try await detail(sandbox, db, ticket.id)
        let tmux = try await start(sandbox, db)
        defer { tmux.kill() }

        try await tmux.press("2")
        try await tmux.waitUntil("Unassigned tier 1 with #\(ticket.id)") {
            $0.titleLine.hasPrefix(" helpdesk │ Unassigned tier 1 · ") && $0.detailTicket == ticket.id
        }
        for tag in ["zzundoone", "zzundotwo"] {
            try await tmux.press("#")
            try await tmux.waitUntil("the tags prompt") { $0.bottomLine.hasPrefix("Tags") }
            try await tmux.type("+\(tag)")
            try await tmux.press("Enter")
            try await tmux.waitUntil("the tag \(tag)") { $0.bottomLine.contains("u to undo") && $0.bottomLine.contains(tag) }
        }
        let tagged = try await detail(sandbox, db, ticket.id).tags
        #expect(tagged.contains("zzundoone") && tagged.contains("zzundotwo"), "\(tagged)")

        try await tmux.press("u")
        let first = try await tmux.waitUntil("the first undo") { !$0.bottomLine.contains("u to undo") || $0.bottomLine.contains("Undone") }
        let afterOne = try await tags(sandbox, db, ticket.id, until: { !$0.contains("zzundotwo") })
        #expect(!afterOne.contains("zzundotwo") && afterOne.contains("zzundoone"), "the first u takes back the second change: \(afterOne)\n\(first)")

        try await tmux.press("u")
        let second = try await tmux.waitUntil("the second undo's message") { $0.bottomLine != first.bottomLine }
        #expect(!second.bottomLine.contains("nothing to undo"), "the second u: \(second.bottomLine)")
        let afterTwo = try await tags(sandbox, db, ticket.id, until: { !$0.contains("zzundoone") })
        #expect(afterTwo == original.tags, "the second u takes back the first change too: \(afterTwo), was \(original.tags)\n\(second)")
    }

    // MARK: - Read-only

    @Test func readOnlyOffersNoActionKeys() async throws {
        let sandbox = try Sandbox()
        let db = try await sandbox.demoDatabase()
        let tmux = try await start(sandbox, db, arguments: ["--read-only"])
        defer { tmux.kill() }
        let screen = try await tmux.waitUntil("the queue") { $0.detailTicket != nil }
        #expect(screen.titleLine.contains("read-only"))
        for hint in [" t take", " a assign", " s status", " e escalate", " r reply", " m macro", " n note"] {
            #expect(!screen.bottomLine.contains(hint), "the queue's bottom line offers “\(hint)” in read-only mode: \(screen.bottomLine)")
        }
        try await tmux.press("Enter")
        let detail = try await tmux.waitUntil("focus on the detail pane") { !$0.bottomLine.contains("/ filter") }
        for hint in [" r reply", " n note", " e escalate", " t take"] {
            #expect(!detail.bottomLine.contains(hint), "the detail pane's bottom line offers “\(hint)” in read-only mode: \(detail.bottomLine)")
        }
        try await tmux.press("Escape")
        try await tmux.waitUntil("focus back on the queue") { $0.bottomLine.contains("/ filter") }

        // The help, scrolled through to its end: no line for taking or replying.
        try await tmux.press("?")
        // The whole overlay, bottom line included (a capture can catch a frame half written).
        var help = try await tmux.waitUntil("the help") { $0.contains("Keys — ") && $0.bottomLine.contains("close the help") }
        var lines = Set(help.lines)
        for _ in 0..<6 {
            for _ in 0..<10 { try await tmux.press("j") }
            help = try await tmux.capture()
            lines.formUnion(help.lines)
        }
        #expect(lines.contains { $0.contains("move down") }, "the help was shown")
        let actions = lines.filter { line in
            line.range(of: #"│ \S[^│]{0,24}\s(take|reply)"#, options: .regularExpression) != nil
        }
        #expect(actions.isEmpty, "the help lists actions in read-only mode:\n\(actions.sorted().joined(separator: "\n"))")
    }

    @Test func readOnlyRefusesTakeAtOnceAndChangesNothing() async throws {
        let sandbox = try Sandbox()
        let db = try await sandbox.demoDatabase()
        let tmux = try await start(sandbox, db, arguments: ["--read-only"])
        defer { tmux.kill() }
        let screen = try await tmux.waitUntil("the queue") { $0.detailTicket != nil }
        let id = try #require(screen.detailTicket)
        let before = try await detail(sandbox, db, id)

        try await tmux.press("t")
        // Refused at the key (the keymap's word, not the store's "is read-only for you" at send time).
        let refused = try await tmux.waitUntil("a refusal at the key") { $0.bottomLine.contains("started with --read-only") }
        #expect(!refused.bottomLine.contains("u to undo"), "\(refused.bottomLine)")
        try await Task.sleep(for: .milliseconds(500))
        let after = try await detail(sandbox, db, id)
        #expect(after.version == before.version, "t changed #\(id) in read-only mode")
        #expect(after.assignee == before.assignee)
        #expect(after.events.count == before.events.count)
    }

    @Test func aClosedTicketRefusesAReplyAtTheKeyAndTheCLIRefusesItToo() async throws {
        let sandbox = try Sandbox()
        let db = try await sandbox.demoDatabase()
        let closed = try #require(try await sandbox.json([HelpdeskJSON.TicketRow].self,
                                                           ["ticket", "list", "--json", "--query", "status:closed", "--limit", "1", "--db", db]).first)
        let before = try await detail(sandbox, db, closed.id)
        let tmux = try await start(sandbox, db)
        defer { tmux.kill() }
        try await tmux.press(":")
        try await tmux.type("open \(closed.id)")
        try await tmux.press("Enter")
        try await tmux.waitUntil("#\(closed.id) in the detail pane") { $0.detailTicket == closed.id }
        try await tmux.press("r")
        let refused = try await tmux.waitUntil("the refusal") { $0.bottomLine.contains("#\(closed.id) is closed") }
        #expect(!refused.contains("┌ Reply to #"), "no composer opens for a closed ticket")
        let cli = try await sandbox.helpdesk(["ticket", "reply", String(closed.id), "--body", "hello", "--db", db])
        #expect(cli.status == 1 && cli.errorOutput.contains("#\(closed.id) is closed"), "\(cli.summary)")
        #expect(try await detail(sandbox, db, closed.id).version == before.version)
    }

    // MARK: - Helpers

    func start(_ sandbox: Sandbox, _ db: String, arguments: [String] = []) async throws -> TmuxSession {
        try await TmuxSession.startHelpdesk(sandbox, db, arguments: arguments, inlineEditor: true)
    }

    func detail(_ sandbox: Sandbox, _ db: String, _ id: Int64) async throws -> HelpdeskJSON.TicketDetail {
        try await sandbox.json(HelpdeskJSON.TicketDetail.self, ["ticket", "show", String(id), "--json", "--db", db])
    }

    /// The tickets' statuses from the CLI, polled for up to five seconds until `done` holds.
    func statuses(_ sandbox: Sandbox, _ db: String, _ ids: [Int64], until done: ([String]) -> Bool) async throws -> [String] {
        var current: [String] = []
        for _ in 0..<25 {
            current = []
            for id in ids { current.append(try await detail(sandbox, db, id).status) }
            if done(current) { break }
            try await Task.sleep(for: .milliseconds(200))
        }
        return current
    }

    func tags(_ sandbox: Sandbox, _ db: String, _ id: Int64, until done: ([String]) -> Bool) async throws -> [String] {
        var current: [String] = []
        for _ in 0..<25 {
            current = try await detail(sandbox, db, id).tags
            if done(current) { break }
            try await Task.sleep(for: .milliseconds(200))
        }
        return current
    }
}
