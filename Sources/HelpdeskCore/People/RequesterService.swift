import GRDB

/// The one way requesters change: editing their name, address and organization (any active
/// agent), and merging two records of one person (supervisors and admins). Each change is one
/// transaction with an event that names the requester by number only — never a name or an
/// address — so that erasing a person later leaves nothing of them in the append-only log.
///
/// ```swift
/// let service = try RequesterService.forUser(.current(), store: store)
/// try service.edit(.id(12), RequesterEdit(name: "Anna Huber", organization: .set("Sales EMEA")).validated())
/// try service.merge(.email("a.huber@old.example"), into: .id(12))
/// ```
public struct RequesterService: Sendable {
    public let store: HelpdeskStore
    public let actor: Agent

    public init(store: HelpdeskStore, actor: Agent) {
        self.store = store
        self.actor = actor
    }

    /// The service acting as the OS user running the program, who must be an active agent.
    public static func forUser(_ user: OSUser, store: HelpdeskStore) throws -> RequesterService {
        RequesterService(store: store, actor: try TicketService.forUser(user, store: store).actor)
    }

    /// What an edit changed: the requester as they are now, and the fields' names.
    public struct EditOutcome: Equatable, Sendable {
        public var requester: RequesterSummary
        public var changed: [String]
    }

    /// What a merge moved to the requester kept.
    public struct MergeOutcome: Equatable, Sendable {
        public var sourceId: Int64
        public var targetId: Int64
        public var tickets: Int
        public var messages: Int
    }

    // MARK: - Editing

    /// Changes a requester's name, address or organization. A new address another requester
    /// already has is refused (merge the two instead); an erased requester cannot be edited.
    @discardableResult
    public func edit(_ reference: RequesterReference, _ edit: RequesterEdit) throws -> EditOutcome {
        let edit = try edit.validated()
        try Self.requireActive(actor)
        let now = store.now
        return try store.write { db in
            var requester = try RequesterDirectory.requester(db, reference)
            let id = requester.id ?? 0
            guard try !RequesterDirectory.isErased(db, id: id) else {
                throw HelpdeskError.invalidInput("requester #\(id) was erased: there is nothing left to edit")
            }
            var changed: [String] = []
            if let name = edit.name, name != requester.name {
                requester.name = name
                changed.append("name")
            }
            if let email = edit.email, email != requester.email.lowercased() {
                if let other = try Int64.fetchOne(db, sql: "SELECT id FROM requesters WHERE email = ? AND id <> ?", arguments: [email, id]) {
                    throw HelpdeskError.invalidInput(
                        "requester #\(other) already has that e-mail address: merge the two instead (helpdesk requester merge \(id) --into \(other))")
                }
                requester.email = email
                changed.append("e-mail")
            }
            let organizationId: Int64? = switch edit.organization {
            case .keep: requester.organizationId
            case .clear: nil
            case .set(let name): try Self.organizationId(db, named: name)
            }
            if organizationId != requester.organizationId {
                requester.organizationId = organizationId
                changed.append("organization")
            }
            guard !changed.isEmpty else { throw HelpdeskError.invalidInput("nothing to change: requester #\(id) is already like that") }
            try requester.update(db)
            try TicketEvent(ticketId: nil, actor: actor.login, at: now, action: "requester.edit",
                            newValue: "requester #\(id): \(changed.joined(separator: ", ")) changed").insert(db)
            return EditOutcome(requester: try RequesterDirectory.summary(db, id: id), changed: changed)
        }
    }

    // MARK: - Merging

    /// Merges two records of one person: the source's tickets and the messages they wrote
    /// become the target's, and the source is deleted — all in one transaction (supervisors
    /// and admins). The target keeps its name, address and organization. The tickets keep their
    /// version and update time: nothing about the ticket itself changed.
    @discardableResult
    public func merge(_ source: RequesterReference, into target: RequesterReference) throws -> MergeOutcome {
        try Permissions.requireSupervisor(actor, to: "merge requesters")
        if source == target { throw HelpdeskError.invalidInput("a requester cannot be merged into itself") }
        let now = store.now
        return try store.write { db in
            let sourceId = try RequesterDirectory.requester(db, source).id ?? 0
            let targetId = try RequesterDirectory.requester(db, target).id ?? 0
            guard sourceId != targetId else { throw HelpdeskError.invalidInput("a requester cannot be merged into itself (#\(sourceId))") }
            for id in [sourceId, targetId] where try RequesterDirectory.isErased(db, id: id) {
                throw HelpdeskError.invalidInput("requester #\(id) was erased: erased requesters cannot be merged")
            }
            try db.execute(sql: "UPDATE tickets SET requester_id = ? WHERE requester_id = ?", arguments: [targetId, sourceId])
            let tickets = db.changesCount
            // Copies made by ticket merges may carry the source's name on other people's tickets too.
            try db.execute(sql: "UPDATE messages SET author_requester_id = ? WHERE author_requester_id = ?", arguments: [targetId, sourceId])
            let messages = db.changesCount
            try db.execute(sql: "DELETE FROM requesters WHERE id = ?", arguments: [sourceId])
            try TicketEvent(ticketId: nil, actor: actor.login, at: now, action: "requester.merge",
                            oldValue: "#\(sourceId)", newValue: "#\(targetId)").insert(db)
            return MergeOutcome(sourceId: sourceId, targetId: targetId, tickets: tickets, messages: messages)
        }
    }

    // MARK: - Helpers

    static func requireActive(_ actor: Agent) throws {
        guard actor.active else {
            throw HelpdeskError.permissionDenied("your agent account '\(actor.login)' is deactivated: nothing was changed")
        }
    }

    static func organizationId(_ db: Database, named name: String) throws -> Int64 {
        guard let id = try Int64.fetchOne(db, sql: "SELECT id FROM organizations WHERE name = ? COLLATE NOCASE", arguments: [name]) else {
            throw HelpdeskError.notFound("there is no organization '\(name)' (helpdesk org list shows them; helpdesk org add creates one)")
        }
        return id
    }
}
