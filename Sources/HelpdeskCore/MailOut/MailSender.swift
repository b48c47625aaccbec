import Foundation
import GRDB

/// Delivers the outbox through the sendmail interface (`helpdesk mail send` from a timer, and
/// the TUI right after a reply). Each entry is claimed in a transaction before the MTA is run,
/// so two senders at once never send it twice; a failure is kept with its reason and retried
/// with backoff (1, 2, 4 … minutes, at most 6 hours apart, 10 tries). A sender killed after the
/// MTA took the mail but before it was marked sent sends it again after the claim expires:
/// at least once, as mail always is.
public struct MailSender: Sendable {
    public let store: HelpdeskStore

    public static let maxAttempts = 10
    /// How long a claimed entry is left to the sender that claimed it.
    static let claimSeconds: Int64 = 300
    /// How long sendmail may take.
    static let timeout: TimeInterval = 60

    public init(store: HelpdeskStore) { self.store = store }

    public struct Report: Equatable, Sendable {
        public var sent: [Int64] = []
        /// Ticket and why, per failed delivery.
        public var failed: [Failure] = []
        public struct Failure: Equatable, Sendable {
            public var ticketId: Int64
            public var reason: String
        }
    }

    /// Sends what is due (of one ticket, or all), oldest first.
    @discardableResult
    public func sendDue(ticketId: Int64? = nil, limit: Int = 200) throws -> Report {
        var report = Report()
        while report.sent.count + report.failed.count < limit, let claimed = try claimNext(ticketId: ticketId) {
            let result = Self.run(Self.command(claimed.settings), input: claimed.mail.bytes)
            let now = store.now
            try store.write { db in
                if let error = result {
                    let attempts = claimed.attempts + 1
                    let delay = min(Int64(60) << Int64(min(attempts - 1, 20)), 6 * 3600)
                    try db.execute(sql: "UPDATE outbox SET state = 'failed', attempts = ?, last_error = ?, next_attempt_at = ? WHERE id = ?",
                                   arguments: [attempts, String(error.prefix(300)), now + delay, claimed.id])
                } else {
                    try db.execute(sql: "UPDATE outbox SET state = 'sent', attempts = attempts + 1, last_error = NULL, sent_at = ? WHERE id = ?",
                                   arguments: [now, claimed.id])
                    let raw = claimed.mail.bytes
                    try db.execute(sql: "UPDATE mail_messages SET raw = ?, raw_size = ? WHERE message_id = ?",
                                   arguments: [Data(raw), raw.count, claimed.mail.messageID])
                }
            }
            if let error = result { report.failed.append(.init(ticketId: claimed.ticketId, reason: error)) } else { report.sent.append(claimed.ticketId) }
        }
        return report
    }

    /// After a change is committed: when it held a public reply, its mail (if the ticket has
    /// one) is handed to the MTA now; the timer's `mail send` retries what fails. Returns what to
    /// add to the change's summary: " — sent by mail", the reason it is not sent yet, or nothing.
    public func sendReplies(of actions: [TicketAction], on ticketIds: [Int64]) -> String {
        guard actions.contains(where: { if case .reply = $0 { true } else { false } }) else { return "" }
        var sent = 0
        var failure: String?
        for id in ticketIds {
            guard let report = try? sendDue(ticketId: id) else { continue }
            sent += report.sent.count
            failure = failure ?? report.failed.first?.reason
        }
        if let failure { return " — mail not sent yet (retried later): \(failure)" }
        return sent > 0 ? " — sent by mail" : ""
    }

    struct Claimed {
        var id: Int64
        var ticketId: Int64
        var attempts: Int
        var mail: OutgoingMail
        var settings: MailSettings
    }

    /// The next due entry, its claim committed, and the mail it becomes.
    func claimNext(ticketId: Int64?) throws -> Claimed? {
        let now = store.now
        return try store.write { db -> Claimed? in
            var sql = "SELECT * FROM outbox WHERE state != 'sent' AND next_attempt_at <= ? AND attempts < ?"
            var arguments: StatementArguments = [now, Self.maxAttempts]
            if let ticketId { sql += " AND ticket_id = ?"; arguments += [ticketId] }
            guard let row = try Row.fetchOne(db, sql: sql + " ORDER BY next_attempt_at, id LIMIT 1", arguments: arguments) else { return nil }
            let id: Int64 = row["id"], ticket: Int64 = row["ticket_id"], messageID: String = row["message_id"]
            try db.execute(sql: "UPDATE outbox SET next_attempt_at = ? WHERE id = ?", arguments: [now + Self.claimSeconds, id])
            let settings = try MailSettings.read(db)
            let facts = try Row.fetchOne(db, sql: """
                SELECT t.subject, t.tier, r.name, m.body, m.created_at, a.login, a.name AS agent_name
                FROM tickets t JOIN requesters r ON r.id = t.requester_id
                JOIN messages m ON m.id = ? LEFT JOIN agents a ON a.id = m.author_agent_id WHERE t.id = ?
                """, arguments: [row["message_row_id"] as Int64, ticket])
            let thread = try String.fetchAll(db, sql: "SELECT message_id FROM mail_messages WHERE ticket_id = ? AND message_id != ? ORDER BY id",
                                             arguments: [ticket, messageID])
            let lastIn = try String.fetchOne(db, sql: "SELECT message_id FROM mail_messages WHERE ticket_id = ? AND direction = 'in' ORDER BY id DESC LIMIT 1",
                                             arguments: [ticket])
            let kind = Outbox.Kind(rawValue: row["kind"]) ?? .reply
            var body: String = row["body"] ?? facts?["body"] ?? ""
            var date: Int64 = facts?["created_at"] ?? now
            if kind == .reply {
                // An agent's reply: plain text, then their signature.
                body = MailText.plain(body)
                if let login: String = facts?["login"] {
                    let values = try MailTemplate.values(ticketId: ticket, agentName: facts?["agent_name"], settings: settings, db)
                    let signature = MailTemplate.render(try MailTemplate.signature(of: login, db), values)
                    if !signature.isEmpty { body += "\n\n-- \n" + signature }
                }
            } else {
                date = row["created_at"]
            }
            let mail = OutgoingMail(fromName: settings.fromName, fromAddress: row["sender"] ?? settings.fromAddress(tier: facts?["tier"] ?? 1),
                                    toName: facts?["name"], toAddress: row["recipient"],
                                    subject: OutgoingMail.subject(row["subject"] ?? facts?["subject"] ?? "", ticketId: ticket, prefix: settings.tagPrefix,
                                                                  reply: kind == .reply),
                                    messageID: messageID, inReplyTo: lastIn, references: Array(thread.suffix(20)),
                                    date: date, body: MailText.wrapped(body), isAutomatic: kind != .reply,
                                    attachments: kind == .reply ? try AttachmentStore.files(ofMessage: row["message_row_id"], db) : [])
            return Claimed(id: id, ticketId: ticket, attempts: row["attempts"], mail: mail, settings: settings)
        }
    }

    /// Runs the MTA with the message on standard input; nil when it took it, else why not.
    static func run(_ command: [String], input: [UInt8]) -> String? {
        guard let executable = command.first, FileManager.default.isExecutableFile(atPath: executable) else {
            return "cannot run \(command.first ?? "sendmail"): no such program (helpdesk mail settings --sendmail)"
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = Array(command.dropFirst())
        let stdin = Pipe(), stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = FileHandle.nullDevice
        process.standardError = stderr
        do { try process.run() } catch { return "cannot run \(executable): \(error.localizedDescription)" }
        stdin.fileHandleForWriting.write(Data(input))
        try? stdin.fileHandleForWriting.close()
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning, Date() < deadline { usleep(10_000) }
        if process.isRunning {
            process.terminate()
            return "\(executable) did not finish within \(Int(timeout)) s"
        }
        guard process.terminationStatus != 0 else { return nil }
        let said = String(decoding: stderr.fileHandleForReading.readDataToEndOfFile().prefix(1000), as: UTF8.self)
            .split(whereSeparator: \.isNewline).first.map(String.init) ?? ""
        return "\(executable) exited with \(process.terminationStatus)" + (said.isEmpty ? "" : ": \(Sanitizer.line(said))")
    }

    /// The sendmail command line, split at spaces (no shell: nothing in it is interpreted).
    static func command(_ settings: MailSettings) -> [String] {
        settings.sendmail.split(separator: " ").map(String.init)
    }
}
