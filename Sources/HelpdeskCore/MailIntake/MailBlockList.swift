import Foundation
import GRDB

/// Senders whose mail is refused (`helpdesk mail block`): an exact address, or a whole domain
/// written `@domain`. Intake refuses their mail with EX_DATAERR (the MTA bounces it) and logs
/// the refusal; nothing automatic is ever sent to them. Supervisors and admins keep the list.
public struct MailBlock: Equatable, Sendable, Codable {
    public var pattern: String
    public var reason: String
    public var addedBy: String
    public var addedAt: Int64

    /// An address or `@domain`, lowercased; anything else is refused with one line.
    public static func validatedPattern(_ text: String) throws -> String {
        let pattern = text.trimmingCharacters(in: .whitespaces).lowercased()
        if pattern.hasPrefix("@") {
            let domain = pattern.dropFirst()
            guard domain.contains("."), HelpdeskStore.isPlausibleEmail("x" + pattern) else {
                throw HelpdeskError.invalidInput("'\(Sanitizer.line(text))' is not a domain: write @example.com")
            }
            return pattern
        }
        guard HelpdeskStore.isPlausibleEmail(pattern) else {
            throw HelpdeskError.invalidInput("'\(Sanitizer.line(text))' is not an e-mail address or @domain")
        }
        return pattern
    }

    /// The entry that blocks `address` (its own, else its domain's), if any.
    static func matching(_ address: String, _ db: Database) throws -> MailBlock? {
        let address = address.lowercased()
        let domain = address.split(separator: "@").last.map { "@" + $0 } ?? address
        return try Row.fetchOne(db.cachedStatement(sql: "SELECT * FROM mail_blocks WHERE pattern IN (?, ?) ORDER BY pattern = ? DESC LIMIT 1"),
                                arguments: [address, domain, address]).map(MailBlock.init(row:))
    }

    init(row: Row) {
        self.init(pattern: row["pattern"], reason: row["reason"], addedBy: row["added_by"], addedAt: row["added_at"])
    }

    public init(pattern: String, reason: String, addedBy: String, addedAt: Int64) {
        self.pattern = pattern
        self.reason = reason
        self.addedBy = addedBy
        self.addedAt = addedAt
    }
}

extension HelpdeskStore {
    public func mailBlocks() throws -> [MailBlock] {
        try read { db in try Row.fetchAll(db, sql: "SELECT * FROM mail_blocks ORDER BY pattern").map(MailBlock.init(row:)) }
    }

    /// Blocks a sender or domain (supervisors, admins); logged as `mail.block`.
    public func blockMail(from text: String, reason: String, actor: Agent) throws -> MailBlock {
        try Permissions.requireSupervisor(actor, to: "block senders")
        let pattern = try MailBlock.validatedPattern(text)
        let reason = try InputLimits.checked(MailIntake.line(reason), "the reason", limit: 200)
        guard !reason.isEmpty else { throw HelpdeskError.invalidInput("say why with --reason: the refusals name it") }
        let block = MailBlock(pattern: pattern, reason: reason, addedBy: actor.login, addedAt: now)
        try write { db in
            guard try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM mail_blocks WHERE pattern = ?)", arguments: [pattern]) == false else {
                throw HelpdeskError.invalidInput("\(pattern) is already blocked: nothing was changed")
            }
            try db.execute(sql: "INSERT INTO mail_blocks(pattern, reason, added_by, added_at) VALUES (?, ?, ?, ?)",
                           arguments: [pattern, reason, actor.login, block.addedAt])
            try TicketEvent(ticketId: nil, actor: actor.login, at: block.addedAt, action: "mail.block", newValue: pattern, reason: reason).insert(db)
        }
        return block
    }

    /// Lifts a block (supervisors, admins); logged as `mail.unblock`.
    public func unblockMail(_ text: String, actor: Agent) throws {
        try Permissions.requireSupervisor(actor, to: "unblock senders")
        let pattern = try MailBlock.validatedPattern(text)
        let now = self.now
        try write { db in
            try db.execute(sql: "DELETE FROM mail_blocks WHERE pattern = ?", arguments: [pattern])
            guard db.changesCount > 0 else { throw HelpdeskError.notFound("\(pattern) is not blocked: nothing was changed") }
            try TicketEvent(ticketId: nil, actor: actor.login, at: now, action: "mail.unblock", oldValue: pattern).insert(db)
        }
    }
}
