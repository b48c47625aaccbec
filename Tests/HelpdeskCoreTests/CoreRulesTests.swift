import Foundation
import Testing
@testable import HelpdeskCore

/// The rules the CLI and the TUI share (issue 13): tag changes as typed, the tier step, macros,
/// closed tickets, the wording of `ticket show` and the detail pane, the article editor round trip.
@Suite struct CoreRulesTests {
    typealias Desk = TicketServiceTests.Desk

    // MARK: - Tag changes

    @Test func tagChangesReadPlusMinusAndBareWords() throws {
        #expect(try TagChanges.actions(from: "+vpn -printer remote") == [.addTags(["vpn", "remote"]), .removeTags(["printer"])])
        #expect(try TagChanges.actions(from: ["+VPN", "Remote"]) == [.addTags(["vpn", "remote"])])
        #expect(try TagChanges.actions(from: "  -printer\t") == [.removeTags(["printer"])])
    }

    @Test(arguments: [
        ("", "name at least one tag: +TAG adds, -TAG removes (e.g. +vpn -printer)"),
        ("+", "bad tag change '+' (expected +TAG, -TAG or TAG)"),
        ("vpn -", "bad tag change '-' (expected +TAG, -TAG or TAG)"),
        ("--x", "bad tag change '--x' (expected +TAG, -TAG or TAG)"),
        ("+-x", "bad tag change '+-x' (expected +TAG, -TAG or TAG)"),
        ("+zz -zz", "tag 'zz' is both added and removed"),
        ("a +ZZ -zz", "tag 'zz' is both added and removed"),
    ])
    func tagChangeMistakesAreRefused(_ text: String, _ message: String) {
        #expect(throws: HelpdeskError.invalidInput(message)) { try TagChanges.actions(from: text) }
    }

    @Test func addingAndRemovingOneTagInOneChangeChangesNothing() throws {
        let desk = try Desk()
        let id = try desk.ticket()
        // What the TUI's # prompt built from "+zz -zz" before it used TagChanges.
        #expect(throws: HelpdeskError.invalidInput("tag 'zz' is both added and removed")) {
            try desk.service("ada").perform([.addTags(["zz"]), .removeTags(["zz"])], on: id)
        }
        let detail = try desk.detail(id)
        #expect(detail.ticket.version == 1)
        #expect(detail.events.count == 1)
        #expect(detail.tags.isEmpty)
        // The words themselves never get that far.
        #expect(throws: HelpdeskError.self) { try desk.service("ada").perform(try TagChanges.actions(from: "+zz -zz"), on: id) }
        #expect(try desk.detail(id).ticket.version == 1)
    }

    // MARK: - Tiers

    @Test func tierStepGoesOneUpOrDownWithinOneToThree() throws {
        #expect(try TierStep.next(from: 1, up: true, ticketId: 7) == 2)
        #expect(try TierStep.next(from: 2, up: true, ticketId: 7) == 3)
        #expect(try TierStep.next(from: 3, up: false, ticketId: 7) == 2)
        #expect(try TierStep.next(from: 2, up: false, ticketId: 7) == 1)
        #expect(throws: HelpdeskError.invalidInput("#7 is already tier 3, the highest: there is no tier to escalate it to")) {
            try TierStep.next(from: 3, up: true, ticketId: 7)
        }
        #expect(throws: HelpdeskError.invalidInput("#7 is already tier 1, the lowest: there is no tier to de-escalate it to")) {
            try TierStep.next(from: 1, up: false, ticketId: 7)
        }
    }

    // MARK: - Macros

    @Test func macrosAreFoundByNameAndSendTheirReplyAndFields() throws {
        let desk = try Desk()
        let id = try desk.ticket("Passwort vergessen")
        let ada = try desk.service("ada")
        let macro = try ada.macro(named: "  password RESET done ")
        #expect(macro.name == "Password reset done")
        #expect(throws: HelpdeskError.invalidInput("the macro name is empty (helpdesk macro list shows them)")) { try ada.macro(named: " \n") }
        #expect(throws: HelpdeskError.notFound("there is no macro named 'Nope' (helpdesk macro list shows them)")) { try ada.macro(named: " Nope") }

        let detail = try desk.detail(id)
        let actions = macro.actions(for: detail, agentName: "Ada Lovelace")
        #expect(actions == [.reply(macro.text(for: detail, agentName: "Ada Lovelace"))] + macro.fieldActions)
        #expect(macro.actions(for: detail, agentName: "Ada", replacingText: "Erledigt.").first == .reply("Erledigt."))
        try ada.perform(actions, on: id)
        #expect(try desk.detail(id).ticket.status == .solved)
    }

    // MARK: - Closed is final

    @Test func aClosedTicketCannotBeChanged() throws {
        let desk = try Desk()
        let id = try desk.ticket()
        let ada = try desk.service("ada")
        try ada.perform(.setStatus(.closed), on: id)
        let closed = try desk.detail(id)
        let message = HelpdeskError.invalidInput("#\(id) is closed: closed tickets cannot be changed (open a new ticket for a new request)")
        for action: TicketAction in [.reply("Noch da?"), .setStatus(.open), .addTags(["vpn"]), .note("intern"), .requesterReply("Hallo?"), .take] {
            #expect(throws: message, "\(action)") { try ada.perform(action, on: id) }
        }
        // A supervisor cannot either, nor a bulk change.
        #expect(throws: message) { try desk.service("sam").perform(.setPriority(.urgent), on: id) }
        let bulk = try desk.service("sam").performBulk(.setPriority(.urgent), on: [id])
        #expect(bulk.applied.isEmpty && bulk.refused == [.init(ticketId: id, reason: message.description)])
        #expect(try desk.detail(id) == closed)
        // Nor can another ticket be merged into it.
        let other = try desk.ticket()
        #expect(throws: message) { try ada.perform(.merge(into: id), on: other) }
    }

    @Test func aSolvedTicketReopensWhenAnswered() throws {
        let desk = try Desk()
        let id = try desk.ticket()
        let ada = try desk.service("ada")
        try ada.perform(.setStatus(.solved), on: id)
        try ada.perform(.reply("Noch ein Hinweis."), on: id)
        #expect(try desk.detail(id).ticket.status == .solved)  // an agent's reply adds to it
        try ada.perform(.requesterReply("Geht wieder nicht"), on: id)
        #expect(try desk.detail(id).ticket.status == .open)
    }

    @Test func aMergedTicketSaysWhereItWent() throws {
        let desk = try Desk()
        let original = try desk.ticket(), duplicate = try desk.ticket()
        let ada = try desk.service("ada")
        try ada.perform(.merge(into: original), on: duplicate)
        for action: TicketAction in [.note("noch was"), .setStatus(.open), .reply("x")] {
            #expect(throws: HelpdeskError.invalidInput("#\(duplicate) was merged into #\(original): work on #\(original) instead")) {
                try ada.perform(action, on: duplicate)
            }
        }
    }

    // MARK: - Wording

    @Test func theWordingOfTheConversationAndTheClocks() throws {
        let desk = try Desk()
        let id = try desk.ticket()
        try desk.service("ada").perform(.reply("Wir schauen."), on: id)
        try desk.service("ada").perform(.note("Toner bestellt"), on: id)
        let detail = try desk.detail(id)
        #expect(detail.messages.map(TicketWording.messageKind) == ["requester", "reply", "internal note"])
        let now = desk.clock.now
        #expect(TicketWording.clock(done: now, due: now + 3600, status: .open, now: now, doneWord: "answered") == "answered \(LocalTime.minute(now))")
        #expect(TicketWording.clock(done: nil, due: now + 7200, status: .open, now: now, doneWord: "solved")
                == "due \(LocalTime.minute(now + 7200)) (2h 0m)")
        #expect(TicketWording.clock(done: nil, due: now + 7200, status: .pending, now: now, doneWord: "solved")
                == "due \(LocalTime.minute(now + 7200)) (paused)")
    }

    // MARK: - Article editing

    @Test func anArticleIsEditedInAFileAndTheFileIsKeptWhenNotSaved() throws {
        let desk = try Desk()
        let article = try desk.store.addArticle(title: "VPN einrichten", body: "Erst den Client.\n", tags: ["vpn"], actor: "ada")
        let folder = desk.folder.url.appendingPathComponent("drafts")
        let editing = ArticleEditing(store: desk.store, actor: "ada", folder: folder, editor: "test-editor")
        let document = ArticleDocument(article, owner: nil)
        let path = editing.path(for: document)
        #expect(path.hasSuffix("/drafts/article-\(article.id!).md"))

        // The editor fails: nothing saved, the text stays and the message says where.
        let failed = editing.edit(document, basedOn: article.version) { file in
            try? "---\ntitle: VPN am Laptop\ntags: [vpn]\n---\nNeu.\n".write(toFile: file, atomically: true, encoding: .utf8)
            return 1
        }
        #expect(failed == .failure(.editorFailed(editor: "test-editor", status: 1, path: path)))
        #expect("\(failed.failureValue!)" == "the editor (test-editor) exited with status 1: nothing was saved, the text is kept in \(path)")
        #expect(try desk.store.article(id: article.id!).version == 1)

        // The next edit opens the kept text; saved, it is a new version and the file goes away.
        let saved = try editing.edit(document, basedOn: article.version) { _ in 0 }.get()
        #expect(saved.version == 2 && saved.title == "VPN am Laptop" && saved.body == "Neu.\n")
        #expect(!FileManager.default.fileExists(atPath: path))

        // Someone saved a version since: refused, kept.
        let stale = editing.edit(document, basedOn: 1) { _ in 0 }
        guard case .failure(.notSaved(let reason, let kept)) = stale else { Issue.record("\(stale)"); return }
        #expect(reason.contains("is at version 2") && kept == path)
        #expect(FileManager.default.fileExists(atPath: path))

        // Without an id, a new article.
        let new = try editing.edit(ArticleDocument(title: "Drucker", tags: [], body: "Papier nachlegen.\n"), basedOn: nil) { _ in 0 }.get()
        #expect(new.id == article.id! + 1 && new.version == 1)
    }
}

extension Result {
    var failureValue: Failure? {
        if case .failure(let error) = self { return error }
        return nil
    }
}
