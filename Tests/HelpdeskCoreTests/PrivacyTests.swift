import Foundation
import GRDB
import Testing
@testable import HelpdeskCore

/// The requester's rights on a real SQLite file: export holds what is theirs and nothing
/// internal; after erasure no table, no full-text index page and no free page of the file holds
/// their name, address or anything they wrote, while the log still refuses ordinary changes;
/// retention anonymises old closed tickets the same way.
@Suite struct PrivacyTests {
    struct Desk {
        let folder = TemporaryFolder()
        let clock = TestClock()
        let store: HelpdeskStore
        let admin: Agent
        let agent: Agent
        let annaTicket: Int64
        let otherTicket: Int64

        static let name = "Anna Quendelbrück"
        static let email = "anna.quendel@nordwind.example"
        static let herBody = "Mein Zugangscode ist zorbifax und meine Nummer 0171 4242"

        init() throws {
            store = try Fixture.store(in: folder, clock: clock)
            try store.addAgent(login: "ada", name: "Ada", role: .agent, tier: 1, actor: "tester")
            admin = try #require(try store.agent(login: "tester"))
            agent = try #require(try store.agent(login: "ada"))
            annaTicket = try store.createTicket(NewTicket(subject: "VPN für Anna Quendelbrück", requesterEmail: Self.email,
                                                          requesterName: Self.name, body: Self.herBody), actor: "tester")
            let ada = TicketService(store: store, actor: agent)
            try ada.perform(.take, on: annaTicket)
            try ada.perform(.reply("Hallo Anna, bitte neu starten."), on: annaTicket)
            try ada.perform(.note("Intern: Anna Quendelbrück hat VIP-Status"), on: annaTicket)
            try ada.perform(.setStatus(.solved), on: annaTicket, reason: "Anna Quendelbrück bestätigt")
            otherTicket = try store.createTicket(NewTicket(subject: "Laptop für Bernd", requesterEmail: "bernd@nordwind.example",
                                                           requesterName: "Bernd Ost", body: "Bitte auch anna.quendel@nordwind.example informieren. Anna hilft."),
                                                 actor: "tester")
        }
    }

    /// Every byte of the database file and its WAL, lower-cased, as text.
    static func fileText(_ store: HelpdeskStore) throws -> String {
        var data = try Data(contentsOf: URL(fileURLWithPath: store.path))
        if let wal = try? Data(contentsOf: URL(fileURLWithPath: store.path + "-wal")) { data += wal }
        return String(decoding: data, as: UTF8.self).lowercased()
    }

    @Test func exportHoldsTheirTicketsAndPublicMessagesButNoInternalNote() throws {
        let desk = try Desk()
        let export = try RequesterExport.collect(.email(Desk.email), store: desk.store, actor: desk.admin)
        #expect(export.profile.name == Desk.name)
        #expect(export.tickets.map(\.id) == [desk.annaTicket])
        #expect(export.tickets[0].messages.map(\.body) == [Desk.herBody, "Hallo Anna, bitte neu starten."])
        #expect(export.tickets[0].messages.map(\.from) == ["requester", "Ada"])
        #expect(export.history.contains { $0.action == "create" && $0.ticketId == desk.annaTicket })
        #expect(!export.history.contains { $0.action == "assign" }, "the team's work is not the person's data")
        let json = String(decoding: try JSONEncoder().encode(export), as: UTF8.self)
        #expect(!json.contains("VIP"))
        #expect(throws: HelpdeskError.self) { try RequesterExport.collect(.email(Desk.email), store: desk.store, actor: desk.agent) }
    }

    @Test func erasureLeavesNothingOfThePersonInTheFileAndTheLogStaysAppendOnly() throws {
        let desk = try Desk()
        let words = ["quendelbrück", "quendelbru", "anna.quendel", "zorbifax", "0171 4242"]
        #expect(words.contains { try! Self.fileText(desk.store).contains($0) }, "the test must see the data before")
        #expect(throws: HelpdeskError.self) { try RequesterErasure(store: desk.store, actor: desk.agent).erase(.email(Desk.email), reason: "GDPR") }
        #expect(throws: HelpdeskError.self) { try RequesterErasure(store: desk.store, actor: desk.admin).erase(.email(Desk.email), reason: "request of Anna Quendelbrück") }
        let outcome = try RequesterErasure(store: desk.store, actor: desk.admin).erase(.email(Desk.email), reason: "GDPR request 2026-114")
        #expect(outcome.ownTickets == 1 && outcome.otherTickets == 1)
        try desk.store.close()

        let reopened = try HelpdeskStore.open(path: desk.store.path, user: Fixture.tester)
        let text = try Self.fileText(reopened)
        for word in words { #expect(!text.contains(word), "\(word) is still in the file") }
        try reopened.read { (db: Database) throws in
            for word in ["quendel", "quendelbrück", "zorbifax"] {
                let hits = try Int.fetchOne(db, sql: "SELECT count(*) FROM ticket_fts WHERE ticket_fts MATCH ?", arguments: [word]) ?? 0
                #expect(hits == 0, "the index still finds \(word)")
            }
            #expect(try String.fetchOne(db, sql: "SELECT subject FROM tickets WHERE id = ?", arguments: [desk.annaTicket]) == "VPN für [redacted]")
            #expect(try String.fetchOne(db, sql: "SELECT body FROM messages WHERE ticket_id = ? ORDER BY id LIMIT 1 OFFSET 1", arguments: [desk.otherTicket]) == nil)
            #expect(try String.fetchOne(db, sql: "SELECT body FROM messages WHERE ticket_id = ?", arguments: [desk.otherTicket])
                    == "Bitte auch [redacted] informieren. Anna hilft.", "on another ticket only the full name and address go")
            #expect(try Int.fetchOne(db, sql: "SELECT count(*) FROM tickets") == 2, "the tickets stay for statistics")
            let erased = try #require(try TicketEvent.fetchOne(db, sql: "SELECT * FROM events WHERE action = 'requester.erase'"))
            #expect(erased.reason == "GDPR request 2026-114" && erased.actor == "tester")
        }
        #expect(try DatabaseCheck.problems(in: reopened, thorough: true).isEmpty)
        // The one exception of the trigger is redaction: anything else is still refused.
        try reopened.write { db in try db.execute(sql: "UPDATE events SET reason = '[redacted]' WHERE action = 'status'") }
        for sql in ["UPDATE events SET new_value = 'forged' WHERE id = 1", "UPDATE events SET actor = 'someone' WHERE id = 1",
                    "UPDATE events SET at = 0 WHERE id = 1", "DELETE FROM events WHERE id = 1"] {
            #expect(throws: (any Error).self, "\(sql)") { try reopened.write { db in try db.execute(sql: sql) } }
        }
        #expect(throws: HelpdeskError.self) { try RequesterErasure(store: reopened, actor: desk.admin).erase(.email(Desk.email), reason: "again") }
    }

    @Test func retentionAnonymisesOnlyClosedTicketsPastThePeriodAndErasesWhoIsLeftWithNone() throws {
        let desk = try Desk()
        let retention = Retention(store: desk.store)
        #expect(try retention.due().isEmpty, "no policy, nothing due")
        #expect(throws: HelpdeskError.self) { try retention.setPolicy(RetentionPolicy(closedAfterDays: 30), actor: desk.agent) }
        try retention.setPolicy(try RetentionPolicy(parsing: "30d"), actor: desk.admin)
        #expect(try retention.due().isEmpty, "nothing is old enough yet")
        desk.clock.advance(31 * 86_400)
        #expect(try retention.due().map(\.ticketId) == [desk.annaTicket], "the open ticket stays")
        let outcome = try retention.run(actor: desk.admin, login: "tester")
        #expect(outcome == Retention.RunOutcome(tickets: 1, requestersErased: 1))
        #expect(try retention.due().isEmpty)
        #expect(try retention.run(actor: desk.admin, login: "tester").tickets == 0, "a second run redoes nothing")
        try desk.store.read { (db: Database) throws in
            #expect(try String.fetchOne(db, sql: "SELECT name FROM requesters WHERE email LIKE 'redacted-%'") == Redaction.marker)
            #expect(try String.fetchOne(db, sql: "SELECT subject FROM tickets WHERE id = ?", arguments: [desk.otherTicket]) == "Laptop für Bernd")
        }
        for bad in ["2", "y", "0y", "3x", "-2y", "999y"] {
            #expect(throws: HelpdeskError.self, "\(bad)") { try RetentionPolicy(parsing: bad) }
        }
        #expect(try RetentionPolicy(parsing: "2y").closedAfterDays == 730)
    }

    @Test func termsMatchWholeWordsOnly() {
        let terms = PersonalTerms(name: "Anna Berg", email: "aberg@x.example")
        #expect(PersonalTerms.redact("Hallo Anna, Annabel und Bergmann; aberg@x.example", terms: terms.ownTickets)
                == "Hallo [redacted], Annabel und Bergmann; [redacted]")
    }
}
