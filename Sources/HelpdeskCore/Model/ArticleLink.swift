import GRDB

/// An article linked to a ticket because it answers it (`kb link`, or sent in a reply).
public struct ArticleLink: Sendable, Equatable, Codable {
    public var ticketId: Int64
    public var articleId: Int64
    public var title: String
    public var linkedBy: String
    public var linkedAt: Int64
    /// How often the article was sent in a reply on this ticket.
    public var timesSent: Int64

    public init(ticketId: Int64, articleId: Int64, title: String, linkedBy: String, linkedAt: Int64, timesSent: Int64) {
        self.ticketId = ticketId
        self.articleId = articleId
        self.title = title
        self.linkedBy = linkedBy
        self.linkedAt = linkedAt
        self.timesSent = timesSent
    }
}
