import GRDB

extension HelpdeskStore {
    /// One page of a queue, in display order, by keyset pagination: never OFFSET and never more
    /// rows than asked for, so a page deep in a million tickets costs what the first one costs.
    public func tickets(matching filter: TicketFilter, from position: PagePosition = .start, limit: Int) throws -> [TicketRow] {
        try read { db in try Self.fetchPage(db, filter: filter, from: position, limit: limit) }
    }

    /// Where a page that continues after ticket `id` starts, in `sort`'s order (`ticket list
    /// --after ID`): the ticket's sort-key values now, whether or not it matches the filter.
    public func cursor(afterTicket id: Int64, in sort: TicketSort) throws -> TicketCursor {
        let row = try read { db in
            try TicketRow.fetchOne(db, sql: "SELECT \(TicketRow.selection) FROM tickets t \(TicketRow.joins) WHERE t.id = ?", arguments: [id])
        }
        guard let row else { throw HelpdeskError.notFound("ticket \(id) does not exist") }
        return row.cursor(for: sort)
    }

    static func fetchPage(_ db: Database, filter: TicketFilter, from position: PagePosition, limit: Int) throws -> [TicketRow] {
        let query = pageQuery(filter: try plan(filter, in: db), from: position, limit: limit)
        let rows = try TicketRow.fetchAll(db, sql: query.sql, arguments: StatementArguments(query.arguments))
        return query.reversed ? rows.reversed() : rows
    }

    /// The statement that reads one page, and whether its rows come back in reverse (pages above the
    /// anchor and the last page). Public so the benchmark can run the very same SQL through SQLite directly.
    public static func pageQuery(filter: TicketFilter, from position: PagePosition, limit: Int) -> (sql: String, arguments: [DatabaseValue], reversed: Bool) {
        let columns = filter.sort.columns
        let tuple = "(" + columns.joined(separator: ", ") + ")"
        // Pages above the anchor (and the last page) are read in reverse and flipped back.
        let reversed: Bool
        var conditions = ["(\(filter.whereSQL))"]
        var arguments = filter.arguments
        switch position {
        case .start, .end:
            reversed = position == .end
        case .after(let cursor), .before(let cursor):
            reversed = position == .before(cursor)
            let goesDown = filter.sort.descending != reversed
            conditions.append("\(tuple) \(goesDown ? "<" : ">") (\(QueryCompiler.placeholders(cursor.values.count)))")
            arguments += cursor.values.map(\.databaseValue)
        }
        let order = orderSQL(filter.sort, reversed: reversed)
        let sql = """
            SELECT \(TicketRow.selection) FROM tickets t \(TicketRow.joins)
            WHERE \(conditions.joined(separator: " AND ")) ORDER BY \(order) LIMIT ?
            """
        arguments.append(limit.databaseValue)
        return (sql, arguments, reversed)
    }

    /// The ORDER BY list of `sort` (flipped for pages read in reverse); public for the benchmark.
    public static func orderSQL(_ sort: TicketSort, reversed: Bool = false) -> String {
        let descending = sort.descending != reversed
        return sort.columns.map { $0 + (descending ? " DESC" : " ASC") }.joined(separator: ", ")
    }

    /// How many tickets match, counting at most `cap` (an exact count of a million rows costs tens of
    /// milliseconds, so queues show "10000+" instead).
    public func countTickets(matching filter: TicketFilter, cap: Int = 10_000) throws -> (count: Int, isExact: Bool) {
        try read { db in
            let planned = try Self.plan(filter, in: db, forCounting: true)
            let count = try Int.fetchOne(db, sql: Self.countSQL(filter: planned, cap: cap), arguments: StatementArguments(planned.arguments)) ?? 0
            return (min(count, cap), count <= cap)
        }
    }

    /// The filter as it is best run on this database. Free words that match many tickets make
    /// SQLite fetch every match and sort them all for one page (126 ms for `outlook`, 15 % of a
    /// million tickets); testing each ticket of the queue's own index against the matches
    /// instead fills the page after a few hundred (27 ms; `vpn status:open` 195 → 21 ms). For a
    /// rare word it is the other way round (137 ms against 1 ms for no match), so a capped count
    /// of the matches decides: "many" is half a percent of the tickets, at least `fewestMany`.
    /// Testing also needs an index to lead, which SQLite's plan for the tested statement tells:
    /// it must not read every ticket — for a page, unless it reads them in the queue's order
    /// (before schema v9 `outlook sort:-priority` had no index over all tickets in that order:
    /// 62 → 175 ms at 100k when tested); and a count, which stops at its cap, is tested only when field terms narrow
    /// the tickets (`zebra`: 27 against 181 ms; `vpn status:open`: 193 against 38 ms).
    /// Public so the benchmark runs the same SQL through SQLite directly.
    public static func plan(_ filter: TicketFilter, in db: Database, forCounting: Bool = false,
                            fewestMany: Int = 1_000) throws -> TicketFilter {
        guard let match = filter.textMatch, let tested = filter.whereSQLTestingMatches else { return filter }
        if forCounting && !filter.narrowsByFields { return filter }
        let tickets = try Int.fetchOne(db, sql: "SELECT max(id) FROM tickets") ?? 0
        let many = max(fewestMany, tickets / 200)
        let matches = try Int.fetchOne(db, sql: "SELECT count(*) FROM (SELECT 1 FROM ticket_fts WHERE ticket_fts MATCH ? LIMIT ?)",
                                       arguments: [match, many]) ?? 0
        guard matches >= many else { return filter }
        var planned = filter
        planned.whereSQL = tested
        // Asked of the statement without the page's joins, which could hide the tickets' access path
        // (SQLite may scan the requesters and look their tickets up: every ticket all the same).
        let sql = forCounting
            ? countSQL(filter: planned, cap: 1)
            : "SELECT t.id FROM tickets t WHERE \(planned.whereSQL) ORDER BY \(orderSQL(planned.sort)) LIMIT 1"
        let steps = try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + sql, arguments: StatementArguments(planned.arguments))
            .map { $0["detail"] as String }
        // "SCAN t …" reads every ticket (through an index or not), "SEARCH t …" only some.
        let scansTickets = steps.contains { $0 == "SCAN t" || $0.hasPrefix("SCAN t ") }
        let readsEveryTicket = scansTickets && (forCounting || steps.contains("USE TEMP B-TREE FOR ORDER BY"))
        return readsEveryTicket ? filter : planned
    }

    /// The statement behind ``countTickets(matching:cap:)`` (its arguments are the filter's); public for the benchmark.
    public static func countSQL(filter: TicketFilter, cap: Int) -> String {
        "SELECT count(*) FROM (SELECT 1 FROM tickets t WHERE \(filter.whereSQL) LIMIT \(cap + 1))"
    }
}

extension TicketRow {
    /// The row's sort-key values for `sort`: the cursor of a page that ends here.
    public func cursor(for sort: TicketSort) -> TicketCursor {
        let values: [Int64] = switch sort.key {
        case .updated: [updatedAt, id]
        case .created: [createdAt, id]
        case .priority: [Int64(priority.rawValue), updatedAt, id]
        case .due: [nextDue, id]
        case .id: [id]
        case .tier: [Int64(tier), Int64(priority.rawValue), updatedAt, id]
        }
        return TicketCursor(values: values)
    }
}
