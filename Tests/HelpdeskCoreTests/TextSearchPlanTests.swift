import GRDB
import Testing
@testable import HelpdeskCore

/// Free words that match many tickets are run as a test of each ticket of the queue's index,
/// rare ones from the full-text index: two plans, the same rows.
@Suite struct TextSearchPlanTests {
    static let now: Int64 = 1_795_000_000

    func demo(tickets: Int) throws -> (HelpdeskStore, TemporaryFolder) {
        let folder = TemporaryFolder()
        let store = try Fixture.store(in: folder)
        var generator = DemoGenerator(store: store, options: DemoOptions(tickets: tickets, articles: 0, seed: 5, now: Self.now))
        try generator.run(actor: "tester")
        return (store, folder)
    }

    /// Every page of `filter` (keyset, forwards), read with the statement `pageQuery` makes.
    func allPages(_ db: Database, _ filter: TicketFilter, pageSize: Int) throws -> [Int64] {
        var seen: [Int64] = []
        var position = PagePosition.start
        while true {
            let query = HelpdeskStore.pageQuery(filter: filter, from: position, limit: pageSize)
            let page = try TicketRow.fetchAll(db, sql: query.sql, arguments: StatementArguments(query.arguments))
            seen += page.map(\.id)
            guard page.count == pageSize, let last = page.last else { return seen }
            position = .after(last.cursor(for: filter.sort))
        }
    }

    @Test(arguments: ["bitte", "bitte status:open", "bitte -drucker", "please sort:-priority", "please tier:2 sort:created", "\"vielen dank\""])
    func bothFormsReadTheSameRowsInTheSameOrder(text: String) throws {
        let (store, folder) = try demo(tickets: 1_200)
        _ = folder
        let fetchedFilter = try QueryCompiler.compile(text, context: QueryContext(agentId: nil, now: Self.now))
        var testedFilter = fetchedFilter
        testedFilter.whereSQL = try #require(fetchedFilter.whereSQLTestingMatches)
        #expect(testedFilter.whereSQL.contains("+t.id IN"))
        try store.read { (db: Database) throws in
            let fetched = try allPages(db, fetchedFilter, pageSize: 7)
            #expect(fetched.count > 10, "several pages")
            #expect(try allPages(db, testedFilter, pageSize: 7) == fetched)
            let count = HelpdeskStore.countSQL(filter: testedFilter, cap: 10_000)
            #expect(try Int.fetchOne(db, sql: count, arguments: StatementArguments(testedFilter.arguments)) == fetched.count)
        }
    }

    @Test func thePlanFollowsTheMatchesAndTheIndexes() throws {
        let (store, folder) = try demo(tickets: 300)
        _ = folder
        let context = QueryContext(agentId: nil, now: Self.now)
        func isTested(_ text: String, counting: Bool = false, fewestMany: Int = 20) throws -> Bool {
            let filter = try QueryCompiler.compile(text, context: context)
            let planned = try store.read { db in try HelpdeskStore.plan(filter, in: db, forCounting: counting, fewestMany: fewestMany) }
            #expect(planned.whereSQL == filter.whereSQL || planned.whereSQL == filter.whereSQLTestingMatches)
            return planned.whereSQL != filter.whereSQL
        }
        #expect(try isTested("bitte"), "many matches, walked along tickets_updated")
        #expect(try isTested("bitte status:open"))
        #expect(try !isTested("bitte", fewestMany: 1_000), "too few matches for the default: fetched")
        #expect(try !isTested("zyxwvut", fewestMany: 1), "no match: fetched")
        #expect(try isTested("bitte sort:-priority"), "walked along tickets_priority (schema v9)")
        #expect(try !isTested("bitte sort:-tier"), "no index over all tickets in tier order: fetched and sorted")
        #expect(try isTested("bitte is:open sort:-priority"), "the open tickets' priority index leads")
        #expect(try isTested("bitte tier:1 is:open"), "the open tickets' tier index narrows before the sort")
        #expect(try !isTested("bitte", counting: true), "a count without field terms stops soonest in the matches' order")
        #expect(try isTested("bitte status:open", counting: true), "an index narrows the count")
        #expect(try !isTested("bitte category:vpn", counting: true), "no index for categories: the count would scan every ticket")
        #expect(try !isTested("status:open", fewestMany: 1), "no words, nothing to plan")
    }

    @Test func theStoreUsesThePlanOnALargeEnoughDatabase() throws {
        // At least 1,000 matches switch the plan by default; the store's pages equal the fetched plan's.
        let (store, folder) = try demo(tickets: 3_000)
        _ = folder
        let filter = try QueryCompiler.compile("bitte", context: QueryContext(agentId: nil, now: Self.now))
        let planned = try store.read { db in try HelpdeskStore.plan(filter, in: db) }
        #expect(planned != filter, "enough matches at 3,000 demo tickets to switch")
        let first = try store.tickets(matching: filter, limit: 50).map(\.id)
        let fetched = try store.read { db in try allPages(db, filter, pageSize: 50) }
        #expect(first == Array(fetched.prefix(50)))
        #expect(try store.countTickets(matching: filter).count == fetched.count)
    }
}
