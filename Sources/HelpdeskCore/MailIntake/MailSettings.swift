import Foundation
import GRDB

/// The team's mail settings, shared in `settings`: the subject tag's prefix and the largest
/// message taken in (bigger ones are refused, so the MTA bounces them: a mailbox-sized limit,
/// not a store for anything anyone sends).
public struct MailSettings: Equatable, Sendable {
    public var tagPrefix: String
    public var maxMessageBytes: Int
    /// The support address replies come from (and go back to).
    public var fromAddress: String
    /// The team's name in From:, e.g. "Nordwind IT Support".
    public var fromName: String
    /// How mail leaves: the sendmail interface (`-t` reads the recipients from the headers).
    public var sendmail: String
    /// Each tier's own support address (tier 1 first; nil: the support address): mail sent to
    /// one starts a ticket in that tier, and that tier's tickets are answered from it.
    public var tierAddresses: [String?] = [nil, nil, nil]
    /// Whether a new mailed request gets an acknowledgement with articles that may answer it.
    public var acknowledge = true

    public static let defaultTagPrefix = "Helpdesk"
    public static let defaultMaxMessageBytes = 25 << 20
    static let tagPrefixKey = "mail.tag_prefix"
    static let maxMessageBytesKey = "mail.max_message_bytes"
    static let fromAddressKey = "mail.from_address"
    static let fromNameKey = "mail.from_name"
    static let sendmailKey = "mail.sendmail"
    static let acknowledgeKey = "mail.acknowledge"
    static func tierAddressKey(_ tier: Int) -> String { "mail.address.tier\(tier)" }
    public static let defaultFromName = "Support"
    public static let defaultSendmail = "/usr/sbin/sendmail -t -oi"

    public init(tagPrefix: String = MailSettings.defaultTagPrefix, maxMessageBytes: Int = MailSettings.defaultMaxMessageBytes,
                fromAddress: String = "support@localhost.localdomain", fromName: String = MailSettings.defaultFromName,
                sendmail: String = MailSettings.defaultSendmail) {
        self.tagPrefix = tagPrefix
        self.maxMessageBytes = maxMessageBytes
        self.fromAddress = fromAddress
        self.fromName = fromName
        self.sendmail = sendmail
    }

    static func read(_ db: Database) throws -> MailSettings {
        func value(_ key: String) throws -> String? {
            try String.fetchOne(db, sql: "SELECT value FROM settings WHERE key = ?", arguments: [key])
        }
        // Without a configured address: support@ the self-service domain, else the host's.
        let domain = try value(HelpdeskStore.requesterDomainKey) ?? SelfService.domain(fromHost: ProcessInfo.processInfo.hostName)
        var settings = MailSettings(tagPrefix: try value(tagPrefixKey) ?? defaultTagPrefix,
                            maxMessageBytes: try value(maxMessageBytesKey).flatMap { Int($0) } ?? defaultMaxMessageBytes,
                            fromAddress: try value(fromAddressKey) ?? "support@\(domain)",
                            fromName: try value(fromNameKey) ?? defaultFromName,
                            sendmail: try value(sendmailKey) ?? defaultSendmail)
        settings.tierAddresses = try (1...3).map { try value(tierAddressKey($0)) }
        settings.acknowledge = try value(acknowledgeKey) != "off"
        return settings
    }

    /// The address a ticket of `tier` is answered from.
    public func fromAddress(tier: Int) -> String {
        (1...3).contains(tier) ? tierAddresses[tier - 1] ?? fromAddress : fromAddress
    }

    /// The tier whose own address is among `recipients`, if any.
    func tier(addressedTo recipients: [String]) -> Int? {
        let lowered = Set(recipients.map { $0.lowercased() })
        return (1...3).first { tierAddresses[$0 - 1].map(lowered.contains) ?? false }
    }

    /// A prefix is one word of letters, digits, `-` and `_` (it sits inside `[… #N]`).
    public static func validatedPrefix(_ text: String) throws -> String {
        let prefix = text.trimmingCharacters(in: .whitespaces)
        guard (1...30).contains(prefix.count), prefix.unicodeScalars.allSatisfy({ $0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "-" || $0 == "_" }) else {
            throw HelpdeskError.invalidInput("the tag prefix is one word of letters, digits, - and _ (up to 30), not '\(Sanitizer.line(text))'")
        }
        return prefix
    }
}

extension HelpdeskStore {
    public func mailSettings() throws -> MailSettings {
        try read { db in try MailSettings.read(db) }
    }

    /// Changes the mail settings (admins) and logs what changed.
    public func saveMailSettings(_ settings: MailSettings, actor: Agent) throws {
        try Permissions.requireAdmin(actor, to: "change the mail settings")
        let prefix = try MailSettings.validatedPrefix(settings.tagPrefix)
        guard (1 << 10...1 << 30).contains(settings.maxMessageBytes) else {
            throw HelpdeskError.invalidInput("the largest message is 1 KB to 1 GB, not \(settings.maxMessageBytes) bytes")
        }
        let address = settings.fromAddress.trimmingCharacters(in: .whitespaces).lowercased()
        guard HelpdeskStore.isPlausibleEmail(address) else { throw HelpdeskError.invalidInput("'\(Sanitizer.line(settings.fromAddress))' is not an e-mail address") }
        let name = try InputLimits.checked(MailIntake.line(settings.fromName), "the sender's name", limit: 100)
        let tierAddresses = try settings.tierAddresses.map { address -> String? in
            guard let address = address?.trimmingCharacters(in: .whitespaces).lowercased(), !address.isEmpty else { return nil }
            guard HelpdeskStore.isPlausibleEmail(address) else { throw HelpdeskError.invalidInput("'\(Sanitizer.line(address))' is not an e-mail address") }
            return address
        }
        let sendmail = settings.sendmail.trimmingCharacters(in: .whitespaces)
        guard sendmail.hasPrefix("/"), !sendmail.contains("\n") else {
            throw HelpdeskError.invalidInput("the sendmail command starts with an absolute path, like \(MailSettings.defaultSendmail)")
        }
        let now = self.now
        try write { db in
            for (key, value) in [(MailSettings.tagPrefixKey, prefix), (MailSettings.maxMessageBytesKey, String(settings.maxMessageBytes)),
                                 (MailSettings.fromAddressKey, address), (MailSettings.fromNameKey, name), (MailSettings.sendmailKey, sendmail)] {
                try db.execute(sql: "INSERT INTO settings(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                               arguments: [key, value])
            }
            try db.execute(sql: "INSERT INTO settings(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                           arguments: [MailSettings.acknowledgeKey, settings.acknowledge ? "on" : "off"])
            for (index, address) in tierAddresses.enumerated() {
                if let address {
                    try db.execute(sql: "INSERT INTO settings(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                                   arguments: [MailSettings.tierAddressKey(index + 1), address])
                } else {
                    try db.execute(sql: "DELETE FROM settings WHERE key = ?", arguments: [MailSettings.tierAddressKey(index + 1)])
                }
            }
            try TicketEvent(ticketId: nil, actor: actor.login, at: now, action: "mail.settings",
                            newValue: "tag [\(prefix) #N], messages up to \(settings.maxMessageBytes) bytes, from \(name) <\(address)>, via \(sendmail), acknowledgements \(settings.acknowledge ? "on" : "off")" +
                            tierAddresses.enumerated().compactMap { index, address in address.map { ", tier \(index + 1) <\($0)>" } }.joined()).insert(db)
        }
    }
}
