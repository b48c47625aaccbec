import GRDB
import Testing
@testable import HelpdeskCore

@Suite struct DemoGeneratorTests {
    /// A digest of everything the generator writes, to compare two runs.
    func fingerprint(_ store: HelpdeskStore) throws -> [String] {
        try store.read { (db: Database) throws in
            try ["tickets", "messages", "events", "requesters", "organizations", "kb_articles", "ticket_tags"].map { table in
                let rows = try Row.fetchAll(db, sql: "SELECT * FROM \(table) ORDER BY 1, 2")
                return "\(table):\(rows.count):\(rows.map(\.description).joined().hashValue)"
            } + [try String.fetchOne(db, sql: "SELECT group_concat(login) FROM (SELECT login FROM agents ORDER BY login)") ?? ""]
        }
    }

    func generate(seed: UInt64, tickets: Int = 400) throws -> (HelpdeskStore, TemporaryFolder) {
        let folder = TemporaryFolder()
        let store = try Fixture.store(in: folder)
        var generator = DemoGenerator(store: store, options: DemoOptions(tickets: tickets, articles: 0, seed: seed, now: 1_795_000_000))
        try generator.run(actor: "tester")
        return (store, folder)
    }

    @Test func sameSeedSameData() throws {
        let (first, keepFirst) = try generate(seed: 7)
        let (second, keepSecond) = try generate(seed: 7)
        let (third, keepThird) = try generate(seed: 8)
        #expect(try fingerprint(first) == fingerprint(second))
        #expect(try fingerprint(first) != fingerprint(third))
        _ = (keepFirst, keepSecond, keepThird)
    }

    @Test func theDemoLooksLikeARealHelpdesk() throws {
        let (store, folder) = try generate(seed: 1, tickets: 1_000)
        _ = folder
        try store.read { (db: Database) throws in
            #expect(try Int.fetchOne(db, sql: "SELECT count(*) FROM tickets") == 1_000)
            #expect(try Int.fetchOne(db, sql: "SELECT count(*) FROM agents") ?? 0 >= 15)
            #expect(try Int.fetchOne(db, sql: "SELECT count(DISTINCT tier) FROM agents") == 3)
            #expect(try Int.fetchOne(db, sql: "SELECT count(*) FROM agents WHERE role = 'supervisor'") ?? 0 >= 1)
            #expect(try Int.fetchOne(db, sql: "SELECT count(*) FROM organizations") ?? 0 >= 5)
            #expect(try Int.fetchOne(db, sql: "SELECT count(DISTINCT status) FROM tickets") == 6)
            #expect(try Int.fetchOne(db, sql: "SELECT count(DISTINCT priority) FROM tickets") == 4)
            #expect(try Int.fetchOne(db, sql: "SELECT count(*) FROM messages WHERE internal = 1") ?? 0 > 50)
            #expect(try Int.fetchOne(db, sql: "SELECT count(*) FROM events WHERE action = 'escalate' AND reason IS NOT NULL") ?? 0 > 20)
            #expect(try Int.fetchOne(db, sql: "SELECT count(*) FROM kb_articles") ?? 0 >= 20)
            let span = try Int64.fetchOne(db, sql: "SELECT max(created_at) - min(created_at) FROM tickets") ?? 0
            #expect(span > 80 * 86_400 && span <= 90 * 86_400)
            // Both languages.
            #expect(try Int.fetchOne(db, sql: "SELECT count(*) FROM ticket_fts WHERE ticket_fts MATCH 'bitte'") ?? 0 > 50)
            #expect(try Int.fetchOne(db, sql: "SELECT count(*) FROM ticket_fts WHERE ticket_fts MATCH 'please'") ?? 0 > 50)
            // Tickets are in the search index: each subject as a phrase finds its ticket.
            for row in try Row.fetchAll(db, sql: "SELECT id, subject FROM tickets WHERE id % 50 = 0") {
                let phrase = FullTextQuery.quote(row["subject"], isPhrase: true)!
                let found = try Int64.fetchAll(db, sql: "SELECT rowid FROM ticket_fts WHERE ticket_fts MATCH ?", arguments: [phrase])
                #expect(found.contains(row["id"]))
            }
        }
    }

    @Test func demoRefusesADatabaseThatHasTickets() throws {
        let folder = TemporaryFolder()
        let store = try Fixture.store(in: folder)
        try store.createTicket(Fixture.ticket("Real ticket"), actor: "tester")
        var generator = DemoGenerator(store: store, options: DemoOptions(tickets: 10, now: 0))
        #expect(throws: HelpdeskError.self) { try generator.run(actor: "tester") }
        #expect(try store.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM tickets") } == 1)
    }
}
