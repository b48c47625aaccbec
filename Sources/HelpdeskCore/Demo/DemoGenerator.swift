import Foundation
import GRDB

/// Fills an empty database with a believable internal IT helpdesk: the team, the organizations
/// and requesters, tickets with conversations and history, and knowledge-base articles.
/// Deterministic for a seed and `now`. Writes in chunks of multi-row inserts, with the text
/// made and indexed on a second core.
public struct DemoGenerator {
    public typealias Progress = (_ done: Int, _ total: Int) -> Void

    let store: HelpdeskStore
    let options: DemoOptions
    var random: SeededRandom
    /// Tickets per transaction (and per unit of work for the second core).
    var chunkSize = 20_000

    public init(store: HelpdeskStore, options: DemoOptions) {
        self.store = store
        self.options = options
        self.random = SeededRandom(seed: options.seed)
    }

    /// Generates everything. Refuses a database that already has tickets, so real data is never mixed with demo data.
    public mutating func run(actor: String, progress: Progress = { _, _ in }) throws {
        guard options.tickets >= 0, options.tickets <= 10_000_000 else {
            throw HelpdeskError.invalidInput("--tickets must be between 0 and 10000000")
        }
        guard options.articles >= 0, options.articles <= 1_000_000 else {
            throw HelpdeskError.invalidInput("--articles must be between 0 and 1000000")
        }
        let existing = try store.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM (SELECT 1 FROM tickets LIMIT 1)") ?? 0 }
        guard existing == 0 else {
            throw HelpdeskError.invalidInput("\(store.path) already has tickets; demo data goes into an empty database (pick one with --db)")
        }
        let team = try insertTeam(actor: actor)
        let requesters = try insertRequesters()
        try insertArticles(ownerIds: team.map(\.id), actor: actor)
        try Self.withBulkLoading(store) { rowsAreIn in
            try insertTickets(team: team, requesters: requesters, progress: progress, rowsAreIn: rowsAreIn)
        }
    }

    /// Bulk-load mode for an empty database: the secondary indexes of the ticket tables (but
    /// `keptWhileLoading`) are dropped and built again afterwards (sorting once is far cheaper
    /// than a million random index inserts, and the sorts may use both cores), with a large page cache, no syncs and no
    /// foreign-key lookups (the generator makes consistent rows; a test checks them).
    /// Statistics are refreshed for the query planner. `body` calls `rowsAreIn` as soon as the
    /// rows are written, so the indexes are built while the search index is still finishing.
    static func withBulkLoading(_ store: HelpdeskStore, _ body: (_ rowsAreIn: () throws -> Void) throws -> Void) throws {
        let tables = ["tickets", "ticket_tags", "messages", "events"].map { "'\($0)'" }.joined(separator: ",")
        let indexes = try store.read { db in
            try Row.fetchAll(db, sql: "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN (\(tables))")
                .map { (name: $0["name"] as String, sql: $0["sql"] as String) }
                .filter { !keptWhileLoading.contains($0.name) }
        }
        // No journal while loading: every page is written once, not to the WAL and then again
        // by checkpoints (a third of the system time). Only this connection may be open for the
        // switch, so the idle readers go first; a demo that fails half-way leaves a build
        // folder to throw away (DatabaseBuild), which it is anyway.
        store.pool.releaseMemory()
        try store.pool.writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA cache_size = -262144; PRAGMA synchronous = OFF; PRAGMA foreign_keys = OFF; PRAGMA threads = 2")
            _ = try String.fetchOne(db, sql: "PRAGMA journal_mode = OFF")
        }
        defer {
            try? store.pool.writeWithoutTransaction { db in
                _ = try? String.fetchOne(db, sql: "PRAGMA journal_mode = WAL")  // also when loading failed
                try db.execute(sql: "PRAGMA cache_size = -2000; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON; PRAGMA threads = 0")
            }
        }
        try store.write { db in
            for index in indexes { try db.execute(sql: "DROP INDEX \(index.name)") }
        }
        var rebuilt = false
        let rebuildIndexes = {
            guard !rebuilt else { return }
            rebuilt = true
            try store.write { db in
                // A small cache makes the index sorts spill into several runs, which SQLite sorts
                // on two threads (PRAGMA threads); all in one cache it sorts on one.
                try db.execute(sql: "PRAGMA cache_size = -16384")
                for index in indexes { try db.execute(sql: index.sql) }
            }
        }
        do {
            try body(rebuildIndexes)
        } catch {
            try? rebuildIndexes()
            throw error
        }
        try rebuildIndexes()
        try store.write { db in try db.execute(sql: "PRAGMA analysis_limit = 1000; ANALYZE") }
        try store.pool.writeWithoutTransaction { db in
            guard try String.fetchOne(db, sql: "PRAGMA journal_mode = WAL") == "wal" else {
                throw HelpdeskError.database("could not switch \(store.path) back to WAL mode after loading the demo")
            }
            try db.execute(sql: "PRAGMA wal_checkpoint(TRUNCATE)")
        }
        // Loaded without syncs, the pages may still be only in the OS's cache: put them on disk
        // before saying "done", so that a crash cannot lose the demo, and the next command's
        // first sync does not wait for a gigabyte of writeback (a 1 s `ticket list` at 1M).
        let file = try FileHandle(forReadingFrom: URL(fileURLWithPath: store.path))
        defer { try? file.close() }
        try file.synchronize()
    }

    /// Indexes kept while loading, since adding to them costs less than building them afterwards:
    /// those whose keys arrive in order (tickets are written by id, each with its messages,
    /// events and tags), and the partial indexes over open tickets, which take a few percent of
    /// the rows but would each cost a scan of the whole table to build.
    static let keptWhileLoading: Set<String> = [
        "messages_ticket", "events_ticket", "ticket_tags_ticket",
        "tickets_open_updated", "tickets_open_priority", "tickets_open_tier", "tickets_open_assignee", "tickets_open_due",
    ]

    // MARK: - Team, organizations, requesters

    struct TeamMember: Sendable { var id: Int64; var login: String; var firstName: String; var tier: Int }
    struct Person: Sendable { var id: Int64; var firstName: String; var german: Bool }

    mutating func insertTeam(actor: String) throws -> [TeamMember] {
        let now = options.now
        return try store.write { db in
            var team: [TeamMember] = []
            for seed in DemoCorpus.agents {
                let id: Int64
                if let existing = try Int64.fetchOne(db, sql: "SELECT id FROM agents WHERE login = ?", arguments: [seed.login]) {
                    id = existing
                } else {
                    var agent = Agent(login: seed.login, name: seed.name, role: AgentRole(rawValue: seed.role) ?? .agent,
                                      tier: seed.tier, createdAt: now - 200 * 86_400)
                    try agent.insert(db)
                    id = agent.id!
                    try TicketEvent(ticketId: nil, actor: actor, at: now, action: "agent.add",
                                    newValue: "\(seed.login) (\(seed.role), tier \(seed.tier))").insert(db)
                }
                team.append(TeamMember(id: id, login: seed.login, firstName: String(seed.name.split(separator: " ").first ?? ""), tier: seed.tier))
            }
            return team
        }
    }

    mutating func insertRequesters() throws -> [Person] {
        let count = min(20_000, max(300, options.tickets / 40))
        return try store.write { db in
            var organizationIds: [(id: Int64, seed: DemoOrganizationSeed)] = []
            for seed in DemoCorpus.organizations {
                var organization = Organization(name: seed.name)
                try organization.insert(db)
                // New requesters of its domain (and its subdomains) join it (OrganizationDomains).
                try db.execute(sql: "INSERT INTO organization_domains(domain, organization_id) VALUES (?, ?)",
                               arguments: [seed.domain, organization.id])
                organizationIds.append((organization.id!, seed))
            }
            let insert = try db.makeStatement(sql: "INSERT INTO requesters(name, email, organization_id) VALUES (?, ?, ?)")
            var people: [Person] = []
            var usedEmails = Set<String>()
            while people.count < count {
                let first = random.pick(DemoCorpus.firstNames)
                let last = random.pick(DemoCorpus.lastNames)
                let organization = random.pick(organizationIds)
                var email = Self.emailLocalPart(first: first, last: last) + "@" + organization.seed.domain
                if usedEmails.contains(email) {
                    email = Self.emailLocalPart(first: first, last: last) + "\(people.count)@" + organization.seed.domain
                }
                usedEmails.insert(email)
                try insert.execute(arguments: ["\(first) \(last)", email, organization.id])
                people.append(Person(id: db.lastInsertedRowID, firstName: first, german: organization.seed.german))
            }
            return people
        }
    }

    static func emailLocalPart(first: String, last: String) -> String {
        let ascii = "\(first).\(last)".lowercased()
            .replacingOccurrences(of: "ä", with: "ae").replacingOccurrences(of: "ö", with: "oe")
            .replacingOccurrences(of: "ü", with: "ue").replacingOccurrences(of: "ß", with: "ss")
            .replacingOccurrences(of: " ", with: "-")
            .folding(options: .diacriticInsensitive, locale: Locale(identifier: "en_US_POSIX"))
        return String(ascii.unicodeScalars.filter { $0.isASCII && ($0.properties.isAlphabetic || "-.".unicodeScalars.contains($0)) })
    }

    // MARK: - Knowledge base

    mutating func insertArticles(ownerIds: [Int64], actor: String) throws {
        let seeds = DemoCorpus.articles
        let total = max(options.articles, seeds.count)
        let now = options.now
        try store.write { db in
            let insert = try db.makeStatement(sql: """
                INSERT INTO kb_articles(title, body, tags, owner_id, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)
                """)
            for index in 0..<total {
                let seed = seeds[index % seeds.count]
                let round = index / seeds.count
                // Beyond the real articles (for benchmarks), variants: same topic, another team's wording.
                let title = round == 0 ? seed.title : "\(seed.title) (\(random.pick(DemoCorpus.organizations).name), Rev. \(round))"
                let body = round == 0 ? seed.body : Self.variant(of: seed.body, using: &random)
                let created = now - Int64(random.below(400 * 86_400)) - 86_400
                let updated = min(now, created + Int64(random.below(300 * 86_400)))
                try insert.execute(arguments: [title, body, seed.tags.joined(separator: " "), random.pick(ownerIds), created, updated])
            }
            try ArticleSearchIndex.optimize(db)
        }
    }

    static func variant(of body: String, using random: inout SeededRandom) -> String {
        var paragraphs = body.components(separatedBy: "\n\n")
        if paragraphs.count > 2 {
            let index = 1 + random.below(paragraphs.count - 1)
            paragraphs.remove(at: index)
        }
        return paragraphs.joined(separator: "\n\n")
    }

    // MARK: - Tickets

    /// While chunk k is written, chunk k+1 is made and chunk k-1's text indexed on the second core.
    mutating func insertTickets(team: [TeamMember], requesters: [Person], progress: Progress, rowsAreIn: () throws -> Void) throws {
        let total = options.tickets
        guard total > 0 else { return }
        let chunk = chunkSize
        let factory = DemoTicketFactory(team: team, requesters: requesters, now: options.now, total: total)
        let searchIndex = try SideSearchIndex(besides: store.path)
        defer { searchIndex.discard() }
        var done = 0
        var current = factory.make(0..<min(chunk, total), random: &random)
        progress(0, total)
        while !current.isEmpty {
            let nextRange = (done + current.count)..<min(done + current.count + chunk, total)
            let upcoming = ChunkInProgress(factory: factory, range: nextRange, random: random)
            try store.write { db in
                let writer = try DemoTicketWriter(db)
                for record in current { try writer.write(record) }
                try writer.flush()
            }
            // Indexed after it is written, so the index thread holds the chunk last and frees
            // its hundred thousand strings there, not on the writer, the busier side.
            searchIndex.add(current)
            done += current.count
            progress(done, total)
            (current, random) = upcoming.result()
        }
        try rowsAreIn()  // the indexes are built while the other core finishes the search index
        try searchIndex.finish(into: store)
    }

}
