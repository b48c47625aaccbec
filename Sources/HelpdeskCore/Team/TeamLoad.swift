import GRDB

/// The supervisor's picture of the team: per agent and per tier, how many open tickets, how many
/// at risk of breaching their SLA and how many breached. One pass over the open tickets (a
/// partial index), so it stays quick at a million tickets.
public struct TeamLoad: Sendable, Equatable {
    public struct Counts: Sendable, Equatable {
        public var open = 0
        public var atRisk = 0
        public var breached = 0

        public init(open: Int = 0, atRisk: Int = 0, breached: Int = 0) {
            self.open = open
            self.atRisk = atRisk
            self.breached = breached
        }
    }

    public struct AgentLoad: Sendable, Equatable {
        public var agent: Agent
        public var counts: Counts
    }

    /// Active agents, by tier then login, with their counts (zero when they hold nothing).
    public var agents: [AgentLoad]
    /// Per tier (1...3), and the unassigned tickets of each tier.
    public var tiers: [Int: Counts]
    public var unassigned: [Int: Counts]
}

extension HelpdeskStore {
    public func teamLoad() throws -> TeamLoad {
        let now = self.now
        return try read { db in
            let rows = try Row.fetchAll(db, sql: """
                SELECT assignee_id, tier, count(*) AS open,
                       sum(status <> 'pending' AND next_due >= ? AND next_due < ?) AS at_risk,
                       sum(status <> 'pending' AND next_due < ?) AS breached
                FROM tickets WHERE is_open = 1 GROUP BY assignee_id, tier
                """, arguments: [now, now + SLAState.atRiskWindow, now])
            var byAgent: [Int64: TeamLoad.Counts] = [:]
            var tiers: [Int: TeamLoad.Counts] = [:]
            var unassigned: [Int: TeamLoad.Counts] = [:]
            for row in rows {
                let counts = TeamLoad.Counts(open: row["open"], atRisk: row["at_risk"], breached: row["breached"])
                let tier: Int = row["tier"]
                tiers[tier, default: .init()].add(counts)
                if let agent: Int64 = row["assignee_id"] { byAgent[agent, default: .init()].add(counts) } else { unassigned[tier, default: .init()].add(counts) }
            }
            let agents = try Agent.filter(Column("active") == true).order(Column("tier"), Column("login")).fetchAll(db)
            return TeamLoad(agents: agents.map { .init(agent: $0, counts: byAgent[$0.id ?? 0] ?? .init()) }, tiers: tiers, unassigned: unassigned)
        }
    }
}

extension TeamLoad.Counts {
    mutating func add(_ other: TeamLoad.Counts) {
        open += other.open
        atRisk += other.atRisk
        breached += other.breached
    }
}
