import GRDB
import Testing
@testable import HelpdeskCore

@Suite struct TicketSearchIndexTests {
    func matches(_ store: HelpdeskStore, _ words: String) throws -> [Int64] {
        let filter = try QueryCompiler.compile(words, context: QueryContext(agentId: nil, now: store.now))
        return try store.tickets(matching: filter, limit: 10).map(\.id)
    }

    @Test func updatesReplaceTheIndexedDocument() throws {
        let folder = TemporaryFolder()
        let store = try Fixture.store(in: folder)
        let id = try store.createTicket(Fixture.ticket("Drucker offline", body: "Der Drucker im 2. OG"), actor: "tester")
        #expect(try matches(store, "offline") == [id])

        try store.write { db in
            let old = try TicketSearchIndex.document(db, ticketId: id)
            try db.execute(sql: "INSERT INTO messages(ticket_id, internal, body, created_at) VALUES (?, 1, 'Toner getauscht', 0)",
                           arguments: [id])
            try db.execute(sql: "UPDATE tickets SET subject = 'Druckerwarteschlange hängt' WHERE id = ?", arguments: [id])
            try TicketSearchIndex.replace(db, ticketId: id, old: old)
        }
        #expect(try matches(store, "toner") == [id])
        #expect(try matches(store, "warteschlange") == [])       // a word inside a compound is not a prefix
        #expect(try matches(store, "druckerwarteschlange") == [id])
        #expect(try matches(store, "offline") == [])              // the old subject is gone from the index
        #expect(try matches(store, "OG") == [id])                 // the first message is still there
        let rows = try store.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM ticket_fts WHERE ticket_fts MATCH 'drucker*'") }
        #expect(rows == 1)
    }
}
