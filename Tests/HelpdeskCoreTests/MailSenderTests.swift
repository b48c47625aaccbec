import Foundation
import GRDB
import Testing
@testable import HelpdeskCore

/// Mail out, on real SQLite files and a stand-in sendmail (a script that keeps what it is given,
/// or fails as a down MTA does): a public reply on a mailed-in ticket is queued with the reply
/// and becomes a threaded RFC 5322 mail; a note never goes out; failures are kept and retried.
@Suite struct MailSenderTests {
    struct Desk {
        let folder = TemporaryFolder()
        let clock = TestClock()
        let store: HelpdeskStore
        let agent: TicketService
        let outbox: String
        let ticket: Int64

        /// Acknowledgements off unless asked for: most tests here are about replies.
        init(sendmail: String = "keep", acknowledge: Bool = false) throws {
            store = try Fixture.store(in: folder, clock: clock)
            agent = try TicketService.forUser(Fixture.tester, store: store)
            outbox = folder.path("sent")
            try FileManager.default.createDirectory(atPath: outbox, withIntermediateDirectories: true)
            let script = folder.path("sendmail")
            let body = sendmail == "keep"
                ? "#!/bin/sh\ncat > \"\(outbox)/$(date +%s%N).eml\"\n"
                : "#!/bin/sh\ncat > /dev/null\necho 'connection refused by smarthost' >&2\nexit 75\n"
            try body.write(toFile: script, atomically: false, encoding: .utf8)
            chmod(script, 0o755)
            let admin = try #require(try store.agent(login: "tester"))
            var settings = MailSettings(fromAddress: "support@nordwind.example", fromName: "Nordwind IT", sendmail: script + " -t -oi")
            settings.acknowledge = acknowledge
            try store.saveMailSettings(settings, actor: admin)
            let mail = MailIntakeTests.mail(from: "=?utf-8?Q?J=C3=BCrgen_M=C3=BCller?= <j.mueller@example.com>", subject: "Drucker im 2. OG",
                                            id: "<in1@example.com>")
            ticket = try MailIntake(store: store).receive(mail).ticketId
        }

        func sent() throws -> [MailMessage] {
            try FileManager.default.contentsOfDirectory(atPath: outbox).sorted().map { name in
                MailMessage.parse([UInt8](try Data(contentsOf: URL(fileURLWithPath: outbox + "/" + name))))
            }
        }
    }

    @Test func aReplyGoesOutThreadedAndTheAnswerToItFindsTheTicket() throws {
        let desk = try Desk()
        try desk.agent.perform(.note("INTERNAL: Toner bestellt"), on: desk.ticket)
        try desk.agent.perform(.reply("Grüß Gott Herr Müller,\nwir schauen es uns an. " + String(repeating: "Lange Zeile ", count: 20)), on: desk.ticket)
        #expect(try desk.store.ticketDetail(id: desk.ticket).messages.last?.delivery?.state == .queued)
        #expect(try desk.sent().isEmpty, "queued with the reply, sent by the sender")

        let report = try MailSender(store: desk.store).sendDue()
        #expect(report.sent == [desk.ticket] && report.failed.isEmpty)
        let mails = try desk.sent()
        #expect(mails.count == 1, "the note never goes out")
        let mail = try #require(mails.first)
        #expect(mail.from == MailAddress(name: "Nordwind IT", address: "support@nordwind.example"))
        #expect(mail.to == [MailAddress(name: "Jürgen Müller", address: "j.mueller@example.com")])
        #expect(mail.subject == "Re: [Helpdesk #\(desk.ticket)] Drucker im 2. OG")
        #expect(mail.inReplyTo == ["in1@example.com"] && mail.references == ["in1@example.com"])
        #expect(mail.bodyText.hasPrefix("Grüß Gott Herr Müller,\nwir schauen es uns an. Lange Zeile"))
        #expect(!mail.bodyText.contains("INTERNAL"))
        let detail = try desk.store.ticketDetail(id: desk.ticket)
        #expect(detail.messages.last?.delivery?.summary == "sent by mail")
        #expect(TicketWording.messageKind(try #require(detail.messages.last)) == "reply · sent by mail")
        // Sent once: nothing is due any more.
        #expect(try MailSender(store: desk.store).sendDue() == MailSender.Report())

        // The requester answers the mail (no tag in the subject): it joins the same ticket.
        let answer = MailIntakeTests.mail(from: "j.mueller@example.com", subject: "Re: Drucker", id: "<in2@example.com>",
                                          headers: ["In-Reply-To: <\(try #require(mail.messageID))>"], body: "Danke, geht wieder.")
        #expect(try MailIntake(store: desk.store).receive(answer) == .added(ticketId: desk.ticket))
    }

    @Test func aFailedDeliveryIsKeptWithItsReasonAndRetriedWithBackoff() throws {
        let desk = try Desk(sendmail: "fail")
        try desk.agent.perform(.reply("Wir melden uns."), on: desk.ticket)
        let sender = MailSender(store: desk.store)
        let first = try sender.sendDue()
        #expect(first.sent.isEmpty && first.failed.count == 1)
        #expect(first.failed.first?.reason.hasSuffix("exited with 75: connection refused by smarthost") == true)
        let delivery = try #require(try desk.store.ticketDetail(id: desk.ticket).messages.last?.delivery)
        #expect(delivery.state == .failed && delivery.attempts == 1)
        #expect(delivery.summary.hasPrefix("mail failed (1 try, retrying): "))
        // Not due again until the backoff has passed (1 minute, then 2, …).
        #expect(try sender.sendDue() == MailSender.Report())
        desk.clock.advance(61)
        #expect(try sender.sendDue().failed.count == 1)
        desk.clock.advance(61)
        #expect(try sender.sendDue() == MailSender.Report(), "the second wait is 2 minutes")
        desk.clock.advance(60)
        #expect(try sender.sendDue().failed.count == 1)
    }

    @Test func onlyMailedInTicketsOfRequestersWithAnAddressGetMail() throws {
        let desk = try Desk()
        let phone = try desk.store.createTicket(NewTicket(subject: "Anruf", requesterEmail: "caller@example.com", channel: .phone), actor: "tester")
        try desk.agent.perform(.reply("Erledigt."), on: phone)
        // Channel email, as the demo's tickets, but never mailed in: no mail either.
        let typed = try desk.store.createTicket(NewTicket(subject: "Abgetippt", requesterEmail: "typed@example.com", channel: .email), actor: "tester")
        try desk.agent.perform(.reply("Erledigt."), on: typed)
        let admin = try #require(try desk.store.agent(login: "tester"))
        try RequesterErasure(store: desk.store, actor: admin).erase(.email("j.mueller@example.com"), reason: "GDPR 2026-200")
        try desk.agent.perform(.reply("Noch eine Antwort."), on: desk.ticket)
        #expect(try MailSender(store: desk.store).sendDue() == MailSender.Report())
        #expect(try desk.store.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM outbox") } == 0)
    }

    @Test func headersAndBodiesAreEncodedForAnyMTA() {
        #expect(OutgoingMail.encodedWords("Plain subject") == "Plain subject")
        let encoded = OutgoingMail.encodedWords("Grüße aus Köln — " + String(repeating: "ü", count: 40))
        #expect(encoded.split(separator: "\r\n").allSatisfy { $0.count <= 76 })
        #expect(MailMessage.parse(Array("Subject: \(encoded)\r\n\r\nx".utf8)).subject == "Grüße aus Köln — " + String(repeating: "ü", count: 40))
        let body = "Zeile mit = und Umlaut ä\n" + String(repeating: "x", count: 200) + " \nEnde"
        let qp = OutgoingMail.quotedPrintable(body)
        #expect(qp.split(separator: "\r\n").allSatisfy { $0.count <= 76 })
        #expect(qp.contains("=3D") && qp.contains("=C3=A4"))
        let parsed = MailMessage.parse(Array("Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n\(qp)".utf8))
        #expect(parsed.bodyText == body.trimmingCharacters(in: .whitespacesAndNewlines) || parsed.bodyText == body)
        #expect(OutgoingMail.subject("Re: [Helpdesk #7] x", ticketId: 7, prefix: "Helpdesk") == "Re: [Helpdesk #7] x")
        #expect(OutgoingMail.subject("x", ticketId: 7, prefix: "Helpdesk") == "Re: [Helpdesk #7] x")
    }
}
