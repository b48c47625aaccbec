import GRDB

extension HelpdeskStore {
    /// One page of a queue, in display order, by keyset pagination: never OFFSET and never more
    /// rows than asked for, so a page deep in a million tickets costs what the first one costs.
    public func tickets(matching filter: TicketFilter, from position: PagePosition = .start, limit: Int) throws -> [TicketRow] {
        try read { db in try Self.fetchPage(db, filter: filter, from: position, limit: limit) }
    }

    static func fetchPage(_ db: Database, filter: TicketFilter, from position: PagePosition, limit: Int) throws -> [TicketRow] {
        let query = pageQuery(filter: filter, from: position, limit: limit)
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
        let descending = filter.sort.descending != reversed
        let order = columns.map { $0 + (descending ? " DESC" : " ASC") }.joined(separator: ", ")
        let sql = """
            SELECT \(TicketRow.selection) FROM tickets t \(TicketRow.joins)
            WHERE \(conditions.joined(separator: " AND ")) ORDER BY \(order) LIMIT ?
            """
        arguments.append(limit.databaseValue)
        return (sql, arguments, reversed)
    }

    /// How many tickets match, counting at most `cap` (an exact count of a million rows costs tens of
    /// milliseconds, so queues show "10000+" instead).
    public func countTickets(matching filter: TicketFilter, cap: Int = 10_000) throws -> (count: Int, isExact: Bool) {
        try read { db in
            let count = try Int.fetchOne(db, sql: Self.countSQL(filter: filter, cap: cap), arguments: StatementArguments(filter.arguments)) ?? 0
            return (min(count, cap), count <= cap)
        }
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
