import GRDB

/// One version of an article as it was saved: the history `kb history` lists. Earlier versions
/// are rows of `kb_article_versions`; the current one is built from the article itself.
public struct ArticleVersion: Codable, Sendable, Equatable, FetchableRecord, PersistableRecord {
    public static let databaseTableName = "kb_article_versions"

    public var articleId: Int64
    public var version: Int64
    public var title: String
    public var body: String
    /// Lower-case tags separated by single spaces, as in `Article`.
    public var tags: String
    /// Login of whoever wrote this version (nil for articles older than version history).
    public var editor: String?
    public var savedAt: Int64

    public init(articleId: Int64, version: Int64, title: String, body: String, tags: String, editor: String?, savedAt: Int64) {
        self.articleId = articleId
        self.version = version
        self.title = title
        self.body = body
        self.tags = tags
        self.editor = editor
        self.savedAt = savedAt
    }

    /// The version an article is now.
    public init(current article: Article) {
        self.init(articleId: article.id ?? 0, version: article.version, title: article.title, body: article.body,
                  tags: article.tags, editor: article.updatedBy, savedAt: article.updatedAt)
    }

    public var tagList: [String] { tags.split(separator: " ").map(String.init) }

    enum CodingKeys: String, CodingKey {
        case version, title, body, tags, editor
        case articleId = "article_id"
        case savedAt = "saved_at"
    }
}
