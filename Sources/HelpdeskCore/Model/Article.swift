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
    /// 1 for a new article, one more per edit (earlier versions are `ArticleVersion`s).
    public var version: Int64
    /// Login of whoever wrote the current version (nil for articles older than version history).
    public var updatedBy: String?
    /// How many tickets were linked to this article, and how often it was sent in a reply:
    /// the deflection figures agents use to decide which articles matter.
    public var timesLinked: Int64
    public var timesSent: Int64

    public init(id: Int64? = nil, title: String, body: String, tags: [String], ownerId: Int64?, createdAt: Int64, updatedAt: Int64,
                version: Int64 = 1, updatedBy: String? = nil, timesLinked: Int64 = 0, timesSent: Int64 = 0) {
        self.id = id
        self.title = title
        self.body = body
        self.tags = tags.joined(separator: " ")
        self.ownerId = ownerId
        self.createdAt = createdAt
        self.updatedAt = updatedAt
        self.version = version
        self.updatedBy = updatedBy
        self.timesLinked = timesLinked
        self.timesSent = timesSent
    }

    public var tagList: [String] { tags.split(separator: " ").map(String.init) }

    /// True when nobody has touched the article for longer than `staleAfter` seconds: it may
    /// describe a system that has changed since, and should be reviewed.
    public func isStale(now: Int64, staleAfter: Int64) -> Bool {
        now - updatedAt > staleAfter
    }

    enum CodingKeys: String, CodingKey {
        case id, title, body, tags, version
        case ownerId = "owner_id"
        case createdAt = "created_at"
        case updatedAt = "updated_at"
        case updatedBy = "updated_by"
        case timesLinked = "times_linked"
        case timesSent = "times_sent"
    }

    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}
