import Foundation
import GRDB

/// The mail domain of users who file their own tickets (`helpdesk request new`): `login@domain`.
/// Set by an admin so that self-service tickets and mailed-in ones share one requester per person.
extension HelpdeskStore {
    static let requesterDomainKey = "self_service.domain"

    /// The configured domain, or nil (then the host name is used).
    public func requesterDomain() throws -> String? {
        try read { db in try String.fetchOne(db, sql: "SELECT value FROM settings WHERE key = ?", arguments: [Self.requesterDomainKey]) }
    }

    public func setRequesterDomain(_ domain: String, actor: Agent) throws {
        try Permissions.requireAdmin(actor, to: "set the requester domain")
        let domain = domain.trimmingCharacters(in: .whitespaces).lowercased()
        guard Self.isPlausibleEmail("user@" + domain) else { throw HelpdeskError.invalidInput("'\(domain)' is not a mail domain (like example.com)") }
        let now = self.now
        try write { db in
            try db.execute(sql: "INSERT INTO settings(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                           arguments: [Self.requesterDomainKey, domain])
            try TicketEvent(ticketId: nil, actor: actor.login, at: now, action: "self-service.domain", newValue: domain).insert(db)
        }
    }
}
