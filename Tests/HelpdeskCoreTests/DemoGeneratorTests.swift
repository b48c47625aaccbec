import Foundation
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

    /// The bulk load skips foreign-key checks and builds the search index apart: the result must
    /// still be consistent, searchable, and maintainable by the normal code afterwards.
    @Test func theBulkLoadLeavesAConsistentDatabase() throws {
        let folder = TemporaryFolder()
        let store = try Fixture.store(in: folder)
        var generator = DemoGenerator(store: store, options: DemoOptions(tickets: 1_300, articles: 0, seed: 3, now: 1_795_000_000))
        generator.chunkSize = 200  // several chunks, so the second core's backlog is exercised
        try generator.run(actor: "tester")
        #expect(!FileManager.default.fileExists(atPath: store.path + "-demo-index"))
        try store.read { (db: Database) throws in
            #expect(try Row.fetchAll(db, sql: "PRAGMA foreign_key_check").isEmpty)
            #expect(try String.fetchOne(db, sql: "PRAGMA integrity_check") == "ok")
            #expect(try Int.fetchOne(db, sql: "SELECT count(*) FROM tickets") == 1_300)
            #expect(try Int.fetchOne(db, sql: "SELECT count(*) FROM ticket_fts WHERE ticket_fts MATCH 'bitte OR please'") ?? 0 > 600)
            // Loaded without a journal, it is a WAL database again, with every index of the schema.
            #expect(try String.fetchOne(db, sql: "PRAGMA journal_mode") == "wal")
            let indexes = try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN ('tickets', 'messages', 'events', 'ticket_tags')")
            #expect(Set(indexes).isSuperset(of: DemoGenerator.keptWhileLoading.union(["tickets_open_priority", "tickets_priority", "tickets_status", "tickets_requester"])))
            #expect(indexes.count == 14)
        }
        #expect(try DatabaseQueue(path: store.path).read { db in try String.fetchOne(db, sql: "PRAGMA journal_mode") } == "wal",
                "another process sees WAL too")
        try store.write { db in try db.execute(sql: "INSERT INTO ticket_fts(ticket_fts) VALUES ('integrity-check')") }
        // The index holds each ticket exactly as TicketSearchIndex builds it, so a later change
        // can remove the old document: after re-indexing ticket 1300 with new text, the old
        // words no longer find it and the new ones do.
        let lastWord = try store.read { db in
            let document = try TicketSearchIndex.document(db, ticketId: 1_300)!
            let words = document.body.split { !$0.isLetter }.map(String.init)
            return words.last { $0.count > 4 && !document.subject.localizedCaseInsensitiveContains($0) }!
        }
        try store.write { db in
            let old = try TicketSearchIndex.document(db, ticketId: 1_300)
            try db.execute(sql: "UPDATE messages SET body = 'zyxwvutsrq' WHERE ticket_id = 1300")
            try TicketSearchIndex.replace(db, ticketId: 1_300, old: old)
            try db.execute(sql: "INSERT INTO ticket_fts(ticket_fts) VALUES ('integrity-check')")
        }
        try store.read { (db: Database) throws in
            #expect(try Int64.fetchAll(db, sql: "SELECT rowid FROM ticket_fts WHERE ticket_fts MATCH 'zyxwvutsrq'") == [1_300])
            let old = FullTextQuery.quote(lastWord, isPhrase: false)!
            #expect(try !Int64.fetchAll(db, sql: "SELECT rowid FROM ticket_fts WHERE ticket_fts MATCH ?", arguments: [old]).contains(1_300))
        }
    }

    @Test func templatesFillInTheTicketsWordsAndKeepOtherBraces() {
        var random = SeededRandom(seed: 1)
        let words = Placeholders(requester: "Jana", agent: "Bo", ticket: 42)
        #expect(words.fill("Hallo {requester}, hier {agent} zu {ticket}.", random: &random) == "Hallo Jana, hier Bo zu #42.")
        #expect(words.fill("{unbekannt} und {offen", random: &random) == "{unbekannt} und {offen")
        #expect(words.fill("{ticket}", random: &random) == "#42")
        #expect(words.fill("", random: &random) == "")
        let sentence = words.fill("Mein {device} startet nicht", random: &random)
        #expect(DemoCorpus.placeholders["device"]!.contains { sentence == "Mein \($0) startet nicht" })
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
