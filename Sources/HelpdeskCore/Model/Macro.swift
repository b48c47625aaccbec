import GRDB

/// A canned response: text with placeholders (`{requester}`, `{ticket}`, `{agent}`, `{subject}`)
/// and, optionally, fields it sets when it is sent ("Password reset done": reply, solved, account).
public struct Macro: Codable, Sendable, Equatable, FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "macros"

    public var id: Int64?
    public var name: String
    public var body: String
    public var setStatus: TicketStatus?
    public var setPriority: Priority?
    public var setCategory: String?
    /// Space-separated tags to add.
    public var addTags: String
    public var createdBy: String
    public var createdAt: Int64

    public init(id: Int64? = nil, name: String, body: String, setStatus: TicketStatus? = nil, setPriority: Priority? = nil,
                setCategory: String? = nil, addTags: [String] = [], createdBy: String, createdAt: Int64) {
        self.id = id
        self.name = name
        self.body = body
        self.setStatus = setStatus
        self.setPriority = setPriority
        self.setCategory = setCategory
        self.addTags = addTags.joined(separator: " ")
        self.createdBy = createdBy
        self.createdAt = createdAt
    }

    public var tags: [String] { addTags.split(separator: " ").map(String.init) }

    /// The text with its placeholders filled for one ticket.
    public func filled(requester: String, ticket: Int64, agent: String, subject: String) -> String {
        body.replacingOccurrences(of: "{requester}", with: requester)
            .replacingOccurrences(of: "{ticket}", with: "#\(ticket)")
            .replacingOccurrences(of: "{agent}", with: agent)
            .replacingOccurrences(of: "{subject}", with: subject)
    }

    /// The text for a ticket: the requester and agent by first name, as a person writes.
    public func text(for detail: TicketDetail, agentName: String) -> String {
        func firstName(_ name: String) -> String { name.split(separator: " ").first.map(String.init) ?? name }
        return filled(requester: firstName(detail.requester.name), ticket: detail.ticket.id ?? 0, agent: firstName(agentName),
                      subject: detail.ticket.subject)
    }

    /// The actions sending this macro performs besides the reply, in order.
    public var fieldActions: [TicketAction] {
        var actions: [TicketAction] = []
        if let setCategory { actions.append(.setCategory(setCategory)) }
        if let setPriority { actions.append(.setPriority(setPriority)) }
        if !tags.isEmpty { actions.append(.addTags(tags)) }
        if let setStatus { actions.append(.setStatus(setStatus)) }
        return actions
    }

    /// Everything sending this macro to a ticket does, as one change: the reply (its text filled
    /// for the ticket, or `replacingText` when the agent wrote their own), then its fields.
    public func actions(for detail: TicketDetail, agentName: String, replacingText: String? = nil) -> [TicketAction] {
        [.reply(replacingText ?? text(for: detail, agentName: agentName))] + fieldActions
    }

    /// One line for lists and pickers: "Password reset done → solved, account".
    public var summary: String {
        let effects = [setStatus?.rawValue, setPriority?.name, setCategory, tags.isEmpty ? nil : tags.map { "#\($0)" }.joined(separator: " ")]
            .compactMap { $0 }
        return effects.isEmpty ? name : "\(name) → \(effects.joined(separator: ", "))"
    }

    enum CodingKeys: String, CodingKey {
        case id, name, body
        case setStatus = "set_status"
        case setPriority = "set_priority"
        case setCategory = "set_category"
        case addTags = "add_tags"
        case createdBy = "created_by"
        case createdAt = "created_at"
    }

    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}
