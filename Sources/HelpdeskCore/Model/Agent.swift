import GRDB

/// A member of the support team; `login` is the OS account name they run the program as.
public struct Agent: Codable, Sendable, Equatable, FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "agents"

    public var id: Int64?
    public var login: String
    public var name: String
    public var role: AgentRole
    public var tier: Int
    public var active: Bool
    public var createdAt: Int64

    public init(id: Int64? = nil, login: String, name: String, role: AgentRole, tier: Int, active: Bool = true, createdAt: Int64) {
        self.id = id
        self.login = login
        self.name = name
        self.role = role
        self.tier = tier
        self.active = active
        self.createdAt = createdAt
    }

    enum CodingKeys: String, CodingKey {
        case id, login, name, role, tier, active
        case createdAt = "created_at"
    }

    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}
