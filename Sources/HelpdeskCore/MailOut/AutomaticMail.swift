import Foundation
import GRDB

/// The mails helpdesk sends by itself — the acknowledgement of a new mailed request (with the
/// articles that may already answer it) and the notice that a request is solved — and the rule
/// that keeps them from looping: none to a mail a machine sent (auto-replies, bounces, lists,
/// bulk: `MailMessage.isAutomated`), to mailer-daemon, postmaster or no-reply addresses, to the
/// support addresses themselves, to a blocked sender, or to an address that got one in the last
/// hour. They go through the outbox like replies and leave at the next send.
enum AutomaticMail {
    /// At most one automatic mail per address in this time.
    static let interval: Int64 = 3600
    static let machineMailboxes: Set<String> = ["mailer-daemon", "postmaster", "noreply", "no-reply", "donotreply", "do-not-reply", "bounce", "bounces"]

    /// Whether `address` may get an automatic mail now (in answer to `mail`, when there is one;
    /// `hourly`: at most one an hour — for answers to mail, which two auto-responders could
    /// trade for ever, not for notices an agent's change sends).
    static func allowed(to address: String, answering mail: MailMessage?, hourly: Bool = true, _ settings: MailSettings, now: Int64, _ db: Database) throws -> Bool {
        if let mail, mail.isAutomated { return false }
        let address = address.lowercased()
        let mailbox = String(address.split(separator: "@").first ?? "")
        if machineMailboxes.contains(mailbox) || mailbox.hasPrefix("owner-") || mailbox.hasSuffix("-request") { return false }
        if address == settings.fromAddress || settings.tierAddresses.contains(address) { return false }
        if try MailBlock.matching(address, db) != nil { return false }
        guard hourly else { return true }
        let last = try Int64.fetchOne(db.cachedStatement(sql: "SELECT at FROM mail_autoreplies WHERE address = ?"), arguments: [address])
        return last.map { now - $0 >= interval } ?? true
    }

    static func remember(_ address: String, now: Int64, _ db: Database) throws {
        try db.execute(sql: "INSERT INTO mail_autoreplies(address, at) VALUES (?, ?) ON CONFLICT(address) DO UPDATE SET at = excluded.at",
                       arguments: [address.lowercased(), now])
    }

    /// Queues the acknowledgement of the new ticket `ticketId`, whose first message is
    /// `messageRowId`, listing `articles`. Returns whether one was queued.
    @discardableResult
    static func acknowledge(ticketId: Int64, messageRowId: Int64, mail: MailMessage, articles: [ArticleHit], now: Int64, _ db: Database) throws -> Bool {
        let settings = try MailSettings.read(db)
        let ticket = try TicketService.ticket(db, ticketId)
        guard settings.acknowledge, let recipient = try Outbox.recipient(of: ticket, db),
              try allowed(to: recipient, answering: mail, settings, now: now, db) else { return false }
        let values = try MailTemplate.values(ticketId: ticketId, agentName: nil, articles: articleList(articles), settings: settings, db)
        let body = MailTemplate.render(try MailTemplate.text(.acknowledgement, db), values)
        try Outbox.enqueue(db, ticket: ticket, messageRowId: messageRowId, now: now, kind: .acknowledgement,
                           subject: "Received: \(ticket.subject)", body: body, settings: settings)
        try remember(recipient, now: now, db)
        return true
    }

    /// The `{{articles}}` text: titles and how to read each on the host; empty without any.
    static func articleList(_ articles: [ArticleHit]) -> String {
        guard !articles.isEmpty else { return "" }
        let items = articles.map { "  - \(MailIntake.line($0.title))\n    (on the support host: helpdesk request article \($0.id))" }
        return "These articles may already answer your question:\n\n" + items.joined(separator: "\n") + "\n\n"
    }

    /// Queues the solved notice of `ticket` (just set solved by an agent). Returns whether one was queued.
    @discardableResult
    static func noticeSolved(_ ticket: Ticket, actor: Agent, now: Int64, _ db: Database) throws -> Bool {
        guard let id = ticket.id, actor.login != MailIntake.actor.login else { return false }
        let settings = try MailSettings.read(db)
        guard let recipient = try Outbox.recipient(of: ticket, db),
              try allowed(to: recipient, answering: nil, hourly: false, settings, now: now, db),
              let last = try Int64.fetchOne(db, sql: "SELECT max(id) FROM messages WHERE ticket_id = ? AND internal = 0", arguments: [id]) else { return false }
        let values = try MailTemplate.values(ticketId: id, agentName: actor.name, settings: settings, db)
        try Outbox.enqueue(db, ticket: ticket, messageRowId: last, now: now, kind: .notice,
                           subject: "Solved: \(ticket.subject)", body: MailTemplate.render(try MailTemplate.text(.solved, db), values),
                           settings: settings)
        return true
    }

    /// A ticket opened again before its notice left: the notice is withdrawn (undo, a mistake).
    static func withdrawSolvedNotice(ofTicket id: Int64, _ db: Database) throws {
        try db.execute(sql: "DELETE FROM mail_messages WHERE message_id IN (SELECT message_id FROM outbox WHERE ticket_id = ? AND kind = 'notice' AND state != 'sent')",
                       arguments: [id])
        try db.execute(sql: "DELETE FROM outbox WHERE ticket_id = ? AND kind = 'notice' AND state != 'sent'", arguments: [id])
    }
}
