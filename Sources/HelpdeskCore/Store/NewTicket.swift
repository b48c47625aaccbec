import Foundation

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

    /// The ticket with its text trimmed and normalised, or the reason it cannot be filed.
    /// Callers check this before they touch the database, so bad input changes nothing.
    public func validated() throws -> NewTicket {
        var ticket = self
        ticket.subject = subject.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !ticket.subject.isEmpty else { throw HelpdeskError.invalidInput("a ticket needs a subject (--subject must not be empty)") }
        ticket.subject = try InputLimits.checked(ticket.subject, "the subject", limit: InputLimits.subject)
        ticket.requesterEmail = requesterEmail.trimmingCharacters(in: .whitespaces).lowercased()
        guard HelpdeskStore.isPlausibleEmail(ticket.requesterEmail) else {
            throw HelpdeskError.invalidInput("'\(requesterEmail)' is not an e-mail address")
        }
        guard (1...3).contains(tier) else { throw HelpdeskError.invalidInput("unknown tier \(tier) (expected 1, 2 or 3)") }
        let category = category?.trimmingCharacters(in: .whitespaces).lowercased()
        ticket.category = try category.flatMap { $0.isEmpty ? nil : try InputLimits.checkedWord($0, "a category (--category)") }
        ticket.tags = try HelpdeskStore.normalizedTags(tags).map { try InputLimits.checkedWord($0, "a tag (--tag)") }
        ticket.requesterName = try requesterName.map { try InputLimits.checked($0, "the requester's name", limit: InputLimits.subject) }
        ticket.body = try InputLimits.checked(body.trimmingCharacters(in: .whitespacesAndNewlines), "the body", limit: InputLimits.message)
        return ticket
    }
}
