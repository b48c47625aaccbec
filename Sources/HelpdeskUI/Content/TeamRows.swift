import HelpdeskCore

/// The rows of `:team`: each tier's unassigned tickets, then each agent of that tier with their
/// load. Pure: the team controller moves over them, the team view draws them.
public enum TeamRows {
    public struct Row: Equatable, Sendable {
        public var tier: Int
        public var label: String
        public var counts: TeamLoad.Counts
        /// The query that lists the row's tickets.
        public var query: String
    }

    public static func rows(_ load: TeamLoad) -> [Row] {
        var rows: [Row] = []
        for tier in 1...3 {
            rows.append(Row(tier: tier, label: "(unassigned)", counts: load.unassigned[tier] ?? .init(), query: "is:open is:unassigned tier:\(tier)"))
            for entry in load.agents where entry.agent.tier == tier {
                let role = entry.agent.role == .agent ? "" : " (\(entry.agent.role.rawValue))"
                rows.append(Row(tier: tier, label: "\(entry.agent.login) — \(entry.agent.name)\(role)", counts: entry.counts,
                                query: "is:open assignee:\(entry.agent.login)"))
            }
        }
        return rows
    }
}
