import Foundation
import Testing
import TestSupport

/// `R` in the TUI (tmux, demo database): the requester of exactly the ticket shown, their
/// tickets as the CLI lists them (most recently updated first), and Enter opens one.
@Suite("The requester of the current ticket (the TUI in tmux)", .timeLimit(.minutes(2)))
struct RequesterEndToEndTests {
    @Test func rShowsTheRequesterAndTheirTicketsAndEnterOpensOne() async throws {
        let sandbox = try Sandbox()
        let db = try await sandbox.demoDatabase()
        let requesters = try await sandbox.json([HelpdeskJSON.Requester].self, ["requester", "list", "--limit", "100", "--json", "--db", db])
        let person = try #require(requesters.first { $0.totalTickets >= 3 })
        let theirs = try await sandbox.json(HelpdeskJSON.RequesterDetail.self,
                                            ["requester", "show", String(person.id), "--limit", "20", "--json", "--db", db]).tickets
        // Shown: one of their older tickets, so the newest in the list is another one.
        let opened = theirs[1], other = theirs[2]
        let tmux = try await TmuxSession.startHelpdesk(sandbox, db)
        defer { tmux.kill() }

        try await tmux.press(":")
        try await tmux.type("open \(opened.id)")
        try await tmux.press("Enter")
        try await tmux.waitUntil(":open \(opened.id)") { $0.detailTicket == opened.id }
        try await tmux.press("R")
        let overlay = try await tmux.waitUntil("the requester of #\(opened.id)") {
            $0.contains("Requester of #\(opened.id) — \(person.name)") && !$0.queueColumn("ID").isEmpty
        }
        #expect(overlay.contains("\(person.name) <\(person.email)>"), "\(overlay)")
        #expect(overlay.contains("\(person.openTickets) open · \(person.totalTickets) tickets"), "\(overlay)")
        let shownIds = overlay.queueColumn("ID")
        #expect(shownIds == theirs.prefix(shownIds.count).map { String($0.id) }, "the CLI's order\n\(overlay)")
        #expect(shownIds.count == min(theirs.count, person.totalTickets))

        try await tmux.press("j", "j", "Enter")
        let detail = try await tmux.waitUntil("#\(other.id) opened") { $0.detailTicket == other.id && !$0.contains("Requester of #") }
        #expect(detail.contains(String(other.subject.prefix(20))), "\(detail)")

        // Esc goes back to where one was, with the current ticket unchanged.
        try await tmux.press("R")
        try await tmux.waitFor("Requester of #\(other.id)")
        try await tmux.press("Escape")
        let back = try await tmux.waitUntil("the overlay to close") { !$0.contains("Requester of #") }
        #expect(back.detailTicket == other.id)
    }

    /// `E` in the overlay (admins): a reason, then y, and the person is gone from every pane and
    /// from the CLI; Esc before the yes leaves everything as it was.
    @Test func anAdminErasesTheRequesterFromTheOverlay() async throws {
        let sandbox = try Sandbox()
        let db = try await sandbox.demoDatabase()
        let requesters = try await sandbox.json([HelpdeskJSON.Requester].self, ["requester", "list", "--limit", "100", "--json", "--db", db])
        let person = try #require(requesters.first { $0.totalTickets >= 2 })
        let ticket = try #require(try await sandbox.json(HelpdeskJSON.RequesterDetail.self,
                                                         ["requester", "show", String(person.id), "--json", "--db", db]).tickets.first)
        let tmux = try await TmuxSession.startHelpdesk(sandbox, db)
        defer { tmux.kill() }
        try await tmux.press(":")
        try await tmux.type("open \(ticket.id)")
        try await tmux.press("Enter")
        try await tmux.waitUntil(":open \(ticket.id)") { $0.detailTicket == ticket.id }
        try await tmux.press("R")
        try await tmux.waitFor("\(person.name) <\(person.email)>")

        // Changed their mind: nothing happens.
        try await tmux.press("E")
        try await tmux.waitFor("reason (kept in the log, without their name):")
        try await tmux.press("Escape")
        try await tmux.waitFor("Nothing was erased")
        #expect(try await sandbox.json(HelpdeskJSON.RequesterDetail.self, ["requester", "show", String(person.id), "--json", "--db", db]).erased == false)

        try await tmux.press("E")
        try await tmux.waitFor("reason (kept in the log, without their name):")
        try await tmux.type("GDPR request 2026-114")
        try await tmux.press("Enter")
        try await tmux.waitFor("It cannot be undone")
        try await tmux.press("y")
        let done = try await tmux.waitFor("Requester #\(person.id) erased: \(person.totalTickets) own")
        #expect(done.contains("Requester of #\(ticket.id) — [redacted]"), "\(done)")
        #expect(!done.contains(person.email), "\(done)")
        let after = try await sandbox.json(HelpdeskJSON.RequesterDetail.self, ["requester", "show", String(person.id), "--json", "--db", db])
        #expect(after.erased && after.name == "[redacted]" && after.totalTickets == person.totalTickets)
        // Back in the ticket, the requester line is redacted too.
        try await tmux.press("Escape")
        let detail = try await tmux.waitUntil("the overlay to close") { !$0.contains("Requester of #") }
        #expect(!detail.contains(person.name) && !detail.contains(person.email), "\(detail)")
    }
}
