import GRDB

/// Reading requesters: pages of the directory in name order (keyset, never all of them), one
/// requester's profile, and their tickets page by page. Changes go through ``RequesterService``.
///
/// ```swift
/// let directory = RequesterDirectory(store: store)
/// let page = try directory.page(.init(query: "huber"), limit: 50)
/// let more = try directory.page(.init(query: "huber"), after: page.next, limit: 50)
/// ```
public struct RequesterDirectory: Sendable {
    public let store: HelpdeskStore

    /// The most requesters or tickets one page holds.
    public static let pageLimit = 1_000

    public init(store: HelpdeskStore) { self.store = store }

    /// Which requesters a page lists.
    public struct Filter: Equatable, Sendable {
        /// Part of the name or the e-mail address (case-insensitive for ASCII letters).
        public var query: String
        /// An organization's exact name (any case).
        public var organization: String?
        /// Erased requesters are left out unless asked for; they are listed as ``Redaction/marker``.
        public var includeErased: Bool

        public init(query: String = "", organization: String? = nil, includeErased: Bool = false) {
            self.query = query
            self.organization = organization
            self.includeErased = includeErased
        }

        /// The filter with its text trimmed, or why it cannot be used (before the database is opened).
        public func validated() throws -> Filter {
            var filter = self
            filter.query = try InputLimits.checked(query.trimmingCharacters(in: .whitespaces), "the query", limit: InputLimits.queryCharacters)
            filter.organization = try organization.map {
                try InputLimits.checked($0.trimmingCharacters(in: .whitespaces), "the organization", limit: OrganizationService.nameLimit)
            }
            return filter
        }
    }

    /// One page of requesters in name order, after `cursor` (the previous page's `next`).
    public func page(_ filter: Filter = Filter(), after cursor: RequesterPage.Cursor? = nil, limit: Int = 50) throws -> RequesterPage {
        let filter = try filter.validated()
        try Self.checkLimit(limit)
        return try store.read { db in
            if let name = filter.organization,
               try Int64.fetchOne(db, sql: "SELECT id FROM organizations WHERE name = ? COLLATE NOCASE", arguments: [name]) == nil {
                throw HelpdeskError.notFound("there is no organization '\(name)' (helpdesk org list shows them)")
            }
            let query = Self.pageQuery(filter, after: cursor, limit: limit + 1)
            let rows = try Row.fetchAll(db, sql: query.sql, arguments: query.arguments)
            let shown = rows.prefix(limit)
            // The stored name, not the marker an erased requester is shown as: the index's order.
            let next = rows.count > limit ? shown.last.map { RequesterPage.Cursor(name: $0["name"], id: $0["id"]) } : nil
            return RequesterPage(requesters: shown.map(RequesterSummary.init(row:)), next: next)
        }
    }

    /// The statement of one page: along the index requesters_name (name COLLATE NOCASE, then the
    /// rowid), from the cursor on, stopping after `limit` rows. Internal for the query-plan test.
    static func pageQuery(_ filter: Filter, after cursor: RequesterPage.Cursor?, limit: Int) -> (sql: String, arguments: StatementArguments) {
        var conditions: [String] = []
        var arguments: [DatabaseValueConvertible] = []
        if !filter.includeErased { conditions.append("r.erased_at IS NULL") }
        if !filter.query.isEmpty {
            // Never by what an erased requester may still have stored.
            conditions.append("(r.erased_at IS NULL AND (r.name LIKE ? ESCAPE '\\' OR r.email LIKE ? ESCAPE '\\'))")
            let pattern = "%" + escapedForLike(filter.query) + "%"
            arguments += [pattern, pattern]
        }
        if let name = filter.organization {
            conditions.append("r.organization_id = (SELECT id FROM organizations WHERE name = ? COLLATE NOCASE)")
            arguments.append(name)
        }
        if let cursor {
            conditions.append("(r.name COLLATE NOCASE, r.id) > (?, ?)")
            arguments += [cursor.name, cursor.id]
        }
        let sql = """
            SELECT \(RequesterSummary.selection) FROM requesters r \(RequesterSummary.joins)
            \(conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND "))
            ORDER BY r.name COLLATE NOCASE, r.id LIMIT ?
            """
        return (sql, StatementArguments(arguments + [limit]))
    }

    /// The cursor that starts a page right after this requester (`requester list --after`).
    public func cursor(after reference: RequesterReference) throws -> RequesterPage.Cursor {
        try store.read { db in
            let requester = try Self.requester(db, reference)
            return RequesterPage.Cursor(name: requester.name, id: requester.id ?? 0)
        }
    }

    /// One requester with their organization and ticket counts.
    public func summary(_ reference: RequesterReference) throws -> RequesterSummary {
        try store.read { db in try Self.summary(db, id: Self.requester(db, reference).id ?? 0) }
    }

    /// The requester of a ticket (the TUI's `R` on the current ticket).
    public func summary(ofTicket ticketId: Int64) throws -> RequesterSummary {
        try store.read { db in
            guard let id = try Int64.fetchOne(db, sql: "SELECT requester_id FROM tickets WHERE id = ?", arguments: [ticketId]) else {
                throw HelpdeskError.notFound("ticket \(ticketId) does not exist")
            }
            return try Self.summary(db, id: id)
        }
    }

    /// A page of the requester's tickets, most recently updated first (the queue's default order,
    /// by keyset along the index tickets_requester): `.start`, then `.after(last row's cursor)`.
    /// An erased requester's tickets name them as ``Redaction/marker``, like their profile.
    public func tickets(of requesterId: Int64, from position: PagePosition = .start, limit: Int) throws -> [TicketRow] {
        try Self.checkLimit(limit)
        return try store.read { db in
            let rows = try HelpdeskStore.fetchPage(db, filter: Self.ticketFilter(requesterId: requesterId), from: position, limit: limit)
            guard try Self.isErased(db, id: requesterId) else { return rows }
            return rows.map { row in
                var row = row
                row.requesterName = Redaction.marker
                row.requesterEmail = Redaction.marker
                return row
            }
        }
    }

    /// The requester's tickets as a queue filter (most recently updated first).
    public static func ticketFilter(requesterId: Int64) -> TicketFilter {
        TicketFilter(whereSQL: "t.requester_id = ?", arguments: [requesterId.databaseValue], sort: .recentlyUpdated, narrowsByFields: true)
    }

    // MARK: - Helpers

    static func checkLimit(_ limit: Int) throws {
        guard (1...pageLimit).contains(limit) else { throw HelpdeskError.invalidInput("the limit must be between 1 and \(pageLimit)") }
    }

    /// The requester a reference names, or a one-line refusal.
    static func requester(_ db: Database, _ reference: RequesterReference) throws -> Requester {
        let found: Requester? = switch reference {
        case .id(let id): try Requester.fetchOne(db, sql: "SELECT * FROM requesters WHERE id = ?", arguments: [id])
        case .email(let email): try Requester.fetchOne(db, sql: "SELECT * FROM requesters WHERE email = ?", arguments: [email])
        }
        guard let found else {
            throw HelpdeskError.notFound("there is no requester \(reference) (helpdesk requester list shows them)")
        }
        return found
    }

    static func summary(_ db: Database, id: Int64) throws -> RequesterSummary {
        guard let row = try Row.fetchOne(db, sql: """
            SELECT \(RequesterSummary.selection) FROM requesters r \(RequesterSummary.joins) WHERE r.id = ?
            """, arguments: [id]) else {
            throw HelpdeskError.notFound("there is no requester #\(id) (helpdesk requester list shows them)")
        }
        return RequesterSummary(row: row)
    }

    /// Whether the requester was erased (`requester erase`): then nothing may change them.
    static func isErased(_ db: Database, id: Int64) throws -> Bool {
        try Int64.fetchOne(db, sql: "SELECT erased_at FROM requesters WHERE id = ?", arguments: [id]) != nil
    }

    /// `text` with LIKE's wildcards (and the escape itself) taken literally.
    static func escapedForLike(_ text: String) -> String {
        text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "%", with: "\\%").replacingOccurrences(of: "_", with: "\\_")
    }
}
