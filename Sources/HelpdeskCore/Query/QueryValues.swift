import Foundation

/// Checks and normalises the value of one field term, so errors point at the value's column.
enum QueryValues {
    static let slaStates = ["breached", "at-risk", "ok"]
    static let isStates = ["open", "closed", "unassigned", "assigned", "mine"]

    static func example(for field: QueryField) -> String {
        switch field {
        case .status: "status:open,pending"
        case .priority: "priority:>=high"
        case .tier: "tier:2"
        case .assignee: "assignee:me|none|LOGIN"
        case .requester: "requester:anna.huber@nordwind.example"
        case .org: "org:Logistik"
        case .category: "category:network"
        case .tag: "tag:vpn"
        case .channel: "channel:phone"
        case .sla: "sla:breached|at-risk"
        case .created: "created:>2026-11-01"
        case .updated: "updated:<7d"
        case .is: "is:unassigned"
        case .id: "id:1042"
        }
    }

    static func validate(_ value: String, for field: QueryField, comparison: TicketQuery.Comparison, column: Int) throws(QueryError) -> String {
        func fail(_ expected: String, known: [String] = []) -> QueryError {
            QueryError(column: column, message: "unknown \(field.rawValue) '\(value)' (expected \(expected))" + Suggestion.tail(for: value, among: known))
        }
        switch field {
        case .status:
            guard let status = TicketStatus(parsing: value) else { throw fail(TicketStatus.allCases.map(\.rawValue).joined(separator: ", "), known: TicketStatus.allCases.map(\.rawValue)) }
            return status.rawValue
        case .priority:
            if let priority = Priority(parsing: value) { return String(priority.rawValue) }
            throw fail(Priority.allCases.map(\.name).joined(separator: ", "), known: Priority.allCases.map(\.name))
        case .tier:
            guard let tier = Int(value), (1...3).contains(tier) else { throw fail("1, 2 or 3") }
            return String(tier)
        case .channel:
            guard let channel = Channel(parsing: value) else { throw fail(Channel.allCases.map(\.rawValue).joined(separator: ", "), known: Channel.allCases.map(\.rawValue)) }
            return channel.rawValue
        case .sla:
            guard slaStates.contains(value.lowercased()) else { throw fail(slaStates.joined(separator: ", "), known: slaStates) }
            return value.lowercased()
        case .is:
            guard isStates.contains(value.lowercased()) else { throw fail(isStates.joined(separator: ", "), known: isStates) }
            return value.lowercased()
        case .id:
            guard let id = Int64(value.hasPrefix("#") ? String(value.dropFirst()) : value), id > 0 else { throw fail("a ticket number") }
            return String(id)
        case .assignee:
            let lowered = value.lowercased()
            if lowered == "me" || lowered == "none" { return lowered }
            guard HelpdeskStore.isValidLogin(value) else { throw fail("me, none or an agent's login") }
            return value
        case .created, .updated:
            if QueryTime.relativeSeconds(value) != nil {
                guard comparison != .equal else {
                    throw QueryError(column: column, message: "\(field.rawValue): a relative time needs < or >, e.g. \(field.rawValue):<\(value)")
                }
                return value.lowercased()
            }
            guard QueryTime.dayStart(value, timeZone: .current) != nil else {
                throw QueryError(column: column, message: "\(field.rawValue): '\(value)' is neither a date (2026-11-01) nor an age (7d, 12h, 30m, 2w)")
            }
            return value
        case .requester, .org, .category, .tag:
            return field == .category || field == .tag ? value.lowercased() : value
        }
    }
}
