import Foundation
import GRDB
import Testing
@testable import HelpdeskCore

/// Versions, links and counts, staleness, the file format, import/export and self-service.
@Suite struct KnowledgeBaseTests {
    @Test func everyEditKeepsThePreviousVersion() throws {
        let folder = TemporaryFolder()
        let clock = TestClock()
        let store = try Fixture.store(in: folder, clock: clock)
        try store.addAgent(login: "mkeller", name: "M Keller", role: .agent, tier: 1, actor: "tester")
        let article = try store.addArticle(title: "VPN", body: "Version one", tags: ["vpn"], actor: "tester")
        let id = try #require(article.id)
        clock.advance(60)
        let second = try store.editArticle(id: id, body: "Version two", actor: "mkeller")
        #expect(second.version == 2 && second.updatedBy == "mkeller" && second.updatedAt == clock.now)
        clock.advance(60)
        try store.editArticle(id: id, title: "VPN einrichten", tags: ["VPN", "Remote Work"], actor: "tester", basedOn: 2)
        let history = try store.articleHistory(id: id)
        #expect(history.map(\.version) == [1, 2, 3])
        #expect(history.map(\.body) == ["Version one", "Version two", "Version two"])
        #expect(history.map(\.editor) == ["tester", "mkeller", "tester"])
        #expect(history.last?.tags == "remote vpn work")
        #expect(try store.articleVersion(id: id, version: 1).title == "VPN")
        #expect(throws: HelpdeskError.notFound("article \(id) has no version 9 (it has 1 to 3)")) { try store.articleVersion(id: id, version: 9) }
        // A stale base, a change that changes nothing, a non-agent: refused, nothing written.
        #expect(throws: HelpdeskError.self) { try store.editArticle(id: id, body: "x", actor: "tester", basedOn: 2) }
        #expect(throws: HelpdeskError.invalidInput("article \(id) already reads like that: nothing was changed")) {
            try store.editArticle(id: id, body: "Version two", actor: "tester")
        }
        #expect(throws: HelpdeskError.self) { try store.editArticle(id: id, body: "x", actor: "stranger") }
        #expect(throws: HelpdeskError.self) { try store.editArticle(id: id, owner: "nobody", actor: "tester") }
        #expect(try store.articleHistory(id: id).count == 3)
        // The search index follows the edits.
        #expect(try store.searchArticles("einrichten").first?.id == id)
        #expect(try store.searchArticles("version two").first?.id == id)
    }

    @Test func linksAndSendsAreCountedAndLoggedOnTheTicket() throws {
        let folder = TemporaryFolder()
        let store = try Fixture.store(in: folder)
        let article = try store.addArticle(title: "Printer offline", body: "Switch it off and on.", tags: ["printer"], actor: "tester")
        let id = try #require(article.id)
        let first = try store.createTicket(Fixture.ticket("Drucker offline"), actor: "tester")
        let second = try store.createTicket(Fixture.ticket("Printer is offline"), actor: "tester")
        try store.linkArticle(id, toTicket: first, actor: "tester")
        #expect(throws: HelpdeskError.invalidInput("article \(id) is already linked to #\(first): nothing was changed")) {
            try store.linkArticle(id, toTicket: first, actor: "tester")
        }
        try store.recordArticleSent(articleId: id, ticketId: first, actor: "tester")
        try store.recordArticleSent(articleId: id, ticketId: second, actor: "tester")
        let counted = try store.article(id: id)
        #expect(counted.timesLinked == 2 && counted.timesSent == 2)
        #expect(counted.version == 1, "counting is not an edit")
        #expect(try store.linkedArticles(ticketId: first).map(\.timesSent) == [1])
        #expect(try store.ticketDetail(id: first).events.map(\.action) == ["create", "kb.link", "kb.sent"])
        #expect(try store.ticketDetail(id: second).events.map(\.action) == ["create", "kb.link", "kb.sent"])
        #expect(throws: HelpdeskError.notFound("ticket 99 does not exist")) { try store.linkArticle(id, toTicket: 99, actor: "tester") }
        #expect(throws: HelpdeskError.notFound("article 99 does not exist")) { try store.linkArticle(99, toTicket: first, actor: "tester") }
        #expect(throws: HelpdeskError.self) { try store.linkArticle(id, toTicket: second, actor: "not-an-agent") }
    }

    @Test func articlesGoStaleAfterTheConfiguredAge() throws {
        let folder = TemporaryFolder()
        let clock = TestClock()
        let store = try Fixture.store(in: folder, clock: clock)
        let article = try store.addArticle(title: "T", body: "B", tags: [], actor: "tester")
        #expect(try store.articleStaleAfterDays() == 180)
        #expect(!article.isStale(now: clock.now + 180 * 86_400, staleAfter: try store.articleStaleAfter()))
        #expect(article.isStale(now: clock.now + 181 * 86_400, staleAfter: try store.articleStaleAfter()))
        let admin = try #require(try store.agent(login: "tester"))
        try store.setArticleStaleAfterDays(30, actor: admin)
        #expect(article.isStale(now: clock.now + 31 * 86_400, staleAfter: try store.articleStaleAfter()))
        let agent = try store.addAgent(login: "ag", name: "Ag", role: .agent, tier: 1, actor: "tester")
        #expect(throws: HelpdeskError.self) { try store.setArticleStaleAfterDays(10, actor: agent) }
        #expect(throws: HelpdeskError.self) { try store.setArticleStaleAfterDays(0, actor: admin) }
    }

    @Test func documentsReadBackExactly() throws {
        let document = ArticleDocument(id: 7, title: "Outlook: \"Disconnected\" – what now?", tags: ["exchange", "outlook"],
                                       owner: "mkeller", updated: 1_795_000_000, body: "## Steps\n\n---\n\nno trailing newline")
        let text = document.rendered()
        #expect(text.hasPrefix("---\nid: 7\ntitle: Outlook: \"Disconnected\" – what now?\ntags: [exchange, outlook]\nowner: mkeller\nupdated: 2026-11-18T"))
        #expect(try ArticleDocument.parse(text, source: "a.md") == document)
        #expect(ArticleDocument.fileName(id: 7, title: "Gelöschte Dateien: wiederherstellen!") == "0007-geloschte-dateien-wiederherstellen.md")
        #expect(ArticleDocument.fileName(id: 12345, title: "???") == "12345-article.md")
        for bad in ["no front matter", "---\ntitle: x\n", "---\nfoo: bar\n---\n", "---\ntags: [a]\n---\nbody", "---\nid: abc\ntitle: t\n---\n"] {
            #expect(throws: HelpdeskError.self) { try ArticleDocument.parse(bad, source: "bad.md") }
        }
    }

    @Test func exportImportExportGivesIdenticalFiles() throws {
        let folder = TemporaryFolder()
        let clock = TestClock()
        let store = try Fixture.store(in: folder, clock: clock)
        for seed in DemoCorpus.articles.prefix(6) { try store.addArticle(title: seed.title, body: seed.body, tags: seed.tags.reversed(), actor: "tester") }
        try store.addArticle(title: "Ends without newline", body: "text", tags: [], actor: "tester")
        let first = folder.path("first"), second = folder.path("second")
        #expect(try ArticleArchive.export(store, to: first) == 7)
        clock.advance(3600)
        let report = try ArticleArchive.importFolder(first, into: store, actor: "tester")
        #expect(report == ArticleArchive.ImportReport(added: [], updated: [], unchanged: 7))
        try ArticleArchive.export(store, to: second)
        let names = try FileManager.default.contentsOfDirectory(atPath: first).sorted()
        #expect(names == (try FileManager.default.contentsOfDirectory(atPath: second).sorted()))
        for name in names {
            #expect(FileManager.default.contents(atPath: first + "/" + name) == FileManager.default.contents(atPath: second + "/" + name), "\(name)")
        }
        // A changed file becomes a new version, a file without id a new article; a bad file stops everything.
        let changed = try #require(names.first)
        let text = try String(contentsOfFile: first + "/" + changed, encoding: .utf8)
        try (text + "\nOne more line.\n").write(toFile: first + "/" + changed, atomically: true, encoding: .utf8)
        try "---\ntitle: Brand new\ntags: [new]\n---\nBody\n".write(toFile: first + "/zz-new.md", atomically: true, encoding: .utf8)
        let next = try ArticleArchive.importFolder(first, into: store, actor: "tester")
        #expect(next.added.count == 1 && next.updated == [1] && next.unchanged == 6)
        #expect(try store.article(id: 1).version == 2)
        try "---\ntitle: \n---\nBody".write(toFile: first + "/zzz-bad.md", atomically: true, encoding: .utf8)
        #expect(throws: HelpdeskError.self) { try ArticleArchive.importFolder(first, into: store, actor: "tester") }
        #expect(try store.allArticles().count == 8)
    }

    @Test func aUserWhoIsNoAgentCanAskFileAndFollowTheirOwnTickets() throws {
        let folder = TemporaryFolder()
        let store = try Fixture.store(in: folder)
        try store.addArticle(title: "Printer paper jams", body: "Open the tray.", tags: ["printer"], actor: "tester")
        let anna = OSUser(login: "anna", fullName: "Anna Huber", home: "/home/anna")
        #expect(try store.agent(login: "anna") == nil)
        let me = try SelfService(store: store, user: anna, hostName: "ws042")
        #expect(me.address == "anna@ws042.localdomain")
        #expect(try me.search("drucker papierstau").first?.title == "Printer paper jams")
        let id = try me.fileTicket(subject: "Drucker klemmt", body: "Papierstau im 2. OG")
        let other = try store.createTicket(Fixture.ticket("Someone else's"), actor: "tester")
        #expect(try me.myTickets().map(\.id) == [id])
        #expect(try me.myTickets().first?.status == .new)
        let detail = try store.ticketDetail(id: id)
        #expect(detail.requester.email == "anna@ws042.localdomain" && detail.requester.name == "Anna Huber")
        #expect(detail.ticket.channel == .web && detail.events.first?.actor == "anna")
        #expect(other != id)
        // Non-agents cannot write the knowledge base.
        #expect(throws: HelpdeskError.self) { try store.addArticle(title: "X", body: "Y", tags: [], actor: "anna") }
        // A configured domain wins over the host name; only admins set it.
        let admin = try #require(try store.agent(login: "tester"))
        try store.setRequesterDomain("Nordwind.example", actor: admin)
        #expect(try SelfService(store: store, user: anna, hostName: "ws042").address == "anna@nordwind.example")
        #expect(throws: HelpdeskError.self) { try store.setRequesterDomain("nodot", actor: admin) }
        #expect(SelfService.domain(fromHost: "ws042.corp.example") == "ws042.corp.example")
    }
}
