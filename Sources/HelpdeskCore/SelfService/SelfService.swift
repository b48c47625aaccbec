import Foundation

/// What an end user on the host may do without being an agent (`helpdesk ask`, `helpdesk request`):
/// search the knowledge base, file a ticket as themselves, and see their own tickets with their
/// public conversation. The
/// requester is always the OS account running the program (`OSUser`, from the real uid), at
/// the helpdesk's mail domain — nobody can file or list tickets in someone else's name.
///
/// ```swift
/// let me = try SelfService(store: store, user: .current())
/// let hits = try me.search("vpn error 809")
/// let id = try me.fileTicket(subject: "VPN 809 at home", body: "Since this morning …")
/// ```
public struct SelfService: Sendable {
    public let store: HelpdeskStore
    public let user: OSUser
    /// `login@domain`, the requester address of every ticket this user files.
    public let address: String

    public init(store: HelpdeskStore, user: OSUser, hostName: String = ProcessInfo.processInfo.hostName) throws {
        self.store = store
        self.user = user
        let domain = try store.requesterDomain() ?? Self.domain(fromHost: hostName)
        address = "\(user.login)@\(domain)".lowercased()
        guard HelpdeskStore.isPlausibleEmail(address) else {
            throw HelpdeskError.invalidInput("'\(address)' is not an e-mail address: an admin can set the domain with helpdesk request domain example.com")
        }
    }

    /// The host's name when it is a full domain name; a bare host name gets `.localdomain`
    /// (as in /etc/hosts), because an address needs a dot in its domain.
    static func domain(fromHost host: String) -> String {
        let host = host.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: ". "))
        if host.isEmpty || host == "localhost" { return "localhost.localdomain" }
        return host.contains(".") ? host : host + ".localdomain"
    }

    public func search(_ question: String, limit: Int = 5) throws -> [ArticleHit] {
        try store.searchArticles(question, limit: limit)
    }

    /// An answer from the knowledge base: every article is public (its owner, counts and
    /// history are the team's, and are not part of it here).
    public func article(_ id: Int64) throws -> Article {
        var article = try store.article(id: id)
        article.ownerId = nil
        article.updatedBy = nil
        article.timesLinked = 0
        article.timesSent = 0
        return article
    }

    /// Files a ticket for this user (channel web, tier 1, normal priority). Returns its number.
    @discardableResult
    public func fileTicket(subject: String, body: String = "") throws -> Int64 {
        let new = NewTicket(subject: subject, requesterEmail: address, requesterName: user.fullName, body: body, channel: .web)
        return try store.createTicket(new, actor: user.login)
    }

    /// This user's tickets, most recently changed first.
    public func myTickets(limit: Int = 50) throws -> [OwnRequest] {
        try store.ownTickets(requesterEmail: address, limit: max(1, min(limit, 1000)))
    }

    /// One of this user's tickets with its public messages. Someone else's ticket and a missing
    /// one get the same answer, so that ticket numbers tell nothing about other people's tickets.
    public func myTicket(_ id: Int64) throws -> OwnRequestDetail {
        guard let detail = try store.ownTicket(id: id, requesterEmail: address) else {
            throw HelpdeskError.notFound("#\(id) is not one of your tickets (helpdesk request list shows yours)")
        }
        return detail
    }
}

/// One of the user's own tickets, as `helpdesk request list` shows it (no internal details).
public struct OwnRequest: Sendable, Equatable, Codable {
    public var id: Int64
    public var subject: String
    public var status: TicketStatus
    public var updatedAt: Int64
    /// The name of the agent working on it, if any.
    public var assignee: String?
    /// Set when the ticket was closed into another one.
    public var mergedInto: Int64?
}
