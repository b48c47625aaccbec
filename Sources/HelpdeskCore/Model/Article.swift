import GRDB

/// A knowledge-base article, written in Markdown.
public struct Article: Codable, Sendable, Equatable, FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "kb_articles"

    public var id: Int64?
    public var title: String
    public var body: String
    /// Lower-case tags separated by single spaces.
    public var tags: String
    public var ownerId: Int64?
    public var createdAt: Int64
    public var updatedAt: Int64

    public init(id: Int64? = nil, title: String, body: String, tags: [String], ownerId: Int64?, createdAt: Int64, updatedAt: Int64) {
        self.id = id
        self.title = title
        self.body = body
        self.tags = tags.joined(separator: " ")
        self.ownerId = ownerId
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }

    public var tagList: [String] { tags.split(separator: " ").map(String.init) }

    enum CodingKeys: String, CodingKey {
        case id, title, body, tags
        case ownerId = "owner_id"
        case createdAt = "created_at"
        case updatedAt = "updated_at"
    }

    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}
