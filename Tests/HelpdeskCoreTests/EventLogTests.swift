import GRDB
import Testing
@testable import HelpdeskCore

@Suite struct EventLogTests {
    @Test func theDatabaseRefusesToUpdateOrDeleteEvents() throws {
        let folder = TemporaryFolder()
        let store = try Fixture.store(in: folder)
        let id = try store.createTicket(Fixture.ticket("VPN verbindet nicht"), actor: "tester")
        let before = try store.ticketDetail(id: id).events
        #expect(before.map(\.action) == ["create"])

        #expect(throws: DatabaseError.self) {
            try store.pool.write { db in try db.execute(sql: "UPDATE events SET actor = 'mallory'") }
        }
        #expect(throws: DatabaseError.self) {
            try store.pool.write { db in try db.execute(sql: "DELETE FROM events") }
        }
        #expect(try store.ticketDetail(id: id).events == before)
    }
}
