import Foundation
import GRDB

/// Mail in (`helpdesk mail receive`, `fetch`, `import`): one RFC 5322 message becomes a new
/// ticket or a reply on the ticket it answers, in one transaction with the stored mail (its
/// Message-ID and raw bytes), so that a message is either wholly stored or not at all — the MTA
/// or the Maildir only hears "done" after the commit.
///
/// Threading, as Request Tracker and Zammad do it: the ticket tag in the subject
/// (`[Helpdesk #1042]`), else In-Reply-To and References matched against stored Message-IDs,
/// else a new ticket. A reply to a closed ticket opens a follow-up ticket; a merged ticket's
/// replies go where it was merged. The same Message-ID twice is stored once (a mail without one
/// is known by the SHA-256 of its bytes).
public struct MailIntake: Sendable {
    public let store: HelpdeskStore

    /// Who mail intake is in the history: the channel, not a person (it may answer any ticket).
    static let actor = Agent(login: "mail", name: "Mail", role: .supervisor, tier: 3, active: true, createdAt: 0)
    /// How far merged tickets are followed (a merge chain longer than this is a loop).
    static let mergeHops = 10

    public init(store: HelpdeskStore) { self.store = store }

    /// Stores one message. Throws `MailRefusal` for a message refused on purpose (logged), and
    /// anything else (busy, disk full, unreadable database) for a failure the sender should retry.
    @discardableResult
    public func receive(_ raw: [UInt8]) throws -> IntakeOutcome {
        let settings = try store.mailSettings()
        guard raw.count <= settings.maxMessageBytes else {
            throw try refuse("the message is \(raw.count) bytes, more than the \(settings.maxMessageBytes) this helpdesk takes")
        }
        let mail = MailMessage.parse(raw)
        guard let from = mail.from, case let address = from.address.lowercased(), HelpdeskStore.isPlausibleEmail(address) else {
            throw try refuse("the message has no sender address (From:)")
        }
        if let block = try store.read({ db in try MailBlock.matching(address, db) }) {
            throw try refuse("mail from \(address) is blocked (\(block.pattern): \(block.reason))")
        }
        let messageID = mail.messageID ?? "sha256-\(SHA256.hex(raw))@helpdesk.invalid"
        if let bounce = Bounce.detect(mail) {
            return try receive(bounce, raw: raw, messageID: messageID, sender: address, subject: Self.subject(mail.subject))
        }
        let subject = Self.subject(mail.subject)
        let body = Self.body(mail.bodyText)
        let name = from.name.map(Self.line).flatMap { $0.isEmpty ? nil : String($0.prefix(InputLimits.subject)) }
        let recipients = (mail.to + mail.cc).map(\.address).joined(separator: ", ")
        let now = store.now
        let tier = settings.tier(addressedTo: (mail.to + mail.cc).map(\.address)) ?? 1
        // What may answer a new request, looked up before the transaction (a read of its own) —
        // only for a mail that names no ticket or earlier mail: replies get no acknowledgement.
        let mayBeNew = TicketTag.ticketId(in: subject, prefix: settings.tagPrefix) == nil && mail.inReplyTo.isEmpty && mail.references.isEmpty
        let articles = settings.acknowledge && !mail.isAutomated && mayBeNew
            ? (try? store.suggestArticles(subject: subject, messages: [body], limit: 3)) ?? [] : []

        return try store.write { db in
            if let ticket = try MailRecord.ticket(ofMessageID: messageID, db) { return .duplicate(ticketId: ticket) }
            let outcome: IntakeOutcome
            var record = MailRecord(messageID: messageID, ticketId: 0, messageRowId: nil, direction: "in", sender: address,
                                    recipients: String(recipients.prefix(4_000)), subject: subject, raw: raw, at: now)
            if let answered = try thread(mail, subject: subject, settings, db) {
                let ticket = try TicketService.ticket(db, answered)
                if ticket.status == .closed {
                    let id = try newTicket(subject: subject, address: address, name: name, body: body, tier: tier, now: now, db)
                    try db.execute(sql: "INSERT INTO ticket_followups(ticket_id, follows) VALUES (?, ?)", arguments: [id, answered])
                    try TicketEvent(ticketId: id, actor: Self.actor.login, at: now, action: "follow-up", newValue: "follows the closed #\(answered)").insert(db)
                    try TicketEvent(ticketId: answered, actor: Self.actor.login, at: now, action: "follow-up", newValue: "continued in #\(id)").insert(db)
                    outcome = .followUp(ticketId: id, follows: answered)
                } else {
                    _ = try TicketService(store: store, actor: Self.actor).apply([.requesterReply(body)], to: answered, basedOn: nil, db, bulk: false)
                    // The reply is the requester's; someone else who answers (a colleague in Cc) is its author.
                    let author = try HelpdeskStore.requesterId(db, email: address, name: name)
                    try db.execute(sql: """
                        UPDATE messages SET author_requester_id = ? WHERE id = (SELECT max(id) FROM messages WHERE ticket_id = ?)
                        """, arguments: [author, answered])
                    if Self.marksSolved(body) {
                        _ = try TicketService(store: store, actor: Self.actor).apply([.setStatus(.solved)], to: answered, basedOn: nil, db, bulk: false)
                    }
                    outcome = .added(ticketId: answered)
                }
            } else {
                outcome = .created(ticketId: try newTicket(subject: subject, address: address, name: name, body: body, tier: tier, now: now, db))
            }
            record.ticketId = outcome.ticketId
            record.messageRowId = try Int64.fetchOne(db, sql: "SELECT max(id) FROM messages WHERE ticket_id = ?", arguments: [outcome.ticketId])
            try record.insert(db)
            try AttachmentStore.store(mail.attachments, ticketId: outcome.ticketId, messageRowId: record.messageRowId, now: now, db)
            switch outcome {
            case .created(let id), .followUp(let id, _):
                try AutomaticMail.acknowledge(ticketId: id, messageRowId: record.messageRowId ?? 0, mail: mail, articles: articles, now: now, db)
            case .added, .duplicate, .bounced, .unmatchedBounce:
                break
            }
            return outcome
        }
    }

    /// The ticket this mail answers, if any: the subject's tag (when that ticket exists), then
    /// the nearest stored message it refers to; merged tickets lead to where they were merged.
    func thread(_ mail: MailMessage, subject: String, _ settings: MailSettings, _ db: Database) throws -> Int64? {
        var found: Int64?
        if let tagged = TicketTag.ticketId(in: subject, prefix: settings.tagPrefix),
           try Int64.fetchOne(db, sql: "SELECT id FROM tickets WHERE id = ?", arguments: [tagged]) != nil {
            found = tagged
        } else {
            found = try MailRecord.ticket(referencing: mail.inReplyTo + mail.references.reversed(), db)
        }
        var hops = 0
        while let id = found, hops < Self.mergeHops,
              let target = try Int64.fetchOne(db, sql: "SELECT merged_into FROM tickets WHERE id = ?", arguments: [id]) {
            found = target
            hops += 1
        }
        return found
    }

    /// Whether the requester's new text starts with the word SOLVED (the acknowledgement offers it).
    static func marksSolved(_ body: String) -> Bool {
        let first = QuotedText.split(body).new.split(whereSeparator: \.isNewline).first { !$0.allSatisfy(\.isWhitespace) }
        return first.map { $0.trimmingCharacters(in: .whitespacesAndNewlines.union(.punctuationCharacters)).uppercased() == "SOLVED" } ?? false
    }

    private func newTicket(subject: String, address: String, name: String?, body: String, tier: Int, now: Int64, _ db: Database) throws -> Int64 {
        let new = try NewTicket(subject: subject, requesterEmail: address, requesterName: name, body: body, channel: .email, tier: tier).validated()
        return try HelpdeskStore.insertTicket(db, new, actor: Self.actor.login, now: now)
    }

    /// Logs a refusal (best effort: a database that cannot be written still refuses) and returns it.
    private func refuse(_ reason: String) throws -> MailRefusal {
        let now = store.now
        try? store.write { db in
            try TicketEvent(ticketId: nil, actor: Self.actor.login, at: now, action: "mail.refuse", newValue: reason).insert(db)
        }
        return MailRefusal(reason: reason)
    }

    // MARK: - Text as the store takes it

    /// One line, no NUL, at most the subject limit; "(no subject)" when there is none.
    static func subject(_ subject: String?) -> String {
        let line = Self.line(subject ?? "")
        return line.isEmpty ? "(no subject)" : String(line.prefix(InputLimits.subject))
    }

    /// The body without NUL bytes, cut to the message limit (the raw mail keeps the whole).
    static func body(_ text: String) -> String {
        let clean = text.replacingOccurrences(of: "\0", with: "\u{FFFD}").trimmingCharacters(in: .whitespacesAndNewlines)
        if clean.isEmpty { return "(no text in this mail)" }
        let note = "\n\n[… cut here: the whole mail is kept with the ticket]"
        return clean.count <= InputLimits.message ? clean : String(clean.prefix(InputLimits.message - note.count)) + note
    }

    static func line(_ text: String) -> String {
        text.replacingOccurrences(of: "\0", with: "\u{FFFD}").split(whereSeparator: \.isNewline).joined(separator: " ")
            .trimmingCharacters(in: .whitespaces)
    }
}
