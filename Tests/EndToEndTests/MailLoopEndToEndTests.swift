import Foundation
import HelpdeskCore
import Testing

/// The whole mail loop with real mail software (issue 16): a requester's account mails the support
/// address over SMTP to a private exim on 127.0.0.1 → exim's alias pipes it into `helpdesk mail
/// receive` as a member of the team's group → the ticket appears in an open TUI → the agent
/// replies there with a file → exim delivers the reply to the requester's ~/Maildir with the threading
/// headers → the requester answers that mail → the answer joins the same ticket. Root only.
@Suite("Mail both ways through a real MTA", .serialized, .timeLimit(.minutes(5)), .enabled(if: TeamHost.canRun, "needs root: installs exim, creates accounts"))
struct MailLoopEndToEndTests {
    static let group = "hde2e-ml"
    static let pipeUser = "hde2e-ml-mail"
    static let requester = "hde2e-ml-rita"

    @Test func aMailedRequestIsAnsweredByMailAndTheAnswerJoinsTheTicket() async throws {
        let sandbox = try Sandbox()
        let host = try await TeamHost(group: Self.group, logins: [Self.pipeUser], outsiders: [Self.requester], in: sandbox)
        defer { host.remove() }
        let db = host.folder + "/helpdesk.sqlite"
        #expect(try await sandbox.helpdesk(["init", "--db", db]).status == 0)
        let mta = try await LoopbackMTA.start(pipe: [host.binary, "mail", "receive", "--db", db], user: Self.pipeUser, group: Self.group, in: sandbox)
        defer { mta.stop() }
        try mta.writeSendmail()
        let settings = try await sandbox.helpdesk(["mail", "settings", "--from", LoopbackMTA.supportAddress, "--from-name", "Nordwind IT",
                                                   "--sendmail", mta.sendmail, "--db", db])
        #expect(settings.status == 0, "\(settings.summary)")

        // The agent's TUI is open before the mail arrives.
        let tmux = try await TmuxSession.startHelpdesk(sandbox, db, inlineEditor: true)
        defer { tmux.kill() }

        let address = "\(Self.requester)@\(LoopbackMTA.domain)"
        try await mta.submit("""
            From: Rita Requester <\(address)>
            To: \(LoopbackMTA.supportAddress)
            Subject: Drucker im 2. OG klemmt
            Message-ID: <rita-1@client.helpdesk.test>
            Content-Type: text/plain; charset=utf-8

            Seit heute früh zieht er kein Papier mehr ein.
            """, from: address, to: LoopbackMTA.supportAddress, as: Self.requester)
        let arrived = try await tmux.waitUntil("the mailed ticket in the queue", timeout: 20) { $0.contains("Drucker im 2. OG klemmt") }
        #expect(arrived.contains("Rita Requester"), "\(arrived)\n\(mta.log)")
        let id = try #require(try await sandbox.json([HelpdeskJSON.TicketRow].self, ["ticket", "list", "--json", "--db", db]).first?.id)

        // The agent answers in the TUI.
        try await tmux.press(":")
        try await tmux.type("open \(id)")
        try await tmux.press("Enter")
        try await tmux.waitUntil("ticket \(id)") { $0.detailTicket == id }
        try await tmux.press("r")
        try await tmux.waitFor("Reply to #\(id)")
        try await tmux.type("Guten Tag, wir tauschen heute die Einzugsrolle.")
        try await tmux.press("C-s")
        try await tmux.waitUntil("the question") { $0.bottomLine.contains("Send this reply to the requester on #\(id) (") }
        // With a file from the agent's home, attached at the question.
        let guide = Data("%PDF-1.4 Einzugsrolle tauschen\n".utf8) + Data((0...255).map(UInt8.init))
        let home = try #require(sandbox.environment["HOME"])
        try guide.write(to: URL(fileURLWithPath: home + "/Einzugsrolle.pdf"))
        try await tmux.press("a")
        try await tmux.waitFor("Attach a file to the reply (path): ~/")
        try await tmux.type("Einzugsrolle.pdf")
        try await tmux.press("Enter")
        try await tmux.waitUntil("the question with the file") { $0.bottomLine.contains("on #\(id) (3 lines, with Einzugsrolle.pdf)?") }
        try await tmux.press("y")
        let replied = try await tmux.waitFor("sent by mail", timeout: 20)
        #expect(replied.contains("Replied to #\(id)"), "\(replied)\n\(mta.log)")

        // exim delivered the acknowledgement and the reply to Rita's mailbox, threaded.
        let maildir = "/home/\(Self.requester)/Maildir/new"
        let deadline = Date().addingTimeInterval(20)
        var files: [String] = []
        while files.count < 2, Date() < deadline {
            files = (try? FileManager.default.contentsOfDirectory(atPath: maildir)) ?? []
            if files.count < 2 { try await Task.sleep(for: .milliseconds(100)) }
        }
        let mails = try files.map { MailMessage.parse([UInt8](try Data(contentsOf: URL(fileURLWithPath: maildir + "/" + $0)))) }
        let ack = try #require(mails.first { $0.subject == "[Helpdesk #\(id)] Received: Drucker im 2. OG klemmt" }, "no acknowledgement in \(maildir)\n\(mta.log)")
        #expect(ack.autoSubmitted == "auto-replied" && ack.bodyText.hasPrefix("Hello Rita Requester,"))
        let mail = try #require(mails.first { $0.subject?.hasPrefix("Re:") == true }, "no reply in \(maildir)\n\(mta.log)")
        #expect(mail.from == MailAddress(name: "Nordwind IT", address: LoopbackMTA.supportAddress))
        #expect(mail.to.map(\.address) == [address])
        #expect(mail.subject == "Re: [Helpdesk #\(id)] Drucker im 2. OG klemmt")
        #expect(mail.inReplyTo == ["rita-1@client.helpdesk.test"] && mail.references.first == "rita-1@client.helpdesk.test")
        #expect(mail.bodyText.hasPrefix("Hello Rita Requester,\n\nGuten Tag, wir tauschen heute die Einzugsrolle.\n\n-- \n"),
                "the greeting, the text, then the agent's signature: \(mail.bodyText)")
        #expect(mail.attachments.map(\.fileName) == ["Einzugsrolle.pdf"] && mail.attachments.first?.data == [UInt8](guide)
                && mail.attachments.first?.mediaType == "application/pdf", "the file arrived as it was: \(mail.attachments)")
        let replyID = try #require(mail.messageID)

        // Rita answers that mail, from her mail client (no tag typed, threading by In-Reply-To).
        try await mta.submit("""
            From: Rita Requester <\(address)>
            To: \(LoopbackMTA.supportAddress)
            Subject: Re: Drucker
            Message-ID: <rita-2@client.helpdesk.test>
            In-Reply-To: <\(replyID)>
            References: <rita-1@client.helpdesk.test> <\(replyID)>

            Danke, ich bin bis 16 Uhr da.

            Am 03.12.2026 schrieb Nordwind IT:
            > Guten Tag, wir tauschen heute die Einzugsrolle.
            """, from: address, to: LoopbackMTA.supportAddress, as: Self.requester)
        let joined = try await tmux.waitFor("Danke, ich bin bis 16 Uhr da.", timeout: 20)
        #expect(joined.detailTicket == id)
        let detail = try await sandbox.json(HelpdeskJSON.TicketDetail.self, ["ticket", "show", String(id), "--json", "--db", db])
        #expect(detail.messages.count == 3 && detail.messages.map(\.fromAgent) == [false, true, false])
        let tickets = try await sandbox.json([HelpdeskJSON.TicketRow].self, ["ticket", "list", "--json", "--query", "sort:id", "--db", db])
        #expect(tickets.count == 1, "the answer joined the ticket")
    }
}
