import Foundation
import HelpdeskCore
import Testing
import TestSupport

/// The agent's daily workflow in the real binary, in tmux, as a person types it: triage a new
/// ticket, answer it with a canned response, escalate it with a reason, and watch it leave tier
/// 1's queue for tier 2's. The CLI then confirms what the database recorded.
@Suite("Triage in tmux (the built binary)", .timeLimit(.minutes(3)))
struct TriageEndToEndTests {
    @Test func triageReplyWithAMacroAndEscalate() async throws {
        let sandbox = try Sandbox()
        let db = try await sandbox.demoDatabase()
        let created = try await sandbox.helpdesk(["ticket", "create", "--db", db, "--subject", "Kennwort abgelaufen zzqtriage",
                                                  "--requester", "lena.berg@nordwind.example", "--body", "Ich komme nicht mehr ins VPN."])
        #expect(created.status == 0, "\(created.summary)")
        let id = try #require(Int64(created.output.trimmingCharacters(in: .whitespacesAndNewlines)))

        // `true` as the editor: the canned text is sent as the macro filled it.
        let tmux = try await TmuxSession.start("EDITOR=true " + TmuxSession.helpdesk(database: db), in: sandbox)
        defer { tmux.kill() }
        try await tmux.waitUntil("the first frame") { $0.titleLine.hasPrefix(" helpdesk │ ") }

        // Tier 1's unassigned queue, narrowed to the new ticket.
        try await tmux.press("2")
        try await tmux.waitUntil("Unassigned tier 1") { $0.titleLine.hasPrefix(" helpdesk │ Unassigned tier 1 · ") }
        try await tmux.press("/")
        try await tmux.type("zzqtriage")
        try await tmux.press("Enter")
        try await tmux.waitUntil("the new ticket selected") { $0.detailTicket == id && $0.titleLine.contains("· 1 ticket") }

        // Triage: priority, category, take it.
        try await tmux.press("p")
        try await tmux.type("high")
        try await tmux.press("Enter")
        try await tmux.waitFor("#\(id) priority high")
        try await tmux.press("c")
        try await tmux.type("account")
        try await tmux.press("Enter")
        try await tmux.waitFor("#\(id) category account")

        // A canned response, filled and confirmed.
        try await tmux.press("m")
        try await tmux.waitFor("┌ Canned response for #")
        try await tmux.type("working")
        try await tmux.press("Enter")
        try await tmux.waitUntil("the question naming #\(id)") { $0.bottomLine.contains("Send this reply to the requester on #\(id) (") }
        try await tmux.press("y")
        try await tmux.waitFor("Replied to #\(id)")

        // Escalate with a reason: it leaves this queue…
        try await tmux.press("e")
        try await tmux.waitUntil("the escalation prompt naming #\(id)") { $0.bottomLine.hasPrefix("Escalate #\(id) ") && $0.bottomLine.contains(" to tier 2 — reason:") }
        try await tmux.type("needs an AD group change")
        try await tmux.press("Enter")
        try await tmux.waitFor("┌ Escalate #\(id) ")
        try await tmux.press("Enter")  // (nobody): it waits in tier 2's queue
        let left = try await tmux.waitFor("Escalated #\(id) to tier 2 — u to undo")
        #expect(left.titleLine.contains("Unassigned tier 1 · 0 tickets"), "\(left)")
        // … and arrives in tier 2's, with the reason in its history.
        try await tmux.press("3")
        try await tmux.waitUntil("Tier 2") { $0.titleLine.hasPrefix(" helpdesk │ Tier 2 · ") }
        try await tmux.press("/")
        try await tmux.type("zzqtriage")
        try await tmux.press("Enter")
        let arrived = try await tmux.waitUntil("Tier 2 with the ticket") { $0.titleLine.hasPrefix(" helpdesk │ Tier 2 · 1 ticket") && $0.detailTicket == id }
        #expect(arrived.queueColumn("ID") == [String(id)])
        try await tmux.press("Tab", "G")
        try await tmux.waitFor("\(Sandbox.login): escalate tier 1 → tier 2")

        // What the database recorded, through the CLI.
        let detail = try await sandbox.json(HelpdeskJSON.TicketDetail.self, ["ticket", "show", String(id), "--json", "--db", db])
        #expect(detail.tier == 2)
        #expect(detail.priority == "high")
        #expect(detail.category == "account")
        #expect(detail.assignee == nil, "escalating clears the assignee")
        #expect(detail.messages.last?.body.hasPrefix("Hello Lena,") == true)
        #expect(detail.messages.last?.fromAgent == true)
        let actions = detail.events.map(\.action)
        #expect(actions == ["create", "priority", "category", "reply", "status", "escalate"], "\(actions)")
        let escalation = try #require(detail.events.last)
        #expect(escalation.actor == Sandbox.login)
        #expect(escalation.reason == "needs an AD group change")
    }

    @Test func aFailingEditorKeepsTheDraftAndOffersItAgain() async throws {
        let sandbox = try Sandbox()
        let db = try await sandbox.demoDatabase()
        let id = try await sandbox.json([HelpdeskJSON.TicketRow].self, ["ticket", "list", "--json", "--limit", "1", "--query", "is:open", "--db", db])[0].id
        // An editor that writes a line and then fails, like a crash after typing.
        let editor = sandbox.path("bad-editor.sh")
        try "#!/bin/sh\nprintf 'Halbfertige Antwort\\n' >> \"$1\"\nexit 3\n".write(toFile: editor, atomically: true, encoding: .utf8)
        // Run through sh, not executed: another test's fork may briefly hold the new file open
        // for writing, and executing it would then fail with "text file busy".
        let command = "sh " + editor
        let tmux = try await TmuxSession.start("EDITOR=\(TmuxSession.shellQuoted(command)) " + TmuxSession.helpdesk(database: db), in: sandbox)
        defer { tmux.kill() }
        try await tmux.waitUntil("the first frame") { $0.titleLine.hasPrefix(" helpdesk │ ") }
        try await tmux.press(":")
        try await tmux.type("open \(id)")
        try await tmux.press("Enter")
        try await tmux.waitUntil("ticket \(id)") { $0.detailTicket == id }
        try await tmux.press("r")
        try await tmux.waitFor("exited with status 3 — your text is kept as a draft")
        let before = try await sandbox.json(HelpdeskJSON.TicketDetail.self, ["ticket", "show", String(id), "--json", "--db", db])
        #expect(!before.messages.contains { $0.body.contains("Halbfertige") }, "nothing was sent")
        let drafts = try FileManager.default.contentsOfDirectory(atPath: sandbox.path("home/.local/state/helpdesk/drafts"))
        #expect(drafts.count == 1)
        let draftPath = sandbox.path("home/.local/state/helpdesk/drafts/" + drafts[0])
        #expect(try String(contentsOfFile: draftPath, encoding: .utf8) == "Halbfertige Antwort\n")
        // The next reply starts from the kept draft: the editor finds the first line already there.
        try await tmux.press("k")  // any key clears the message
        try await tmux.waitUntil("the message to go") { !$0.bottomLine.contains("exited with status") }
        try await tmux.press("r")
        try await tmux.waitFor("exited with status 3 — your text is kept as a draft")
        #expect(try String(contentsOfFile: draftPath, encoding: .utf8) == "Halbfertige Antwort\nHalbfertige Antwort\n")
    }

    /// Without $VISUAL or $EDITOR the reply is written inline; the terminal closing mid-sentence
    /// loses nothing: the next `r` continues the draft.
    @Test func theInlineEditorsDraftSurvivesTheTerminalClosing() async throws {
        let sandbox = try Sandbox()
        let db = try await sandbox.demoDatabase()
        let id = try await sandbox.json([HelpdeskJSON.TicketRow].self, ["ticket", "list", "--json", "--limit", "1", "--query", "is:open", "--db", db])[0].id
        let command = "env -u EDITOR -u VISUAL " + (try TmuxSession.helpdesk(database: db))
        var tmux = try await TmuxSession.start(command, in: sandbox)
        try await tmux.waitUntil("the first frame") { $0.titleLine.hasPrefix(" helpdesk │ ") }
        try await tmux.press(":")
        try await tmux.type("open \(id)")
        try await tmux.press("Enter")
        try await tmux.waitUntil("ticket \(id)") { $0.detailTicket == id }
        try await tmux.press("r")
        try await tmux.waitFor("Reply to #\(id)")
        try await tmux.type("Hallo, bitte einmal neu")
        try await tmux.press("Enter")
        try await tmux.type("starten und")
        try await tmux.waitFor("starten und")
        tmux.kill()  // the terminal goes away

        tmux = try await TmuxSession.start(command, in: sandbox)
        defer { tmux.kill() }
        try await tmux.waitUntil("the first frame") { $0.titleLine.hasPrefix(" helpdesk │ ") }
        try await tmux.press(":")
        try await tmux.type("open \(id)")
        try await tmux.press("Enter")
        try await tmux.waitUntil("ticket \(id)") { $0.detailTicket == id }
        try await tmux.press("r")
        let editor = try await tmux.waitFor("starten und")
        #expect(editor.contains("Hallo, bitte einmal neu"))
        try await tmux.type(" neu anmelden.")
        try await tmux.press("C-s")
        try await tmux.waitUntil("the question naming #\(id)") { $0.bottomLine.contains("Send this reply to the requester on #\(id) (2 lines)") }
        try await tmux.press("y")
        try await tmux.waitFor("Replied to #\(id)")
        let detail = try await sandbox.json(HelpdeskJSON.TicketDetail.self, ["ticket", "show", String(id), "--json", "--db", db])
        #expect(detail.messages.last?.body == "Hallo, bitte einmal neu\nstarten und neu anmelden.")
        let drafts = try FileManager.default.contentsOfDirectory(atPath: sandbox.path("home/.local/state/helpdesk/drafts"))
        #expect(drafts.isEmpty, "a sent reply leaves no draft")
    }

    /// The knowledge base on the ticket at hand: open a suggested article, reply with it, and the
    /// article counts the send; the ticket lists the article and logs it.
    @Test func replyingWithAnArticleCountsItAsSent() async throws {
        let sandbox = try Sandbox()
        let db = try await sandbox.demoDatabase()
        let id = try await sandbox.json([HelpdeskJSON.TicketRow].self, ["ticket", "list", "--json", "--limit", "1", "--query", "is:open", "--db", db])[0].id
        let tmux = try await TmuxSession.start("EDITOR=true " + TmuxSession.helpdesk(database: db), in: sandbox)
        defer { tmux.kill() }
        try await tmux.waitUntil("the first frame") { $0.titleLine.hasPrefix(" helpdesk │ ") }
        try await tmux.press(":")
        try await tmux.type("open \(id)")
        try await tmux.press("Enter")
        try await tmux.waitUntil("ticket \(id) with suggestions") { $0.detailTicket == id && $0.contains("Suggested for #\(id)") }
        try await tmux.press("Tab")  // detail → knowledge base
        try await tmux.waitUntil("the knowledge base focused") { $0.bottomLine.contains("search") || $0.bottomLine.contains("read") }
        try await tmux.press("Enter")
        let reader = try await tmux.waitFor("linked 0× · sent 0×")
        let articleLine = try #require(reader.lines.first { $0.contains("│ #") })
        let articleId = try #require(Int64(articleLine.split(separator: "#")[1].prefix { $0.isNumber }))
        try await tmux.press("i")
        let screen = try await tmux.waitUntil("a picker or the question") { $0.contains("Insert into the reply") || $0.bottomLine.contains("Send this reply") }
        if screen.contains("Insert into the reply") { try await tmux.press("Enter") }  // the whole article
        try await tmux.waitUntil("the question naming #\(id)") { $0.bottomLine.contains("Send this reply to the requester on #\(id) (") }
        try await tmux.press("y")
        try await tmux.waitFor("Replied to #\(id)")

        let article = try await sandbox.json(HelpdeskJSON.Article.self, ["kb", "show", String(articleId), "--json", "--db", db])
        #expect(article.timesSent == 1)
        let detail = try await sandbox.json(HelpdeskJSON.TicketDetail.self, ["ticket", "show", String(id), "--json", "--db", db])
        #expect(detail.messages.last?.body.hasPrefix(article.title) == true)
        #expect(detail.events.suffix(3).map(\.action).contains("kb.sent"))
    }
}
