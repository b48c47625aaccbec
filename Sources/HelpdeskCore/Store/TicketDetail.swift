/// Everything the detail pane and `ticket show` need about one ticket.
public struct TicketDetail: Sendable, Equatable {
    public var ticket: Ticket
    public var requester: Requester
    public var organization: String?
    public var assignee: Agent?
    public var tags: [String]
    public var messages: [ThreadEntry]
    public var events: [TicketEvent]

    public init(ticket: Ticket, requester: Requester, organization: String?, assignee: Agent?, tags: [String],
                messages: [ThreadEntry], events: [TicketEvent]) {
        self.ticket = ticket
        self.requester = requester
        self.organization = organization
        self.assignee = assignee
        self.tags = tags
        self.messages = messages
        self.events = events
    }

    /// Every file of the ticket, in the order of the conversation (what `o` offers).
    public var attachments: [StoredAttachment] { messages.flatMap(\.attachments) }

    /// A message with the name of whoever wrote it.
    public struct ThreadEntry: Sendable, Equatable {
        public var message: Message
        public var authorName: String
        public var authorIsAgent: Bool
        /// For a reply that goes out by mail: queued, sent or failed (nil otherwise).
        public var delivery: Outbox.Delivery? = nil
        /// The files that came with it (a mail's attachments), in the order they came.
        public var attachments: [StoredAttachment] = []

        public init(message: Message, authorName: String, authorIsAgent: Bool, delivery: Outbox.Delivery? = nil,
                    attachments: [StoredAttachment] = []) {
            self.message = message
            self.authorName = authorName
            self.authorIsAgent = authorIsAgent
            self.delivery = delivery
            self.attachments = attachments
        }
    }
}
