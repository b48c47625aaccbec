/// The shapes of the CLI's `--json` output, as a script would read them. Every field the
/// program promises is non-optional here, so a missing one fails the decoding.
enum HelpdeskJSON {
    struct TicketRow: Decodable, Equatable, Sendable {
        var id: Int64
        var subject, status, priority, channel: String
        var tier: Int
        var category: String?
        var requester, requesterEmail: String
        var organization: String?
        var assignee: String?
        var createdAt, updatedAt, nextDue: String
        var sla: String
        var version: Int64
    }

    struct TicketDetail: Decodable, Sendable {
        var id: Int64
        var subject, status, priority, channel: String
        var tier: Int
        var category: String?
        var tags: [String]
        var requester, requesterEmail: String
        var organization: String?
        var assignee: String?
        var createdAt, updatedAt, firstResponseDue, resolutionDue: String
        var sla: String
        var version: Int64
        var messages: [Message]
        var events: [Event]
    }

    struct Message: Decodable, Sendable {
        var id: Int64
        var author: String
        var fromAgent, internalNote: Bool
        var createdAt, body: String
    }

    struct Event: Decodable, Sendable {
        var at, actor, action: String
        var oldValue, newValue, reason: String?
    }

    struct Article: Decodable, Sendable {
        var id: Int64
        var title: String
        var tags: [String]
        var body: String
        var createdAt, updatedAt: String
        var timesLinked, timesSent: Int64?
    }

    struct ArticleHit: Decodable, Sendable {
        var id: Int64
        var title: String
        var tags: [String]
        var snippet: String
        var score: Double
        var matchedWords, queryWords: Int
    }

    struct Agent: Decodable, Equatable, Sendable {
        var login, name, role: String
        var tier: Int
        var active: Bool
    }

    struct View: Decodable, Sendable {
        var name, query: String
        var shared: Bool
    }
}
