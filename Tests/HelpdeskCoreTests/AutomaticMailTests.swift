import Foundation
import GRDB
import Testing
@testable import HelpdeskCore

/// What helpdesk mails by itself and what keeps it from looping, on real SQLite files and the
/// stand-in sendmail of `MailSenderTests`: the acknowledgement with articles, the solved notice,
/// templates and signatures, the block list, addresses per tier, the SOLVED keyword.
@Suite struct AutomaticMailTests {
    typealias Desk = MailSenderTests.Desk

    static func newMail(from: String = "anna@example.org", id: String, subject: String = "VPN drops every hour",
                        to: String = "support@nordwind.example", headers: [String] = []) -> [UInt8] {
        var lines = ["From: Anna Berg <\(from)>", "To: \(to)", "Subject: \(subject)", "Message-ID: <\(id)>"] + headers
        lines.append("")
        lines.append("Hello,\r\nmy VPN drops every hour since Monday.")
        return Array((lines.joined(separator: "\r\n") + "\r\n").utf8)
    }

    @Test func aNewMailedRequestIsAcknowledgedWithArticlesThatMayAnswerIt() throws {
        let desk = try Desk(acknowledge: true)
        let article = try desk.store.addArticle(title: "VPN drops every hour", body: "Renew the **VPN** certificate.", tags: ["vpn"], actor: "tester")
        let outcome = try MailIntake(store: desk.store).receive(Self.newMail(id: "ack1@example.org"))
        guard case .created(let id) = outcome else { Issue.record("\(outcome)"); return }
        #expect(try MailSender(store: desk.store).sendDue().sent == [desk.ticket, id], "the Desk's own first mail and this one")
        let ack = try #require(try desk.sent().first { $0.to.first?.address == "anna@example.org" })
        #expect(ack.subject == "[Helpdesk #\(id)] Received: VPN drops every hour")
        #expect(ack.autoSubmitted == "auto-replied", "auto-responders must not answer it (RFC 3834)")
        #expect(ack.inReplyTo == ["ack1@example.org"])
        #expect(ack.bodyText.contains("Hello Anna Berg,"))
        #expect(ack.bodyText.contains("  - VPN drops every hour\n    (on the support host: helpdesk request article \(article.id!))"))
        #expect(ack.bodyText.contains("SOLVED on the first line"))
        #expect(ack.bodyText.split(separator: "\n").allSatisfy { $0.count <= MailText.width })
        // Its delivery is not shown as a reply's: the detail lists the requester's message only.
        #expect(try desk.store.ticketDetail(id: id).messages.map { $0.delivery } == [nil])

        // The requester answers the acknowledgement with SOLVED: the ticket is solved, nothing more is sent.
        let solved = Self.newMail(id: "ack2@example.org", subject: "Re: [Helpdesk #\(id)] Received: VPN drops every hour",
                                  headers: ["In-Reply-To: <\(try #require(ack.messageID))>"])
        let reply = String(decoding: solved, as: UTF8.self).replacingOccurrences(of: "Hello,\r\nmy VPN", with: "Solved!\r\n\r\n> my VPN")
        #expect(try MailIntake(store: desk.store).receive(Array(reply.utf8)) == .added(ticketId: id))
        #expect(try desk.store.ticketDetail(id: id).ticket.status == .solved)
        #expect(try MailSender(store: desk.store).sendDue().sent.isEmpty, "no solved notice for the requester's own SOLVED")
    }

    @Test func noAutomaticMailToMachinesBlockedSendersOrTwiceAnHour() throws {
        let desk = try Desk(acknowledge: true)
        let intake = MailIntake(store: desk.store)
        let before = try #require(try count(desk, "kind = 'acknowledgement'"))
        try intake.receive(Self.newMail(id: "a1@example.org", headers: ["Auto-Submitted: auto-replied"]))
        try intake.receive(Self.newMail(from: "mailer-daemon@example.org", id: "a2@example.org"))
        try intake.receive(Self.newMail(from: "list@example.org", id: "a3@example.org", headers: ["Precedence: list"]))
        try intake.receive(Self.newMail(from: "support@nordwind.example", id: "a4@example.org"))
        #expect(try count(desk, "kind = 'acknowledgement'") == before)
        try intake.receive(Self.newMail(id: "a5@example.org"))
        try intake.receive(Self.newMail(id: "a6@example.org", subject: "Another thing"))
        #expect(try count(desk, "kind = 'acknowledgement'") == before + 1, "one automatic mail an hour per address")
        desk.clock.advance(3601)
        try intake.receive(Self.newMail(id: "a7@example.org", subject: "A third thing"))
        #expect(try count(desk, "kind = 'acknowledgement'") == before + 2)
    }

    @Test func aBlockedSenderIsRefusedAndLoggedAndOnlySupervisorsKeepTheList() throws {
        let desk = try Desk()
        let admin = try #require(try desk.store.agent(login: "tester"))
        try desk.store.blockMail(from: "@spam.example", reason: "phishing wave", actor: admin)
        #expect(throws: HelpdeskError.invalidInput("@spam.example is already blocked: nothing was changed")) {
            try desk.store.blockMail(from: "@SPAM.example", reason: "again", actor: admin)
        }
        #expect(throws: HelpdeskError.self) { try desk.store.blockMail(from: "not an address", reason: "x", actor: admin) }
        let agent = Agent(login: "ben", name: "Ben", role: .agent, tier: 1, active: true, createdAt: 0)
        #expect(throws: HelpdeskError.self) { try desk.store.blockMail(from: "x@example.org", reason: "x", actor: agent) }
        #expect(throws: MailRefusal(reason: "mail from eve@spam.example is blocked (@spam.example: phishing wave)")) {
            try MailIntake(store: desk.store).receive(Self.newMail(from: "eve@spam.example", id: "b1@example.org"))
        }
        #expect(try desk.store.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM events WHERE action = 'mail.refuse'") } == 1)
        #expect(try desk.store.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM tickets") } == 1)
        try desk.store.unblockMail("@spam.example", actor: admin)
        #expect(try desk.store.mailBlocks().isEmpty)
        #expect(try MailIntake(store: desk.store).receive(Self.newMail(from: "eve@spam.example", id: "b1@example.org")) == .created(ticketId: 2))
    }

    @Test func solvingAMailedTicketQueuesTheNoticeAndReopeningWithdrawsIt() throws {
        let desk = try Desk()
        try desk.agent.perform(.setStatus(.solved), on: desk.ticket)
        #expect(try count(desk, "kind = 'notice'") == 1)
        try desk.agent.perform(.setStatus(.open), on: desk.ticket)
        #expect(try count(desk, "kind = 'notice'") == 0, "withdrawn before it left")
        try desk.agent.perform(.setStatus(.solved), on: desk.ticket)
        let report = try MailSender(store: desk.store).sendDue()
        #expect(report.sent == [desk.ticket])
        let notice = try #require(try desk.sent().last)
        #expect(notice.subject == "[Helpdesk #\(desk.ticket)] Solved: Drucker im 2. OG")
        #expect(notice.bodyText.hasPrefix("Hello Jürgen Müller,\n\nyour request [Helpdesk #\(desk.ticket)] \"Drucker im 2. OG\" is solved."))
    }

    @Test func repliesCarryTheAgentsSignatureAsPlainWrappedText() throws {
        let desk = try Desk()
        let admin = try #require(try desk.store.agent(login: "tester"))
        #expect(throws: HelpdeskError.self) { try desk.store.setSignature(of: "tester", to: "{{agent.nmae}}", actor: admin) }
        try desk.store.setSignature(of: "tester", to: "{{agent.name}}, {{team}}\nPhone 0800 123", actor: admin)
        let long = "Please open [the VPN guide](https://wiki.example/vpn) and **renew** the `certificate` " + String(repeating: "today ", count: 12)
        try desk.agent.perform(.reply("# Steps\n" + long + "\nhttps://wiki.example/" + String(repeating: "x", count: 80)), on: desk.ticket)
        _ = try MailSender(store: desk.store).sendDue()
        let body = try #require(try desk.sent().last).bodyText
        #expect(body.hasPrefix("Steps\nPlease open the VPN guide <https://wiki.example/vpn> and renew the\ncertificate today"))
        #expect(body.contains("\nhttps://wiki.example/" + String(repeating: "x", count: 80) + "\n"), "a URL is never broken")
        #expect(body.split(separator: "\n").filter { !$0.hasPrefix("https://") }.allSatisfy { $0.count <= 72 })
        #expect(body.trimmingCharacters(in: .newlines).hasSuffix("\n\n-- \n\(admin.name), Nordwind IT\nPhone 0800 123"))
    }

    @Test func mailToATiersAddressStartsThereAndIsAnsweredFromIt() throws {
        let desk = try Desk()
        let admin = try #require(try desk.store.agent(login: "tester"))
        var settings = try desk.store.mailSettings()
        settings.tierAddresses = [nil, "it-tier2@nordwind.example", nil]
        try desk.store.saveMailSettings(settings, actor: admin)
        let id = try MailIntake(store: desk.store).receive(Self.newMail(id: "t1@example.org", to: "IT <IT-Tier2@nordwind.example>")).ticketId
        #expect(try desk.store.ticketDetail(id: id).ticket.tier == 2)
        try desk.agent.perform(.reply("On it."), on: id)
        _ = try MailSender(store: desk.store).sendDue()
        #expect(try desk.sent().last?.from?.address == "it-tier2@nordwind.example")
        #expect(try desk.sent().last?.replyTo.map(\.address) == ["it-tier2@nordwind.example"])
    }

    @Test func templatesRefuseUnknownPlaceholdersAndResetToTheDefault() throws {
        let desk = try Desk()
        let admin = try #require(try desk.store.agent(login: "tester"))
        #expect(throws: HelpdeskError.self) { try desk.store.setMailTemplate(.solved, to: "Hi {{requester.nam}}", actor: admin) }
        try desk.store.setMailTemplate(.solved, to: "Done: {{ticket.tag}}", actor: admin)
        #expect(try desk.store.mailTemplate(.solved) == "Done: {{ticket.tag}}")
        try desk.store.setMailTemplate(.solved, to: nil, actor: admin)
        #expect(try desk.store.mailTemplate(.solved) == MailTemplate.solved.defaultText)
        #expect(MailTemplate.render("{{ a }} {{b}} {{", .init(["a": "1"])) == "1 {{b}} {{")
    }

    func count(_ desk: Desk, _ condition: String) throws -> Int? {
        try desk.store.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM outbox WHERE \(condition)") }
    }
}
