import Foundation

/// A mail saying that a mail did not arrive: a delivery status notification (RFC 3464,
/// multipart/report) or an MTA's own shape of one (from MAILER-DAEMON, or sent from the null
/// reverse path). A postmaster is also a person who may ask for help: their mail is a request
/// unless it has one of those shapes. Gives the Message-IDs of the returned mail — from the returned
/// message or its headers, the bounce's own In-Reply-To/References, or a "Message-ID:" line in
/// its text — and the reason the receiving server gave.
public struct Bounce: Equatable, Sendable {
    public var returnedMessageIDs: [String]
    /// Diagnostic-Code, else Status, else a generic line.
    public var reason: String

    public static func detect(_ mail: MailMessage) -> Bounce? {
        let mailbox = mail.from.map { String($0.address.lowercased().split(separator: "@").first ?? "") } ?? ""
        let nullPath = mail.headers.raw("Return-Path").map { $0.filter { !$0.isWhitespace } == "<>" } ?? false
        guard mail.root.mediaType == "multipart/report" || mailbox == "mailer-daemon" || nullPath else { return nil }
        // An auto-reply ("out of office") is automated too, but it is not a bounce: it says so.
        if mail.root.mediaType != "multipart/report", mail.autoSubmitted == "auto-replied" { return nil }
        var ids: [String] = [], status: String?, diagnostic: String?
        func walk(_ part: MIMEPart, depth: Int) {
            guard depth < 8 else { return }
            switch part.mediaType {
            case "message/rfc822", "message/global":
                if let id = part.embeddedMessage?.messageID { ids.append(id) }
                return
            case "text/rfc822-headers", "message/rfc822-headers":
                ids += HeaderBlock.split(part.body[...]).headers.raw("Message-ID").map(MessageIDs.parse) ?? []
            case "message/delivery-status", "message/global-delivery-status":
                for line in part.text.split(whereSeparator: \.isNewline) {
                    let field = line.split(separator: ":", maxSplits: 1)
                    guard field.count == 2 else { continue }
                    let value = field[1].trimmingCharacters(in: .whitespaces)
                    switch field[0].lowercased() {
                    case "diagnostic-code": diagnostic = diagnostic ?? value.split(separator: ";", maxSplits: 1).last.map { $0.trimmingCharacters(in: .whitespaces) }
                    case "status": status = status ?? value
                    default: break
                    }
                }
            default:
                if part.isText, !part.isMultipart {
                    for match in part.text.matches(of: /(?im)^\s*Message-I[Dd]:\s*(<[^>\r\n]+>)/) { ids += MessageIDs.parse(String(match.1)) }
                }
            }
            for child in part.parts { walk(child, depth: depth + 1) }
        }
        walk(mail.root, depth: 0)
        ids += mail.inReplyTo + mail.references.reversed()
        var seen = Set<String>()
        let reason = diagnostic.map { $0.split(whereSeparator: \.isNewline).joined(separator: " ") } ?? status.map { "status \($0)" } ?? "returned by the receiving server"
        return Bounce(returnedMessageIDs: ids.filter { seen.insert($0).inserted }, reason: String(reason.prefix(300)))
    }
}
