/// Everything the detail pane and `ticket show` need about one ticket.
public struct TicketDetail: Sendable, Equatable {
    public var ticket: Ticket
    public var requester: Requester
    public var organization: String?
    public var assignee: Agent?
    public var tags: [String]
    public var messages: [ThreadEntry]
    public var events: [TicketEvent]

    /// A message with the name of whoever wrote it.
    public struct ThreadEntry: Sendable, Equatable {
        public var message: Message
        public var authorName: String
        public var authorIsAgent: Bool
        /// For a reply that goes out by mail: queued, sent or failed (nil otherwise).
        public var delivery: Outbox.Delivery? = nil
    }
}
