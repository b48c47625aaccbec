/// What an agent may do: agents work tickets, supervisors also steer the team, admins also manage the system.
public enum AgentRole: String, CaseIterable, Codable, Sendable {
    case agent, supervisor, admin

    public init?(parsing text: String) {
        guard let value = AgentRole(rawValue: text.lowercased()) else { return nil }
        self = value
    }
}
