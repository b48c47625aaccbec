/// What `helpdesk ticket create` (and later the TUI and mail import) ask for.
public struct NewTicket: Sendable {
    public var subject: String
    public var requesterEmail: String
    public var requesterName: String?
    public var body: String
    public var priority: Priority
    public var category: String?
    public var channel: Channel
    public var tier: Int
    public var tags: [String]

    public init(subject: String, requesterEmail: String, requesterName: String? = nil, body: String = "",
                priority: Priority = .normal, category: String? = nil, channel: Channel = .email, tier: Int = 1, tags: [String] = []) {
        self.subject = subject
        self.requesterEmail = requesterEmail
        self.requesterName = requesterName
        self.body = body
        self.priority = priority
        self.category = category
        self.channel = channel
        self.tier = tier
        self.tags = tags
    }
}
