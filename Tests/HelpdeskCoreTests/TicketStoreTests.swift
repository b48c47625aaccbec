import GRDB
import Testing
@testable import HelpdeskCore

@Suite struct TicketStoreTests {
    @Test func createAndShowATicketWithItsRequesterThreadAndHistory() throws {
        let folder = TemporaryFolder()
        let clock = TestClock()
        let store = try Fixture.store(in: folder, clock: clock)
        let id = try store.createTicket(
            NewTicket(subject: "  Passwort zurücksetzen ", requesterEmail: "Anna.Huber@Nordwind.example", body: "Ich bin ausgesperrt.",
                      priority: .high, category: "Account", channel: .phone, tier: 1, tags: ["AD", "password", "ad"]),
            actor: "tester")
        let detail = try store.ticketDetail(id: id)
        #expect(detail.ticket.subject == "Passwort zurücksetzen")
        #expect(detail.ticket.status == .new && detail.ticket.priority == .high && detail.ticket.channel == .phone)
        #expect(detail.ticket.category == "account")
        #expect(detail.tags == ["ad", "password"])
        #expect(detail.requester.email == "anna.huber@nordwind.example")
        #expect(detail.requester.name == "Anna Huber")
        #expect(detail.messages.map(\.message.body) == ["Ich bin ausgesperrt."])
        #expect(detail.events.map(\.action) == ["create"])
        #expect(detail.ticket.firstResponseDue == clock.now + 3600)
        #expect(detail.ticket.nextDue == clock.now + 3600)
        #expect(detail.ticket.version == 1)
    }

    @Test func badInputIsRefusedAndChangesNothing() throws {
        let folder = TemporaryFolder()
        let store = try Fixture.store(in: folder)
        func ticketCount() throws -> Int { try store.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM tickets") ?? -1 } }
        #expect(throws: HelpdeskError.invalidInput("a ticket needs a subject (--subject must not be empty)")) {
            try store.createTicket(Fixture.ticket("   "), actor: "tester")
        }
        #expect(throws: HelpdeskError.self) { try store.createTicket(Fixture.ticket("x", requester: "not-an-address"), actor: "tester") }
        #expect(throws: HelpdeskError.self) { try store.createTicket(Fixture.ticket("x", tier: 4), actor: "tester") }
        #expect(throws: HelpdeskError.notFound("ticket 999 does not exist")) { try store.ticketDetail(id: 999) }
        #expect(try ticketCount() == 0)
        #expect(try store.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM requesters") } == 0)
    }

    @Test func agentsAreValidatedAndUnique() throws {
        let folder = TemporaryFolder()
        let store = try Fixture.store(in: folder)
        try store.addAgent(login: "jdoe", name: "Jane Doe", role: .supervisor, tier: 2, actor: "tester")
        #expect(throws: HelpdeskError.invalidInput("an agent with login 'jdoe' already exists")) {
            try store.addAgent(login: "jdoe", name: "Other", role: .agent, tier: 1, actor: "tester")
        }
        #expect(throws: HelpdeskError.self) { try store.addAgent(login: "bad login", name: "X", role: .agent, tier: 1, actor: "tester") }
        #expect(throws: HelpdeskError.self) { try store.addAgent(login: "ok", name: "X", role: .agent, tier: 0, actor: "tester") }
        #expect(try store.agents().map(\.login) == ["jdoe", "tester"])
    }

    @Test func articlesAreSearchableWithAnyInput() throws {
        let folder = TemporaryFolder()
        let store = try Fixture.store(in: folder)
        let vpn = try store.addArticle(title: "VPN-Verbindung einrichten", body: "Öffnen Sie den **GlobalProtect**-Client …", tags: ["vpn"], actor: "tester")
        _ = try store.addArticle(title: "Printer paper jam", body: "Open tray 2 and remove the paper.", tags: ["printer"], actor: "tester")
        #expect(try store.searchArticles("vpn").first?.id == vpn.id)
        #expect(try store.searchArticles("globalprotect").first?.id == vpn.id)
        #expect(try store.searchArticles("offnen").first?.id == vpn.id)   // diacritics-insensitive
        #expect(try store.searchArticles("paper").first?.title == "Printer paper jam")
        for hostile in [#"""#, "AND OR NOT", "(", "*", "-", "NEAR(", "", String(repeating: "a", count: 10_000), "\u{0}\u{1b}"] {
            _ = try store.searchArticles(hostile)
        }
        #expect(throws: HelpdeskError.notFound("article 99 does not exist")) { try store.article(id: 99) }
    }
}
