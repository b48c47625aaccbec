import Foundation
import GRDB

extension HelpdeskStore {
    /// Adds a team member. Logins are OS account names: lower-case letters, digits, `.`, `_` and `-`.
    @discardableResult
    public func addAgent(login: String, name: String, role: AgentRole, tier: Int, actor: String) throws -> Agent {
        let (login, name) = try Self.validateAgent(login: login, name: name, tier: tier)
        let now = self.now
        return try write { db in
            // Only admins manage the team — except for the very first agent, who creates the desk.
            if try Agent.fetchCount(db) > 0 { try Self.requireAdmin(db, actor, to: "add agents") }
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

    /// Changes an agent's name, role, tier or whether they are active (admins only). At least one
    /// active admin always remains, so the desk can never lock itself out.
    @discardableResult
    public func updateAgent(login: String, name: String? = nil, role: AgentRole? = nil, tier: Int? = nil, active: Bool? = nil,
                            actor: String) throws -> Agent {
        if let name { _ = try Self.validateAgent(login: login, name: name, tier: tier ?? 1) }
        if let tier, !(1...3).contains(tier) { throw HelpdeskError.invalidInput("unknown tier \(tier) (expected 1, 2 or 3)") }
        let now = self.now
        return try write { db in
            try Self.requireAdmin(db, actor, to: "change agents")
            guard var agent = try Agent.filter(Column("login") == login).fetchOne(db) else {
                throw HelpdeskError.notFound("there is no agent '\(login)' (helpdesk agent list shows the team)")
            }
            let before = agent
            if let name { agent.name = name.trimmingCharacters(in: .whitespaces) }
            if let role { agent.role = role }
            if let tier { agent.tier = tier }
            if let active { agent.active = active }
            guard agent != before else { throw HelpdeskError.invalidInput("nothing to change: \(login) is already like that") }
            if before.role == .admin && before.active && !(agent.role == .admin && agent.active) {
                let admins = try Int.fetchOne(db, sql: "SELECT count(*) FROM agents WHERE role = 'admin' AND active = 1") ?? 0
                guard admins > 1 else { throw HelpdeskError.invalidInput("\(login) is the last active admin: make someone else admin first") }
            }
            try agent.update(db)
            func describe(_ agent: Agent) -> String {
                "\(agent.name) (\(agent.role.rawValue), tier \(agent.tier)\(agent.active ? "" : ", inactive"))"
            }
            let action = before.active != agent.active ? (agent.active ? "agent.activate" : "agent.deactivate") : "agent.edit"
            try TicketEvent(ticketId: nil, actor: actor, at: now, action: action, oldValue: "\(login): " + describe(before),
                            newValue: describe(agent)).insert(db)
            return agent
        }
    }

    static func requireAdmin(_ db: Database, _ actor: String, to what: String) throws {
        guard let agent = try Agent.filter(Column("login") == actor).fetchOne(db) else {
            throw HelpdeskError.permissionDenied("only an admin may \(what), and you (\(actor)) are not an agent: nothing was changed")
        }
        try Permissions.requireAdmin(agent, to: what)
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
