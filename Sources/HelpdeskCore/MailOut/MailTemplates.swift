import Foundation
import GRDB

/// The texts helpdesk writes itself (`helpdesk mail template`): the greeting a mailed reply
/// starts from, the agent's signature, the acknowledgement of a new request and the solved
/// notice. Plain text with `{{placeholders}}`, kept in `settings` as `mail.template.NAME`
/// (an agent's own signature as `mail.signature.LOGIN`); an unknown placeholder is refused
/// when the template is set, so a typo never reaches a requester.
public enum MailTemplate: String, CaseIterable, Sendable {
    case greeting, signature, acknowledgement, solved

    public static let placeholders = ["requester.name", "ticket.id", "ticket.tag", "ticket.subject", "agent.name",
                                      "team", "support.address", "articles"]

    public var defaultText: String {
        switch self {
        case .greeting:
            "Hello {{requester.name}},\n\n"
        case .signature:
            "{{agent.name}}\n{{team}}"
        case .acknowledgement:
            """
            Hello {{requester.name}},

            thank you for your message. It is now request {{ticket.tag}} "{{ticket.subject}}", \
            and we will answer you as soon as we can.

            {{articles}}To add something, reply to this mail (keep {{ticket.tag}} in the subject). \
            If your question is already answered, reply with the word SOLVED on the first line \
            and we close the request.

            -- 
            {{team}} <{{support.address}}>
            """
        case .solved:
            """
            Hello {{requester.name}},

            your request {{ticket.tag}} "{{ticket.subject}}" is solved. If it is not, reply to \
            this mail and it opens again.

            -- 
            {{team}} <{{support.address}}>
            """
        }
    }

    var key: String { "mail.template.\(rawValue)" }

    /// The values a template is filled with (all plain text).
    public struct Values: Sendable {
        public var values: [String: String]
        public init(_ values: [String: String]) { self.values = values }
    }

    /// Fills the placeholders; an unknown one stays as written (set() refuses those).
    public static func render(_ text: String, _ values: Values) -> String {
        var output = "", rest = Substring(text)
        while let open = rest.range(of: "{{"), let close = rest[open.upperBound...].range(of: "}}") {
            output += rest[..<open.lowerBound]
            let name = rest[open.upperBound..<close.lowerBound].trimmingCharacters(in: .whitespaces)
            output += values.values[name] ?? String(rest[open.lowerBound..<close.upperBound])
            rest = rest[close.upperBound...]
        }
        return output + rest
    }

    /// The placeholders `text` names that do not exist.
    static func unknownPlaceholders(_ text: String) -> [String] {
        var unknown: [String] = [], rest = Substring(text)
        while let open = rest.range(of: "{{"), let close = rest[open.upperBound...].range(of: "}}") {
            let name = rest[open.upperBound..<close.lowerBound].trimmingCharacters(in: .whitespaces)
            if !placeholders.contains(name) { unknown.append(name) }
            rest = rest[close.upperBound...]
        }
        return unknown
    }

    static func text(_ template: MailTemplate, _ db: Database) throws -> String {
        try String.fetchOne(db.cachedStatement(sql: "SELECT value FROM settings WHERE key = ?"), arguments: [template.key]) ?? template.defaultText
    }

    /// An agent's signature: their own, else the team's signature template.
    static func signature(of login: String, _ db: Database) throws -> String {
        try String.fetchOne(db.cachedStatement(sql: "SELECT value FROM settings WHERE key = ?"), arguments: ["mail.signature.\(login)"])
            ?? text(.signature, db)
    }

    /// The values for a ticket (and the agent writing, if any).
    static func values(ticketId: Int64, agentName: String?, articles: String = "", settings: MailSettings? = nil, _ db: Database) throws -> Values {
        let settings = try settings ?? MailSettings.read(db)
        let row = try Row.fetchOne(db, sql: """
            SELECT t.subject, t.tier, r.name, r.email FROM tickets t JOIN requesters r ON r.id = t.requester_id WHERE t.id = ?
            """, arguments: [ticketId])
        let name: String? = row?["name"], email: String? = row?["email"]
        return Values([
            // Without a name, the address: "Hello anna@example.org," rather than "Hello ,".
            "requester.name": name.flatMap { $0.isEmpty ? nil : $0 } ?? email ?? "",
            "ticket.id": String(ticketId),
            "ticket.tag": TicketTag.format(ticketId, prefix: settings.tagPrefix),
            "ticket.subject": row?["subject"] ?? "",
            "agent.name": agentName ?? settings.fromName,
            "team": settings.fromName,
            "support.address": settings.fromAddress(tier: row?["tier"] ?? 1),
            "articles": articles,
        ])
    }
}

extension HelpdeskStore {
    public func mailTemplate(_ template: MailTemplate) throws -> String {
        try read { db in try MailTemplate.text(template, db) }
    }

    /// What a reply on a mailed-in ticket starts from (the greeting, with the requester's name);
    /// nil for tickets that did not come by mail.
    public func mailGreeting(ticketId: Int64, agentName: String?) throws -> String? {
        try read { db in
            let ticket = try TicketService.ticket(db, ticketId)
            guard try Outbox.recipient(of: ticket, db) != nil else { return nil }
            return MailTemplate.render(try MailTemplate.text(.greeting, db), try MailTemplate.values(ticketId: ticketId, agentName: agentName, db))
        }
    }

    /// An agent's signature as it is appended (their own, else the team's template).
    public func signature(of login: String) throws -> String {
        try read { db in try MailTemplate.signature(of: login, db) }
    }

    /// Sets (admins) or, with nil, resets a template to its default; logged as `mail.template`.
    public func setMailTemplate(_ template: MailTemplate, to text: String?, actor: Agent) throws {
        try Permissions.requireAdmin(actor, to: "change the mail templates")
        try saveMailText(key: template.key, text, what: "the \(template.rawValue) template", event: template.rawValue, actor: actor)
    }

    /// Sets or resets an agent's signature: their own, or anyone's for an admin.
    public func setSignature(of login: String, to text: String?, actor: Agent) throws {
        if login != actor.login { try Permissions.requireAdmin(actor, to: "change another agent's signature") }
        guard try agent(login: login) != nil else { throw HelpdeskError.notFound("no agent '\(Sanitizer.line(login))'") }
        try saveMailText(key: "mail.signature.\(login)", text, what: "the signature", event: "signature of \(login)", actor: actor)
    }

    private func saveMailText(key: String, _ text: String?, what: String, event: String, actor: Agent) throws {
        if let text {
            _ = try InputLimits.checked(text, what, limit: 20_000)
            guard !text.allSatisfy(\.isWhitespace) else {
                throw HelpdeskError.invalidInput("\(what) would be empty: --reset goes back to the built-in text — nothing was changed")
            }
            let unknown = MailTemplate.unknownPlaceholders(text)
            guard unknown.isEmpty else {
                throw HelpdeskError.invalidInput("\(what) names unknown placeholders: \(unknown.map { "{{\(Sanitizer.line($0))}}" }.joined(separator: ", ")) (known: \(MailTemplate.placeholders.joined(separator: ", "))) — nothing was changed")
            }
        }
        let now = self.now
        try write { db in
            if let text {
                try db.execute(sql: "INSERT INTO settings(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value", arguments: [key, text])
            } else {
                try db.execute(sql: "DELETE FROM settings WHERE key = ?", arguments: [key])
            }
            try TicketEvent(ticketId: nil, actor: actor.login, at: now, action: "mail.template", newValue: text == nil ? "\(event) reset" : "\(event) set").insert(db)
        }
    }
}
