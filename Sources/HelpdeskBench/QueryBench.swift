import Foundation
import GRDB
import HelpdeskCore

/// Query figures measured in this process: each call through `HelpdeskStore` (as the TUI makes it)
/// beside the same SQL run through SQLite's C API on the same file, interleaved so both see the
/// same caches. Warm page cache: the database has just been generated or read.
struct QueryBench {
    let store: HelpdeskStore
    let raw: RawSQLite
    let tickets: Int
    /// Rows per page: the TUI asks for max(50, 3 × visible rows), about 100 at 120×40.
    let pageSize = 100
    /// Iterations per page position.
    let pageIterations: Int
    /// Time budget per filter or search text (the slow ones get fewer samples).
    let budgetSeconds: Double

    init(path: String, tickets: Int, quick: Bool) throws {
        store = try HelpdeskStore.open(path: path, createIfMissing: false)
        raw = try RawSQLite(path: path)
        self.tickets = tickets
        pageIterations = quick ? 100 : 200
        budgetSeconds = quick ? 1.5 : 3
    }

    func run(log: (String) -> Void) throws -> [Figure] {
        var figures: [Figure] = []
        log("  pages of the built-in views")
        figures += try pages()
        log("  where a page's time goes")
        figures += try pageBreakdown()
        log("  filters")
        figures += try filters()
        log("  knowledge base search and suggestions")
        figures += try knowledgeBase()
        return figures
    }

    // MARK: - Pages

    /// The agent with the most open tickets: "My tickets" as a busy agent sees it.
    private func busiestAgent() throws -> Int64? {
        try raw.integers("""
            SELECT assignee_id FROM tickets WHERE is_open = 1 AND assignee_id IS NOT NULL
            GROUP BY assignee_id ORDER BY count(*) DESC LIMIT 1
            """).first
    }

    private func pages() throws -> [Figure] {
        let context = QueryContext(agentId: try busiestAgent(), now: store.now)
        var figures: [Figure] = []
        for view in BuiltinViews.all {
            let filter = try QueryCompiler.compile(view.query, context: context)
            let count = try raw.integers("SELECT count(*) FROM tickets t WHERE \(filter.whereSQL)", filter.arguments).first ?? 0
            var positions: [(String, PagePosition)] = [("first page", .start)]
            if count > 0 {
                // A cursor in the middle of the list (found once with OFFSET; the timed read is a keyset scan).
                let columns = filter.sort.columns
                let order = HelpdeskStore.orderSQL(filter.sort)
                let cursor = try raw.integers(
                    "SELECT \(columns.joined(separator: ", ")) FROM tickets t WHERE \(filter.whereSQL) ORDER BY \(order) LIMIT 1 OFFSET ?",
                    filter.arguments + [(count / 2).databaseValue])
                positions.append(("deep page (row \(count / 2))", .after(TicketCursor(values: cursor))))
            }
            positions.append(("last page", .end))
            for (label, position) in positions {
                let query = HelpdeskStore.pageQuery(filter: filter, from: position, limit: pageSize)
                var program = Samples(), direct = Samples()
                var shown = 0
                for iteration in 0..<(pageIterations + 5) {
                    // Alternate which goes first, so neither always meets the warmer cache.
                    var a = 0.0, b = 0.0
                    if iteration % 2 == 0 {
                        a = try measure { shown = try store.tickets(matching: filter, from: position, limit: pageSize).count }
                        b = try measure { try raw.run(query.sql, query.arguments) }
                    } else {
                        b = try measure { try raw.run(query.sql, query.arguments) }
                        a = try measure { shown = try store.tickets(matching: filter, from: position, limit: pageSize).count }
                    }
                    if iteration >= 5 { program.add(a); direct.add(b) }
                }
                var figure = Figure.query(tickets: tickets, group: "page", name: "\(view.key): \(label)", program: program, raw: direct,
                                          percentile: 99, limit: Targets.pageP99ms)
                figure.note = "\(shown) rows of \(count)"
                figures.append(figure)
            }
        }
        return figures
    }

    /// One page (the first of "Recently updated") taken apart, to show what the overhead over raw
    /// SQLite is made of: the read transaction, GRDB's rows, and decoding them into `TicketRow`s.
    private func pageBreakdown() throws -> [Figure] {
        let filter = TicketFilter.all
        let query = HelpdeskStore.pageQuery(filter: filter, from: .start, limit: pageSize)
        let arguments = StatementArguments(query.arguments)
        let steps: [(String, () throws -> Void)] = [
            ("raw SQLite: prepare, step, read columns", { try raw.run(query.sql, query.arguments) }),
            ("raw SQLite inside BEGIN … COMMIT", {
                try raw.run("BEGIN"); try raw.run(query.sql, query.arguments); try raw.run("COMMIT")
            }),
            ("GRDB pool.read + Row.fetchAll (no decoding)", { _ = try store.pool.read { db in try Row.fetchAll(db, sql: query.sql, arguments: arguments) } }),
            ("GRDB pool.read + TicketRow.fetchAll (Codable)", { _ = try store.pool.read { db in try TicketRow.fetchAll(db, sql: query.sql, arguments: arguments) } }),
            ("HelpdeskStore.tickets(matching:from:limit:)", { _ = try store.tickets(matching: filter, from: .start, limit: pageSize) }),
        ]
        var samples = Array(repeating: Samples(), count: steps.count)
        for iteration in 0..<(pageIterations + 5) {
            for (index, step) in steps.enumerated() {
                let time = try measure(step.1)
                if iteration >= 5 { samples[index].add(time) }
            }
        }
        let base = samples[0].p50
        return zip(steps, samples).map { step, times in
            Figure(tickets: tickets, group: "page breakdown", name: "recent, first \(pageSize) rows: \(step.0)", unit: "ms", samples: times.count,
                   value: times.p50, p50: times.p50, p95: times.p95, p99: times.p99, overhead: times.p50 / base,
                   note: "informational: the ×raw column is against the first line")
        }
    }

    // MARK: - Filters

    static let fieldFilters = [
        "status:open tier:1 sort:-priority",
        "priority:>=high channel:phone",
        "category:vpn is:unassigned",
        "org:Logistik status:pending",
        "tag:vpn updated:<7d",
        "is:closed sort:created",
    ]
    static let textFilters = [
        "drucker",
        "vpn status:open",
        "\"paper jam\"",
        "outlook sort:-priority",
        "passwort tier:1 is:open",
        "sap -teams",
    ]

    /// A filter as typed in the TUI: compile, the first page, and the capped count the title shows.
    private func filters() throws -> [Figure] {
        let context = QueryContext(agentId: try busiestAgent(), now: store.now)
        var figures: [Figure] = []
        for (group, texts) in [("filter (fields)", Self.fieldFilters), ("filter (free text)", Self.textFilters)] {
            for text in texts {
                // Raw SQLite runs the plan the store picks (its choosing is the program's overhead).
                let compiled = try QueryCompiler.compile(text, context: context)
                let (filter, counted) = try store.read { db in
                    (try HelpdeskStore.plan(compiled, in: db), try HelpdeskStore.plan(compiled, in: db, forCounting: true))
                }
                let page = HelpdeskStore.pageQuery(filter: filter, from: .start, limit: pageSize)
                let countSQL = HelpdeskStore.countSQL(filter: counted, cap: 10_000)
                var count = (0, true)
                let (program, direct) = try timedPairs(
                    program: {
                        let compiled = try QueryCompiler.compile(text, context: context)
                        _ = try store.tickets(matching: compiled, from: .start, limit: pageSize)
                        count = try store.countTickets(matching: compiled, cap: 10_000)
                    },
                    raw: {
                        try raw.run(page.sql, page.arguments)
                        try raw.run(countSQL, filter.arguments)
                    })
                var figure = Figure.query(tickets: tickets, group: group, name: text, program: program, raw: direct,
                                          percentile: 95, limit: Targets.filterP95ms)
                figure.note = "\(count.0)\(count.1 ? "" : "+") matches; first page + capped count"
                figures.append(figure)
            }
        }
        return figures
    }

    // MARK: - Knowledge base

    static let searches = ["vpn", "dr", "drucker papierstau", "outlook", "passwort zurücksetzen", "sap gui", "teams audio", "zertifikat"]

    private func knowledgeBase() throws -> [Figure] {
        var figures: [Figure] = []
        for text in Self.searches {
            guard let query = RawArticleSearch.query(text, limit: 50) else { continue }
            var hits = 0
            let (program, direct) = try timedPairs(
                program: { hits = try store.searchArticles(text, limit: 50).count },
                raw: { try raw.run(query.sql, query.arguments) })
            var figure = Figure.query(tickets: tickets, group: "kb search", name: text, program: program, raw: direct,
                                      percentile: 99, limit: Targets.kbP99ms)
            figure.note = "\(hits) hits (limit 50)"
            figures.append(figure)
        }
        // Suggestions: the subjects of tickets spread over the table, as the detail pane asks for them.
        let sampled = try raw.texts("SELECT id || ' ' || subject FROM tickets WHERE id % \(max(1, tickets / 60)) = 0 LIMIT 60")
        let subjects = sampled.compactMap { line -> (id: Int64, subject: String)? in
            let parts = line.split(separator: " ", maxSplits: 1)
            return parts.count == 2 ? Int64(parts[0]).map { ($0, String(parts[1])) } : nil
        }
        var program = Samples(), direct = Samples()
        let rounds = max(1, Int(Double(pageIterations) / Double(max(1, subjects.count)) * 2))
        for round in 0..<(rounds + 1) {
            for ticket in subjects {
                guard let query = RawArticleSearch.query(ticket.subject, limit: 5) else { continue }
                let a = try measure { _ = try store.suggestArticles(ticketId: ticket.id, limit: 5) }
                let b = try measure { try raw.run(query.sql, query.arguments) }
                if round > 0 { program.add(a); direct.add(b) }
            }
        }
        var figure = Figure.query(tickets: tickets, group: "suggestions", name: "5 articles for a ticket", program: program, raw: direct,
                                  percentile: 99, limit: Targets.kbP99ms)
        figure.note = "\(subjects.count) subjects × \(rounds) rounds"
        figures.append(figure)
        return figures
    }

    // MARK: - Timing

    /// Runs both closures alternately (first order swapped each time) until 200 pairs or the time
    /// budget is spent (at least 10 pairs), after two untimed warm-up pairs.
    private func timedPairs(program: () throws -> Void, raw: () throws -> Void) throws -> (Samples, Samples) {
        try program(); try raw(); try raw(); try program()
        var a = Samples(), b = Samples()
        let started = nowMilliseconds()
        var iteration = 0
        while a.count < 10 || (a.count < 200 && nowMilliseconds() - started < budgetSeconds * 1000) {
            if iteration % 2 == 0 {
                a.add(try measure(program)); b.add(try measure(raw))
            } else {
                b.add(try measure(raw)); a.add(try measure(program))
            }
            iteration += 1
        }
        return (a, b)
    }
}
