import Foundation
import GRDB

extension HelpdeskStore {
    /// Adds a team member. Logins are OS account names: lower-case letters, digits, `.`, `_` and `-`.
    @discardableResult
    public func addAgent(login: String, name: String, role: AgentRole, tier: Int, actor: String) throws -> Agent {
        let (login, name) = try Self.validateAgent(login: login, name: name, tier: tier)
        let now = self.now
        return try write { db in
            if try Agent.filter(Column("login") == login).fetchOne(db) != nil {
                throw HelpdeskError.invalidInput("an agent with login '\(login)' already exists")
            }
            var agent = Agent(login: login, name: name, role: role, tier: tier, createdAt: now)
            try agent.insert(db)
            try TicketEvent(ticketId: nil, actor: actor, at: now, action: "agent.add",
                            newValue: "\(login) (\(role.rawValue), tier \(tier))").insert(db)
            return agent
        }
    }

    /// The trimmed login and name, or why they cannot be used (checked before the database is touched).
    public static func validateAgent(login: String, name: String, tier: Int) throws -> (login: String, name: String) {
        let login = login.trimmingCharacters(in: .whitespaces)
        let name = name.trimmingCharacters(in: .whitespaces)
        guard isValidLogin(login) else {
            throw HelpdeskError.invalidInput("invalid login '\(login)': use letters, digits, '.', '_' or '-' (at most 32)")
        }
        guard !name.isEmpty else { throw HelpdeskError.invalidInput("an agent needs a name (--name)") }
        guard (1...3).contains(tier) else { throw HelpdeskError.invalidInput("unknown tier \(tier) (expected 1, 2 or 3)") }
        return (login, name)
    }

    public func agents(includeInactive: Bool = true) throws -> [Agent] {
        try read { db in
            var request = Agent.order(Column("tier"), Column("login"))
            if !includeInactive { request = request.filter(Column("active") == true) }
            return try request.fetchAll(db)
        }
    }

    public func agent(login: String) throws -> Agent? {
        try read { db in try Agent.filter(Column("login") == login).fetchOne(db) }
    }

    static func isValidLogin(_ login: String) -> Bool {
        !login.isEmpty && login.count <= 32 && login.unicodeScalars.allSatisfy {
            ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0) || "._-".unicodeScalars.contains($0)
        } && !login.hasPrefix("-")
    }
}

extension HelpdeskStore {
    /// The active agents of a tier with how many open tickets each holds, for the assign picker.
    public func workload(tier: Int) throws -> [(agent: Agent, openTickets: Int)] {
        try read { db in
            try Row.fetchAll(db, sql: """
                SELECT a.*, (SELECT count(*) FROM tickets t WHERE t.is_open = 1 AND t.assignee_id = a.id) AS open_tickets
                FROM agents a WHERE a.active = 1 AND a.tier = ? ORDER BY open_tickets, a.login
                """, arguments: [tier]).map { (try Agent(row: $0), $0["open_tickets"] as Int) }
        }
    }
}
