import Foundation
import GRDB
import HelpdeskCore

/// The query language: any text either fails with a ``QueryError`` inside the text, or compiles to
/// SQL that SQLite runs on a real (empty) helpdesk database, both plans of it, page and count, with
/// exactly its arguments. A query that parses but makes SQLite fail would show the user an
/// SQL error instead of a column.
enum QueryHarness {
    static let context = QueryContext(agentId: 2, now: 1_767_225_600, timeZone: TimeZone(identifier: "Europe/Berlin") ?? .gmt)

    static var database: DatabaseQueue { SchemaDatabase.shared }

    static func run(_ text: String) throws(FuzzFailure) {
        let filter: TicketFilter
        do {
            filter = try QueryCompiler.compile(text, context: context)
        } catch {
            // The column points into the query, or just past its end ("needs a value").
            try FuzzFailure.check((1...text.count + 1).contains(error.column),
                                  "\(text.debugDescription): error at column \(error.column) of \(text.count): \(error.message)")
            return
        }
        var plans = [filter]
        if let tested = filter.whereSQLTestingMatches {
            var other = filter
            other.whereSQL = tested
            plans.append(other)
        }
        do {
            try database.read { db in
                // fewestMany 0: every text query counts as common, so the planner's EXPLAIN runs too.
                _ = try HelpdeskStore.plan(filter, in: db, fewestMany: 0)
                _ = try HelpdeskStore.plan(filter, in: db, forCounting: true, fewestMany: 0)
                for plan in plans {
                    let page = HelpdeskStore.pageQuery(filter: plan, from: .start, limit: 50)
                    _ = try Row.fetchAll(db, sql: page.sql, arguments: StatementArguments(page.arguments))
                    _ = try Int.fetchOne(db, sql: HelpdeskStore.countSQL(filter: plan, cap: 100), arguments: StatementArguments(plan.arguments))
                }
            }
        } catch {
            throw FuzzFailure("\(text.debugDescription) compiled to SQL that SQLite refuses: \(error)\n\(filter.whereSQL)")
        }
    }
}
