import GRDB

/// A person who asks for help.
public struct Requester: Codable, Sendable, Equatable, FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "requesters"

    public var id: Int64?
    public var name: String
    public var email: String
    public var organizationId: Int64?

    public init(id: Int64? = nil, name: String, email: String, organizationId: Int64? = nil) {
        self.id = id
        self.name = name
        self.email = email
        self.organizationId = organizationId
    }

    enum CodingKeys: String, CodingKey {
        case id, name, email
        case organizationId = "organization_id"
    }

    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}
