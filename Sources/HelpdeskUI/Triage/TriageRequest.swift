import HelpdeskCore

/// Actions for the service, for one ticket (with the version the agent saw) or for the marked ones.
public struct TriageRequest: Equatable, Sendable {
    public enum Target: Equatable, Sendable {
        case ticket(Int64, version: Int64)
        case marked([Int64])
    }

    public var actions: [TicketAction]
    public var target: Target
    /// The draft this request sends; removed once it is applied.
    public var draft: DraftKey?
    /// The article the reply quotes, counted as sent once it is applied.
    public var articleId: Int64?

    public init(actions: [TicketAction], target: Target, draft: DraftKey? = nil, articleId: Int64? = nil) {
        self.actions = actions
        self.target = target
        self.draft = draft
        self.articleId = articleId
    }
}
