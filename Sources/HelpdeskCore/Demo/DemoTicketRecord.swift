/// One generated demo ticket with everything that belongs to it, ready to be written.
struct DemoTicketRecord: Sendable {
    struct Message: Sendable {
        var agentId: Int64?
        var requesterId: Int64?
        var isInternal: Bool
        var body: String
        var at: Int64
    }

    struct Event: Sendable {
        var actor: String
        var at: Int64
        var action: String
        var oldValue: String?
        var newValue: String?
        var reason: String?
    }

    var id: Int64
    var subject: String
    var status: TicketStatus
    var priority: Priority
    var tier: Int
    var category: String
    var channel: Channel
    var requesterId: Int64
    var assigneeId: Int64?
    var createdAt: Int64
    var updatedAt: Int64
    var firstResponseDue: Int64
    var resolutionDue: Int64
    var nextDue: Int64
    var firstRespondedAt: Int64?
    var solvedAt: Int64?
    var version: Int64
    var tags: [String]
    /// Subject and message bodies go to the full-text index as one document.
    var searchText: String
    var messages: [Message]
    var events: [Event]
}
