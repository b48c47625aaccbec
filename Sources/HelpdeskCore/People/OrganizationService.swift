import GRDB

/// Organizations and their mail domains: listing them (any agent), adding and editing them
/// (supervisors and admins). A domain maps the requesters a new ticket creates to the
/// organization (``OrganizationDomains``); `apply` also gives it to the requesters of its
/// domains who have no organization yet. Organizations are no personal data, so their names
/// and domains are written into the events.
///
/// ```swift
/// let service = try OrganizationService.forUser(.current(), store: store)
/// try service.add(name: "Sales EMEA", domains: ["sales.nordwind.example"], apply: true)
/// try service.edit("Sales EMEA", OrganizationService.Edit(addDomains: ["emea.nordwind.example"]))
/// ```
public struct OrganizationService: Sendable {
    public let store: HelpdeskStore
    public let actor: Agent

    /// The longest name an organization may have, in characters.
    public static let nameLimit = 200

    public init(store: HelpdeskStore, actor: Agent) {
        self.store = store
        self.actor = actor
    }

    /// The service acting as the OS user running the program, who must be an active agent.
    public static func forUser(_ user: OSUser, store: HelpdeskStore) throws -> OrganizationService {
        OrganizationService(store: store, actor: try TicketService.forUser(user, store: store).actor)
    }

    /// What `org edit` changes.
    public struct Edit: Equatable, Sendable {
        public var name: String?
        public var addDomains: [String]
        public var removeDomains: [String]
        /// Give the organization to its domains' requesters without one.
        public var apply: Bool

        public init(name: String? = nil, addDomains: [String] = [], removeDomains: [String] = [], apply: Bool = false) {
            self.name = name
            self.addDomains = addDomains
            self.removeDomains = removeDomains
            self.apply = apply
        }

        /// The edit with names trimmed and domains checked, or why it cannot be made.
        public func validated() throws -> Edit {
            guard name != nil || !addDomains.isEmpty || !removeDomains.isEmpty || apply else {
                throw HelpdeskError.invalidInput("say what to change: --name, --add-domain, --remove-domain or --apply")
            }
            var edit = self
            edit.name = try name.map(OrganizationService.validatedName)
            edit.addDomains = try OrganizationService.validatedDomains(addDomains)
            edit.removeDomains = try OrganizationService.validatedDomains(removeDomains)
            if let both = edit.addDomains.first(where: edit.removeDomains.contains) {
                throw HelpdeskError.invalidInput("\(both) is both added and removed")
            }
            return edit
        }
    }

    /// What an add or edit did.
    public struct Outcome: Equatable, Sendable {
        public var organization: OrganizationListing
        /// Requesters given the organization by `apply`.
        public var assigned: Int
    }

    // MARK: - Reading

    /// Every organization by name, with its domains, requesters and open tickets (a few dozen
    /// rows: the counts are one pass over the requesters and one over the open tickets).
    public func list() throws -> [OrganizationListing] {
        try store.read { db in
            let domains = Dictionary(grouping: try Row.fetchAll(db, sql: "SELECT organization_id, domain FROM organization_domains ORDER BY domain"),
                                     by: { $0["organization_id"] as Int64 }).mapValues { $0.map { $0["domain"] as String } }
            let requesters = try Self.counts(db, sql: """
                SELECT organization_id, count(*) FROM requesters WHERE organization_id IS NOT NULL GROUP BY organization_id
                """)
            let open = try Self.counts(db, sql: """
                SELECT r.organization_id, count(*) FROM tickets t JOIN requesters r ON r.id = t.requester_id
                WHERE t.is_open = 1 AND r.organization_id IS NOT NULL GROUP BY r.organization_id
                """)
            return try Organization.fetchAll(db, sql: "SELECT * FROM organizations ORDER BY name COLLATE NOCASE").map { organization in
                let id = organization.id ?? 0
                return OrganizationListing(id: id, name: organization.name, domains: domains[id] ?? [],
                                           requesters: requesters[id] ?? 0, openTickets: open[id] ?? 0)
            }
        }
    }

    // MARK: - Changing

    /// Adds an organization with its mail domains (supervisors and admins).
    @discardableResult
    public func add(name: String, domains: [String] = [], apply: Bool = false) throws -> Outcome {
        let name = try Self.validatedName(name)
        let domains = try Self.validatedDomains(domains)
        try Permissions.requireSupervisor(actor, to: "add organizations")
        let now = store.now
        return try store.write { db in
            if let existing = try String.fetchOne(db, sql: "SELECT name FROM organizations WHERE name = ? COLLATE NOCASE", arguments: [name]) {
                throw HelpdeskError.invalidInput("there is already an organization '\(existing)'")
            }
            var organization = Organization(name: name)
            try organization.insert(db)
            let id = organization.id ?? 0
            for domain in domains { try Self.addDomain(domain, to: id, db) }
            let assigned = apply ? try OrganizationDomains.assignUnorganized(to: id, db) : 0
            let domainText = domains.isEmpty ? "" : " (domains: \(domains.joined(separator: ", ")))"
            try TicketEvent(ticketId: nil, actor: actor.login, at: now, action: "org.add", newValue: name + domainText,
                            reason: apply ? "\(assigned) requesters assigned" : nil).insert(db)
            return Outcome(organization: try Self.listing(db, id: id), assigned: assigned)
        }
    }

    /// Renames an organization, adds or removes domains, assigns requesters (supervisors and admins).
    @discardableResult
    public func edit(_ name: String, _ edit: Edit) throws -> Outcome {
        let edit = try edit.validated()
        let name = try Self.validatedName(name)
        try Permissions.requireSupervisor(actor, to: "edit organizations")
        let now = store.now
        return try store.write { db in
            guard var organization = try Organization.fetchOne(db, sql: "SELECT * FROM organizations WHERE name = ? COLLATE NOCASE",
                                                               arguments: [name]) else {
                throw HelpdeskError.notFound("there is no organization '\(name)' (helpdesk org list shows them)")
            }
            let id = organization.id ?? 0
            let before = organization.name
            var changes: [String] = []
            if let newName = edit.name, newName != organization.name {
                if let other = try String.fetchOne(db, sql: "SELECT name FROM organizations WHERE name = ? COLLATE NOCASE AND id <> ?",
                                                   arguments: [newName, id]) {
                    throw HelpdeskError.invalidInput("there is already an organization '\(other)'")
                }
                organization.name = newName
                try organization.update(db)
                changes.append("name \(newName)")
            }
            for domain in edit.addDomains {
                try Self.addDomain(domain, to: id, db)
                changes.append("+domain \(domain)")
            }
            for domain in edit.removeDomains {
                try db.execute(sql: "DELETE FROM organization_domains WHERE domain = ? AND organization_id = ?", arguments: [domain, id])
                guard db.changesCount == 1 else { throw HelpdeskError.invalidInput("\(organization.name) has no domain \(domain)") }
                changes.append("-domain \(domain)")
            }
            let assigned = edit.apply ? try OrganizationDomains.assignUnorganized(to: id, db) : 0
            guard !changes.isEmpty || assigned > 0 else {
                throw HelpdeskError.invalidInput(edit.apply ? "nothing to change: no requester of \(organization.name)'s domains is without an organization"
                                                            : "nothing to change: \(organization.name) is already like that")
            }
            try TicketEvent(ticketId: nil, actor: actor.login, at: now, action: "org.edit", oldValue: before,
                            newValue: changes.isEmpty ? nil : changes.joined(separator: ", "),
                            reason: edit.apply ? "\(assigned) requesters assigned" : nil).insert(db)
            return Outcome(organization: try Self.listing(db, id: id), assigned: assigned)
        }
    }

    // MARK: - Rules

    /// The trimmed name, or why an organization cannot have it.
    public static func validatedName(_ name: String) throws -> String {
        let trimmed = name.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { throw HelpdeskError.invalidInput("an organization needs a name") }
        return try InputLimits.checked(trimmed, "an organization's name", limit: nameLimit)
    }

    /// The domains checked, lower-cased, each once, in the order given.
    public static func validatedDomains(_ domains: [String]) throws -> [String] {
        var seen = Set<String>()
        return try domains.map(OrganizationDomains.validated).filter { seen.insert($0).inserted }
    }

    static func addDomain(_ domain: String, to id: Int64, _ db: Database) throws {
        if let owner = try String.fetchOne(db, sql: """
            SELECT o.name FROM organization_domains d JOIN organizations o ON o.id = d.organization_id WHERE d.domain = ?
            """, arguments: [domain]) {
            throw HelpdeskError.invalidInput("\(domain) is already a domain of \(owner)")
        }
        try db.execute(sql: "INSERT INTO organization_domains(domain, organization_id) VALUES (?, ?)", arguments: [domain, id])
    }

    static func listing(_ db: Database, id: Int64) throws -> OrganizationListing {
        let name = try String.fetchOne(db, sql: "SELECT name FROM organizations WHERE id = ?", arguments: [id]) ?? ""
        let domains = try String.fetchAll(db, sql: "SELECT domain FROM organization_domains WHERE organization_id = ? ORDER BY domain", arguments: [id])
        let requesters = try Int.fetchOne(db, sql: "SELECT count(*) FROM requesters WHERE organization_id = ?", arguments: [id]) ?? 0
        let open = try Int.fetchOne(db, sql: """
            SELECT count(*) FROM tickets t WHERE t.is_open = 1 AND t.requester_id IN (SELECT id FROM requesters WHERE organization_id = ?)
            """, arguments: [id]) ?? 0
        return OrganizationListing(id: id, name: name, domains: domains, requesters: requesters, openTickets: open)
    }

    static func counts(_ db: Database, sql: String) throws -> [Int64: Int] {
        Dictionary(try Row.fetchAll(db, sql: sql).map { ($0[0] as Int64, $0[1] as Int) }, uniquingKeysWith: +)
    }
}
