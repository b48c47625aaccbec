import GRDB
import Testing
@testable import HelpdeskCore

@Suite struct KeysetPaginationTests {
    /// Inserts `count` tickets directly, with updated times that collide in groups of three,
    /// so the id tie-breaker matters.
    func seed(_ store: HelpdeskStore, count: Int, startingAt first: Int = 1) throws {
        try store.write { db in
            try db.execute(sql: "INSERT OR IGNORE INTO requesters(id, name, email) VALUES (1, 'Anna', 'anna@nordwind.example')")
            for number in first..<(first + count) {
                try db.execute(sql: """
                    INSERT INTO tickets(id, subject, status, priority, tier, channel, requester_id, created_at, updated_at,
                                        first_response_due, resolution_due, next_due)
                    VALUES (?, ?, 'open', ?, 1, 'email', 1, ?, ?, ?, ?, ?)
                    """, arguments: [number, "Ticket \(number)", 1 + number % 4, number, number / 3, number + 100, number + 200, number + 100])
            }
        }
    }

    func walk(_ store: HelpdeskStore, _ filter: TicketFilter, pageSize: Int, between: (Int) throws -> Void = { _ in }) throws -> [Int64] {
        var seen: [Int64] = []
        var position = PagePosition.start
        var pages = 0
        while true {
            let page = try store.tickets(matching: filter, from: position, limit: pageSize)
            seen += page.map(\.id)
            guard page.count == pageSize, let last = page.last else { return seen }
            position = .after(last.cursor(for: filter.sort))
            pages += 1
            try between(pages)
        }
    }

    @Test(arguments: TicketSort.Key.allCases)
    func pagesCoverEveryTicketExactlyOnceInOrder(key: TicketSort.Key) throws {
        let folder = TemporaryFolder()
        let store = try Fixture.store(in: folder)
        try seed(store, count: 95)
        for descending in [true, false] {
            let filter = TicketFilter(sort: TicketSort(key, descending: descending))
            let paged = try walk(store, filter, pageSize: 10)
            let whole = try store.tickets(matching: filter, limit: 1_000).map(\.id)
            #expect(paged == whole)
            #expect(Set(paged).count == 95)
        }
    }

    @Test func pagingStaysConsistentWhileRowsAreInserted() throws {
        let folder = TemporaryFolder()
        let store = try Fixture.store(in: folder)
        try seed(store, count: 60)
        // Newest first; new tickets arrive at the top while we read further down.
        let filter = TicketFilter(sort: .recentlyUpdated)
        var inserted = 1_000
        let seen = try walk(store, filter, pageSize: 7) { _ in
            try seed(store, count: 2, startingAt: inserted)
            inserted += 2
        }
        // Every original ticket appears exactly once, in order; rows added above the cursor do not shift the pages.
        let originals = seen.filter { $0 < 1_000 }
        #expect(originals == (1...60).sorted { ($0 / 3, $0) > ($1 / 3, $1) }.map(Int64.init))
        #expect(seen.count == Set(seen).count)
    }

    @Test func pagesBeforeACursorAndTheLastPage() throws {
        let folder = TemporaryFolder()
        let store = try Fixture.store(in: folder)
        try seed(store, count: 30)
        let filter = TicketFilter(sort: TicketSort(.id, descending: true))
        let all = try store.tickets(matching: filter, limit: 100).map(\.id)
        let last = try store.tickets(matching: filter, from: .end, limit: 8).map(\.id)
        #expect(last == Array(all.suffix(8)))
        let anchor = try store.tickets(matching: filter, from: .start, limit: 20).last!
        let before = try store.tickets(matching: filter, from: .before(anchor.cursor(for: filter.sort)), limit: 5).map(\.id)
        #expect(before == Array(all[14..<19]))
    }

    @Test func countsAreCapped() throws {
        let folder = TemporaryFolder()
        let store = try Fixture.store(in: folder)
        try seed(store, count: 40)
        #expect(try store.countTickets(matching: .all, cap: 100) == (40, true))
        let capped = try store.countTickets(matching: .all, cap: 25)
        #expect(capped.count == 25 && !capped.isExact)
    }

    @Test func everyViewOrderingUsesAnIndexNotASortOfTheWholeTable() throws {
        let folder = TemporaryFolder()
        let store = try Fixture.store(in: folder)
        try seed(store, count: 10)
        for view in BuiltinViews.all {
            let filter = try QueryCompiler.compile(view.query, context: QueryContext(agentId: 1, now: 0))
            let sql = "SELECT t.id FROM tickets t WHERE \(filter.whereSQL) ORDER BY "
                + filter.sort.columns.map { $0 + (filter.sort.descending ? " DESC" : "") }.joined(separator: ", ") + " LIMIT 50"
            let plan = try store.read { (db: Database) throws in
                try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + sql, arguments: StatementArguments(filter.arguments))
                    .map { $0["detail"] as String }.joined(separator: "; ")
            }
            #expect(!plan.contains("USE TEMP B-TREE FOR ORDER BY"), "\(view.name): \(plan)")
        }
    }
}
