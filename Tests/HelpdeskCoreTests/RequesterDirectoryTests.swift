import GRDB
import Testing
@testable import HelpdeskCore

/// The requester directory: pages in name order by keyset (every requester once, none loaded
/// beyond the page), filters, erased requesters as "[redacted]", and one requester's tickets.
@Suite struct RequesterDirectoryTests {
    /// `count` requesters whose names repeat and differ only in case, so both the NOCASE order and the id tie-breaker matter.
    func seed(_ store: HelpdeskStore, count: Int) throws {
        let names = ["anna Huber", "Anna Huber", "Ödön Kiss", "bernd Maier", "Zoë Brontë", "Anna huber", "Carla_Test", "100% Sicher"]
        try store.write { db in
            try db.execute(sql: "INSERT INTO organizations(id, name) VALUES (1, 'Sales EMEA'), (2, 'Logistik Nord')")
            for number in 1...count {
                try db.execute(sql: "INSERT INTO requesters(id, name, email, organization_id) VALUES (?, ?, ?, ?)",
                               arguments: [number, names[number % names.count], "person\(number)@nordwind.example", number % 3 == 0 ? nil : 1 + number % 2])
            }
        }
    }

    func walk(_ directory: RequesterDirectory, _ filter: RequesterDirectory.Filter = .init(), pageSize: Int) throws -> [Int64] {
        var seen: [Int64] = []
        var cursor: RequesterPage.Cursor?
        repeat {
            let page = try directory.page(filter, after: cursor, limit: pageSize)
            #expect(page.requesters.count <= pageSize)
            seen += page.requesters.map(\.id)
            cursor = page.next
        } while cursor != nil
        return seen
    }

    @Test func pagesListEveryRequesterOnceInNameOrder() throws {
        let folder = TemporaryFolder()
        let store = try Fixture.store(in: folder)
        try seed(store, count: 203)
        let directory = RequesterDirectory(store: store)
        let whole = try store.read { db in try Int64.fetchAll(db, sql: "SELECT id FROM requesters ORDER BY name COLLATE NOCASE, id") }
        for size in [1, 7, 50, 203, 1_000] {
            #expect(try walk(directory, pageSize: size) == whole, "page size \(size)")
        }
        // The last page says so: no next cursor.
        let all = try directory.page(limit: 203)
        #expect(all.requesters.count == 203 && all.next == nil)
        #expect(try directory.page(limit: 202).next != nil)
    }

    @Test func aPageReadsAlongTheNameIndexAndStops() throws {
        let folder = TemporaryFolder()
        let store = try Fixture.store(in: folder)
        try seed(store, count: 20)
        for cursor in [nil, RequesterPage.Cursor(name: "anna huber", id: 9)] {
            let query = RequesterDirectory.pageQuery(.init(), after: cursor, limit: 51)
            let plan = try store.read { db in
                try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + query.sql, arguments: query.arguments).map { $0["detail"] as String }
            }
            #expect(plan.contains { $0.contains("requesters_name") }, "\(plan)")
            #expect(!plan.contains { $0.contains("TEMP B-TREE") }, "no sort of all requesters: \(plan)")
        }
    }

    @Test func filtersByTextAndOrganizationAndCountsTickets() throws {
        let folder = TemporaryFolder()
        let store = try Fixture.store(in: folder)
        try seed(store, count: 40)
        let directory = RequesterDirectory(store: store)
        // The wildcards of LIKE are literal: "100%" is no pattern, "_" no single character.
        #expect(try directory.page(.init(query: "100%")).requesters.allSatisfy { $0.name == "100% Sicher" })
        #expect(try directory.page(.init(query: "100%")).requesters.count == 5)
        #expect(try directory.page(.init(query: "a_e")).requesters.isEmpty)  // "_" would match "Maier"
        #expect(try directory.page(.init(query: "HUBER")).requesters.count == 15)
        #expect(try directory.page(.init(query: "person17@")).requesters.map(\.id) == [17])
        let sales = try walk(directory, .init(organization: "sales emea"), pageSize: 4)
        #expect(sales == (try store.read { db in
            try Int64.fetchAll(db, sql: "SELECT id FROM requesters WHERE organization_id = 1 ORDER BY name COLLATE NOCASE, id")
        }))
        #expect(throws: HelpdeskError.notFound("there is no organization 'Nowhere' (helpdesk org list shows them)")) {
            try directory.page(.init(organization: "Nowhere"))
        }
        #expect(throws: HelpdeskError.invalidInput("the limit must be between 1 and 1000")) { try directory.page(limit: 0) }

        let first = try store.createTicket(Fixture.ticket("VPN", requester: "person17@nordwind.example"), actor: "tester")
        try store.createTicket(Fixture.ticket("Drucker", requester: "person17@nordwind.example"), actor: "tester")
        try TicketService(store: store, actor: #require(try store.agent(login: "tester"))).perform(.setStatus(.closed), on: first)
        let anna = try directory.summary(.email("PERSON17@nordwind.example".lowercased()))
        #expect(anna.id == 17 && anna.openTickets == 1 && anna.totalTickets == 2 && anna.organization == "Logistik Nord")
        #expect(try directory.summary(.id(17)) == anna)
        #expect(try directory.summary(ofTicket: first) == anna)
        #expect(throws: HelpdeskError.notFound("there is no requester #999 (helpdesk requester list shows them)")) {
            try directory.summary(.id(999))
        }
    }

    @Test func erasedRequestersAreHiddenOrRedacted() throws {
        let folder = TemporaryFolder()
        let store = try Fixture.store(in: folder)
        try seed(store, count: 10)
        let id = try store.createTicket(Fixture.ticket("Passwort", requester: "person4@nordwind.example"), actor: "tester")
        try store.write { db in try db.execute(sql: "UPDATE requesters SET erased_at = 1 WHERE id = 4") }
        let directory = RequesterDirectory(store: store)
        #expect(!(try walk(directory, pageSize: 3)).contains(4))
        let listed = try directory.page(.init(includeErased: true), limit: 100).requesters
        let erased = try #require(listed.first { $0.id == 4 })
        #expect(erased.name == Redaction.marker && erased.email == Redaction.marker && erased.organization == nil && erased.isErased)
        // Nor does the text search find them by what is still stored.
        #expect(try directory.page(.init(query: "person4@", includeErased: true)).requesters.isEmpty)
        #expect(try directory.page(.init(query: "person4@")).requesters.isEmpty)
        #expect(try directory.summary(ofTicket: id).name == Redaction.marker)
        #expect(try directory.tickets(of: 4, limit: 5).map(\.requesterName) == [Redaction.marker])
    }

    @Test func aRequestersTicketsComePageByPageMostRecentFirst() throws {
        let folder = TemporaryFolder()
        let clock = TestClock()
        let store = try Fixture.store(in: folder, clock: clock)
        var ids: [Int64] = []
        for number in 1...23 {
            ids.append(try store.createTicket(Fixture.ticket("Ticket \(number)", requester: number % 4 == 0 ? "other@x.example" : "anna@x.example"),
                                              actor: "tester"))
            if number % 2 == 0 { clock.advance(60) }  // pairs share an update time: the id breaks the tie
        }
        let anna = try RequesterDirectory(store: store).summary(.email("anna@x.example"))
        let directory = RequesterDirectory(store: store)
        var seen: [Int64] = []
        var position = PagePosition.start
        while true {
            let page = try directory.tickets(of: anna.id, from: position, limit: 5)
            seen += page.map(\.id)
            guard page.count == 5, let last = page.last else { break }
            position = .after(last.cursor(for: .recentlyUpdated))
        }
        let expected = zip(1..., ids).filter { $0.0 % 4 != 0 }.map(\.1).reversed()
        #expect(seen == Array(expected))
        let plan = try store.read { db in
            let query = HelpdeskStore.pageQuery(filter: RequesterDirectory.ticketFilter(requesterId: anna.id), from: .start, limit: 5)
            return try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + query.sql, arguments: StatementArguments(query.arguments)).map { $0["detail"] as String }
        }
        #expect(plan.contains { $0.contains("tickets_requester") } && !plan.contains { $0.contains("TEMP B-TREE") }, "\(plan)")
    }

    @Test func referencesAreAddressesOrNumbers() throws {
        #expect(try RequesterReference(parsing: "12") == .id(12))
        #expect(try RequesterReference(parsing: " #12 ") == .id(12))
        #expect(try RequesterReference(parsing: "Anna.Huber@Nordwind.example") == .email("anna.huber@nordwind.example"))
        for bad in ["", "#", "#0", "-3", "anna", "a@b", "#12x"] {
            #expect(throws: HelpdeskError.self, "\(bad)") { try RequesterReference(parsing: bad) }
        }
    }
}
