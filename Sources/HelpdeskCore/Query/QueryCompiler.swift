import Foundation
import GRDB

/// Turns a parsed ``TicketQuery`` into a ``TicketFilter`` (SQL over `tickets t`).
/// All user values are bound as arguments; full-text words are quoted by ``FullTextQuery``.
public enum QueryCompiler {
    /// Parses and compiles in one step.
    public static func compile(_ text: String, context: QueryContext, defaultSort: TicketSort = .recentlyUpdated) throws(QueryError) -> TicketFilter {
        compile(try QueryParser.parse(text), context: context, defaultSort: defaultSort)
    }

    public static func compile(_ query: TicketQuery, context: QueryContext, defaultSort: TicketSort = .recentlyUpdated) -> TicketFilter {
        var clauses: [String] = []
        var arguments: [DatabaseValue] = []
        var matchAll: [String] = []
        var matchNone: [String] = []

        for term in query.terms {
            switch term {
            case .text(let text, let isPhrase, let negated):
                guard let quoted = FullTextQuery.quote(text, isPhrase: isPhrase) else { continue }
                if negated { matchNone.append(quoted) } else { matchAll.append(quoted) }
            case .field(let field):
                let (sql, values) = clause(for: field, context: context)
                clauses.append(field.negated ? "(\(sql)) IS NOT 1" : sql)
                arguments += values
            }
        }
        // The words to match: fetched from the index (a rare word: few rows to look up and sort),
        // or, the same condition behind a unary `+` that keeps SQLite from driving the query with
        // it, tested against each ticket of the queue's index (a common word: the page fills early).
        let narrowsByFields = !clauses.isEmpty
        let textMatch = matchAll.isEmpty ? nil : FullTextQuery.all(matchAll)
        let matching = "t.id IN (SELECT rowid FROM ticket_fts WHERE ticket_fts MATCH ?)"
        var tested = clauses
        if let textMatch {
            clauses.append(matching)
            tested.append("+" + matching)
            arguments.append(textMatch.databaseValue)
        }
        if !matchNone.isEmpty {
            let excluded = "t.id NOT IN (SELECT rowid FROM ticket_fts WHERE ticket_fts MATCH ?)"
            clauses.append(excluded)
            tested.append(excluded)
            arguments.append(FullTextQuery.any(matchNone).databaseValue)
        }
        return TicketFilter(
            whereSQL: clauses.isEmpty ? "1" : clauses.joined(separator: " AND "),
            arguments: arguments,
            sort: query.sort ?? defaultSort,
            searchesText: !matchAll.isEmpty || !matchNone.isEmpty,
            textMatch: textMatch,
            whereSQLTestingMatches: textMatch == nil ? nil : tested.joined(separator: " AND "),
            narrowsByFields: narrowsByFields)
    }

    // MARK: - Field terms

    static func clause(for term: TicketQuery.FieldTerm, context: QueryContext) -> (String, [DatabaseValue]) {
        let values = term.values
        switch term.field {
        case .status:
            // Naming only open statuses also states is_open = 1, which lets the open-queue indexes serve it.
            let onlyOpen = values.allSatisfy { TicketStatus(rawValue: $0)?.isOpen == true }
            return ((onlyOpen ? "t.is_open = 1 AND " : "") + "t.status IN (\(placeholders(values.count)))", values.map(\.databaseValue))
        case .channel:
            return ("t.channel IN (\(placeholders(values.count)))", values.map(\.databaseValue))
        case .category:
            return ("t.category IN (\(placeholders(values.count)))", values.map(\.databaseValue))
        case .priority, .tier, .id:
            let column = term.field == .priority ? "t.priority" : term.field == .tier ? "t.tier" : "t.id"
            let numbers = values.compactMap { Int64($0) }.map(\.databaseValue)
            if term.comparison == .equal {
                return ("\(column) IN (\(placeholders(numbers.count)))", numbers)
            }
            return ("\(column) \(term.comparison.rawValue) ?", numbers)
        case .tag:
            return ("t.id IN (SELECT ticket_id FROM ticket_tags WHERE tag IN (\(placeholders(values.count))))", values.map(\.databaseValue))
        case .assignee:
            var parts: [String] = []
            var arguments: [DatabaseValue] = []
            for value in values {
                switch value {
                case "me":
                    parts.append("t.assignee_id = ?")
                    arguments.append((context.agentId ?? -1).databaseValue)
                case "none":
                    parts.append("t.assignee_id IS NULL")
                default:
                    parts.append("t.assignee_id = (SELECT id FROM agents WHERE login = ?)")
                    arguments.append(value.databaseValue)
                }
            }
            return ("(" + parts.joined(separator: " OR ") + ")", arguments)
        case .requester:
            let parts = values.map { value in
                value.contains("@")
                    ? "t.requester_id IN (SELECT id FROM requesters WHERE email = ?)"
                    : "t.requester_id IN (SELECT id FROM requesters WHERE name LIKE ? ESCAPE '\\')"
            }
            let arguments = values.map { $0.contains("@") ? $0.databaseValue : (likePrefix($0)).databaseValue }
            return ("(" + parts.joined(separator: " OR ") + ")", arguments)
        case .org:
            let sql = "t.requester_id IN (SELECT r2.id FROM requesters r2 JOIN organizations o2 ON o2.id = r2.organization_id WHERE "
                + values.map { _ in "o2.name LIKE ? ESCAPE '\\'" }.joined(separator: " OR ") + ")"
            return (sql, values.map { likePrefix($0).databaseValue })
        case .sla:
            var parts: [String] = []
            var arguments: [DatabaseValue] = []
            for value in values {
                let (sql, numbers) = SLAState.sql(value, now: context.now)
                parts.append(sql)
                arguments += numbers.map(\.databaseValue)
            }
            return ("(" + parts.joined(separator: " OR ") + ")", arguments)
        case .is:
            let parts = values.map { value -> (String, [DatabaseValue]) in
                switch value {
                case "open": ("t.is_open = 1", [])
                case "closed": ("t.is_open = 0", [])
                case "unassigned": ("t.assignee_id IS NULL", [])
                case "assigned": ("t.assignee_id IS NOT NULL", [])
                default: ("t.assignee_id = ?", [(context.agentId ?? -1).databaseValue])
                }
            }
            return ("(" + parts.map(\.0).joined(separator: " OR ") + ")", parts.flatMap(\.1))
        case .created, .updated:
            return timeClause(column: term.field == .created ? "t.created_at" : "t.updated_at",
                              value: values[0], comparison: term.comparison, context: context)
        }
    }

    /// `updated:<7d` means "less than seven days ago", i.e. after now − 7 days; a date compares as a whole day.
    static func timeClause(column: String, value: String, comparison: TicketQuery.Comparison, context: QueryContext) -> (String, [DatabaseValue]) {
        if let age = QueryTime.relativeSeconds(value) {
            let instant = context.now - age
            let sql: String = switch comparison {
            case .less: "\(column) > ?"
            case .lessOrEqual: "\(column) >= ?"
            case .greater: "\(column) < ?"
            default: "\(column) <= ?"
            }
            return (sql, [instant.databaseValue])
        }
        let (start, end) = QueryTime.dayStart(value, timeZone: context.timeZone) ?? (0, 0)
        switch comparison {
        case .equal: return ("\(column) >= ? AND \(column) < ?", [start.databaseValue, end.databaseValue])
        case .less: return ("\(column) < ?", [start.databaseValue])
        case .lessOrEqual: return ("\(column) < ?", [end.databaseValue])
        case .greater: return ("\(column) >= ?", [end.databaseValue])
        case .greaterOrEqual: return ("\(column) >= ?", [start.databaseValue])
        }
    }

    static func placeholders(_ count: Int) -> String {
        Array(repeating: "?", count: count).joined(separator: ",")
    }

    static func likePrefix(_ text: String) -> String {
        text.replacingOccurrences(of: "\\", with: "\\\\")
            .replacingOccurrences(of: "%", with: "\\%")
            .replacingOccurrences(of: "_", with: "\\_") + "%"
    }
}
