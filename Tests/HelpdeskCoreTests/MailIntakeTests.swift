import Foundation
import GRDB
import Testing
@testable import HelpdeskCore

/// Mail in, on real SQLite files: a new mail is a new ticket, a reply finds its ticket by the
/// subject tag or by In-Reply-To/References, a reply to a closed ticket opens a follow-up, the same
/// Message-ID is stored once, refusals are logged, and erasure forgets the stored mail too.
@Suite struct MailIntakeTests {
    static func mail(from: String = "=?utf-8?Q?J=C3=BCrgen_M=C3=BCller?= <j.mueller@example.com>", subject: String = "VPN drops every hour",
                     id: String? = "<first@example.com>", headers: [String] = [], body: String = "Hello,\nmy VPN drops.") -> [UInt8] {
        var lines = ["From: \(from)", "To: support@nordwind.example", "Cc: Eva <eva@example.com>", "Subject: \(subject)"]
        if let id { lines.append("Message-ID: \(id)") }
        lines += headers
        return Array((lines.joined(separator: "\r\n") + "\r\n\r\n" + body.replacingOccurrences(of: "\n", with: "\r\n") + "\r\n").utf8)
    }

    struct Desk {
        let folder = TemporaryFolder()
        let store: HelpdeskStore
        let intake: MailIntake
        /// Acknowledgements off unless asked for: these tests are about what is stored.
        init(acknowledge: Bool = false, clock: TestClock? = nil) throws {
            let store = try Fixture.store(in: folder, clock: clock ?? TestClock())
            self.store = store
            if !acknowledge {
                try store.write { db in try db.execute(sql: "INSERT INTO settings(key, value) VALUES ('mail.acknowledge', 'off')") }
            }
            intake = MailIntake(store: store)
        }

        func row(_ sql: String, _ arguments: StatementArguments = []) throws -> Row? {
            try store.read { db in try Row.fetchOne(db, sql: sql, arguments: arguments) }
        }
    }

    @Test func aNewMailIsANewTicketWithItsRequesterAndTheRawMailKept() throws {
        let desk = try Desk()
        let raw = Self.mail()
        let outcome = try desk.intake.receive(raw)
        guard case .created(let id) = outcome else { Issue.record("\(outcome)"); return }
        let detail = try desk.store.ticketDetail(id: id)
        #expect(detail.ticket.subject == "VPN drops every hour" && detail.ticket.channel == .email && detail.ticket.status == .new)
        #expect(detail.requester.name == "Jürgen Müller" && detail.requester.email == "j.mueller@example.com")
        #expect(detail.messages.map(\.message.body) == ["Hello,\nmy VPN drops."])
        #expect(detail.events.first?.actor == "mail")
        let stored = try #require(try desk.row("SELECT * FROM mail_messages WHERE ticket_id = ?", [id]))
        #expect(stored["message_id"] as String == "first@example.com" && stored["direction"] as String == "in")
        #expect(stored["sender"] as String == "j.mueller@example.com" && stored["recipients"] as String == "support@nordwind.example, eva@example.com")
        #expect(stored["raw"] as Data == Data(raw) && stored["raw_size"] as Int == raw.count)
        #expect(stored["message_row_id"] as Int64? == detail.messages.first?.message.id)

        // The same delivery again: stored once.
        #expect(try desk.intake.receive(raw) == .duplicate(ticketId: id))
        #expect(try desk.row("SELECT count(*) AS n FROM tickets")?["n"] as Int? == 1)
    }

    @Test func repliesFindTheirTicketByTagThenByReferences() throws {
        let desk = try Desk()
        let id = try desk.intake.receive(Self.mail()).ticketId
        let agent = try TicketService.forUser(Fixture.tester, store: desk.store)
        try agent.perform(.setStatus(.pending), on: id)

        // By the tag, with another sender (a colleague in Cc): added, and the ticket is open again.
        let tagged = Self.mail(from: "Eva <eva@example.com>", subject: "Re: [Helpdesk #\(id)] VPN drops every hour", id: "<eva1@example.com>",
                               body: "Same here.")
        #expect(try desk.intake.receive(tagged) == .added(ticketId: id))
        var detail = try desk.store.ticketDetail(id: id)
        #expect(detail.ticket.status == .open)
        #expect(detail.messages.last?.message.body == "Same here." && detail.messages.last?.authorName == "Eva")

        // By In-Reply-To, no tag in the subject; and by References alone.
        let inReply = Self.mail(subject: "Re: VPN", id: "<second@example.com>", headers: ["In-Reply-To: <first@example.com>"], body: "Still broken.")
        #expect(try desk.intake.receive(inReply) == .added(ticketId: id))
        let referenced = Self.mail(subject: "AW: VPN", id: "<third@example.com>",
                                   headers: ["References: <unknown@elsewhere> <first@example.com> <second@example.com>"], body: "Und jetzt?")
        #expect(try desk.intake.receive(referenced) == .added(ticketId: id))
        detail = try desk.store.ticketDetail(id: id)
        #expect(detail.messages.map(\.message.body) == ["Hello,\nmy VPN drops.", "Same here.", "Still broken.", "Und jetzt?"])

        // Another system's tag, an unknown number, or our tag with another prefix: a new ticket.
        for (subject, messageID) in [("Re: [#\(id)] other", "<a@x>"), ("[Helpdesk #99999] no such ticket", "<b@x>"), ("[Other #\(id)] x", "<c@x>")] {
            guard case .created = try desk.intake.receive(Self.mail(subject: subject, id: messageID)) else {
                Issue.record("\(subject) was threaded"); continue
            }
        }
        // A prefix the team chose.
        try desk.store.saveMailSettings(MailSettings(tagPrefix: "Nordwind"), actor: try #require(try desk.store.agent(login: "tester")))
        #expect(try desk.intake.receive(Self.mail(subject: "Re: [nordwind # \(id)] VPN", id: "<d@x>")) == .added(ticketId: id))
    }

    @Test func aReplyToAClosedTicketOpensAFollowUpAndAMergedOneGoesWhereItWasMerged() throws {
        let desk = try Desk()
        let agent = try TicketService.forUser(Fixture.tester, store: desk.store)
        let closed = try desk.intake.receive(Self.mail()).ticketId
        try agent.perform(.setStatus(.closed), on: closed)
        let outcome = try desk.intake.receive(Self.mail(subject: "Re: [Helpdesk #\(closed)] VPN", id: "<late@example.com>", body: "It is back."))
        guard case .followUp(let followUp, let follows) = outcome, follows == closed else { Issue.record("\(outcome)"); return }
        #expect(try desk.store.ticketDetail(id: closed).ticket.status == .closed, "closed is final")
        #expect(try desk.row("SELECT follows FROM ticket_followups WHERE ticket_id = ?", [followUp])?["follows"] as Int64? == closed)
        #expect(try desk.store.ticketDetail(id: followUp).events.contains { $0.action == "follow-up" && $0.newValue == "follows the closed #\(closed)" })

        let first = try desk.intake.receive(Self.mail(subject: "Drucker", id: "<p1@x>")).ticketId
        let second = try desk.intake.receive(Self.mail(subject: "Drucker 2", id: "<p2@x>")).ticketId
        try agent.perform(.merge(into: second), on: first)
        #expect(try desk.intake.receive(Self.mail(subject: "Re: Drucker", id: "<p3@x>", headers: ["In-Reply-To: <p1@x>"])) == .added(ticketId: second))
    }

    @Test func refusalsAreLoggedAndChangeNothing() throws {
        let desk = try Desk()
        #expect(throws: MailRefusal(reason: "the message has no sender address (From:)")) {
            try desk.intake.receive(Array("Subject: hi\r\n\r\nno sender\r\n".utf8))
        }
        try desk.store.saveMailSettings(MailSettings(maxMessageBytes: 2048), actor: try #require(try desk.store.agent(login: "tester")))
        let big = Self.mail(body: String(repeating: "x", count: 4000))
        #expect(throws: MailRefusal(reason: "the message is \(big.count) bytes, more than the 2048 this helpdesk takes")) { try desk.intake.receive(big) }
        #expect(try desk.row("SELECT count(*) AS n FROM tickets")?["n"] as Int? == 0)
        #expect(try desk.row("SELECT count(*) AS n FROM events WHERE action = 'mail.refuse'")?["n"] as Int? == 2)
        #expect(throws: HelpdeskError.self) {
            try desk.store.saveMailSettings(MailSettings(tagPrefix: "two words"), actor: try #require(try desk.store.agent(login: "tester")))
        }
    }

    @Test func oddMailStillBecomesATicket() throws {
        let desk = try Desk()
        // No Message-ID: known by its bytes, so a second delivery is still a duplicate.
        let anonymous = Self.mail(subject: "", id: nil, body: "")
        let id = try desk.intake.receive(anonymous).ticketId
        #expect(try desk.intake.receive(anonymous) == .duplicate(ticketId: id))
        let detail = try desk.store.ticketDetail(id: id)
        #expect(detail.ticket.subject == "(no subject)" && detail.messages.first?.message.body == "(no text in this mail)")
        #expect(try desk.row("SELECT message_id FROM mail_messages")?["message_id"] as String? == "sha256-\(SHA256.hex(anonymous))@helpdesk.invalid")
        // A NUL in the text and a body over the limit: stored, the NUL visible, the cut said.
        let huge = Self.mail(subject: "nul\0here", id: "<huge@x>", body: "a\0b " + String(repeating: "long text ", count: 12_000))
        let big = try desk.store.ticketDetail(id: try desk.intake.receive(huge).ticketId)
        #expect(big.ticket.subject == "nul\u{FFFD}here")
        #expect(big.messages[0].message.body.hasPrefix("a\u{FFFD}b") && big.messages[0].message.body.hasSuffix("[… cut here: the whole mail is kept with the ticket]"))
        #expect(big.messages[0].message.body.count <= InputLimits.message)
    }

    @Test func theSubjectTagIsFoundAsPeopleRetypeIt() {
        #expect(TicketTag.format(1042, prefix: "Helpdesk") == "[Helpdesk #1042]")
        #expect(TicketTag.ticketId(in: "Re: AW: [Helpdesk #1042] VPN", prefix: "Helpdesk") == 1042)
        #expect(TicketTag.ticketId(in: "re: [HELPDESK  #7]", prefix: "Helpdesk") == 7)
        #expect(TicketTag.ticketId(in: "[Helpdesk #12a] [Helpdesk #13]", prefix: "Helpdesk") == 13)
        for subject in ["[Helpdesk 1042]", "[Helpdesk #]", "[Helpdesk #1042", "[Helpdeskx #1]", "Helpdesk #1", "[Helpdesk #0]", ""] {
            #expect(TicketTag.ticketId(in: subject, prefix: "Helpdesk") == nil, "\(subject)")
        }
    }

    @Test func sha256MatchesTheStandardVectors() {
        #expect(SHA256.hex([]) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(SHA256.hex(Array("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(SHA256.hex(Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8))
                == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
    }

    @Test func erasingTheSenderForgetsTheirStoredMail() throws {
        let desk = try Desk()
        let id = try desk.intake.receive(Self.mail(from: "Anna Quendelbrück <anna.quendel@nordwind.example>", subject: "Zugang für Anna Quendelbrück",
                                                  body: "Mein Code ist zorbifax")).ticketId
        let admin = try #require(try desk.store.agent(login: "tester"))
        try RequesterErasure(store: desk.store, actor: admin).erase(.email("anna.quendel@nordwind.example"), reason: "GDPR request 2026-115")
        let stored = try #require(try desk.row("SELECT * FROM mail_messages WHERE ticket_id = ?", [id]))
        #expect(stored["raw"] as Data? == nil)
        #expect(stored["sender"] as String == "[redacted]" && stored["subject"] as String == "[redacted]" && stored["recipients"] as String == "[redacted]")
        try desk.store.close()
        var bytes = try Data(contentsOf: URL(fileURLWithPath: desk.store.path))
        if let wal = try? Data(contentsOf: URL(fileURLWithPath: desk.store.path + "-wal")) { bytes += wal }
        let text = String(decoding: bytes, as: UTF8.self).lowercased()
        for word in ["quendelbr", "anna.quendel", "zorbifax"] { #expect(!text.contains(word), "\(word) is still in the file") }
    }
}
