import Foundation

/// A parsed mail message: its headers, its MIME tree, the text a helpdesk shows and its files.
///
/// `parse` is total — any bytes give a message (at worst one with no headers and the bytes as
/// its body), nothing throws or traps — and linear in the input, with MIME nesting capped at
/// `MIMEPart.maximumDepth`. Text is returned as decoded, *not* made safe for a terminal:
/// that is `Sanitizer`'s job where it is shown, and `MailCharset.replacingNUL` is there for
/// callers that store it.
///
/// ```swift
/// let mail = MailMessage.parse(Array(rawBytes))
/// mail.subject          // "Drucker im 2. Stock"
/// mail.from?.address    // "anna.huber@nordwind.example"
/// mail.bodyText         // the text/plain alternative, or the HTML as plain text
/// QuotedText.split(mail.bodyText).new
/// ```
public struct MailMessage: Sendable {
    /// The top of the MIME tree; its headers are the message's.
    public let root: MIMEPart
    /// What the sender wrote, as plain text: the text/plain alternative if there is one, else
    /// the HTML converted; several body parts of a multipart/mixed joined by a blank line.
    public let bodyText: String
    /// Every part that is not body text, in order, with safe file names.
    public let attachments: [MailAttachment]

    public static func parse(_ raw: [UInt8]) -> MailMessage {
        MailMessage(root: MIMEPart.parse(raw[...], depth: 0))
    }

    public static func parse(_ raw: Data) -> MailMessage {
        parse([UInt8](raw))
    }

    init(root: MIMEPart) {
        self.root = root
        let content = MailContent.collect(root)
        bodyText = content.body
        attachments = content.attachments
    }

    // MARK: - Header fields

    public var headers: MailHeaders { root.headers }

    /// The subject, encoded words decoded and unfolded; nil when there is no Subject field.
    public var subject: String? { headers["Subject"]?.trimmingBlanks }

    public var from: MailAddress? { addresses("From").first }
    public var sender: MailAddress? { addresses("Sender").first }
    public var replyTo: [MailAddress] { addresses("Reply-To") }
    public var to: [MailAddress] { addresses("To") }
    public var cc: [MailAddress] { addresses("Cc") }

    /// The mailboxes of every field called `name`, in order.
    public func addresses(_ name: String) -> [MailAddress] {
        headers.fields.filter { MailHeaders.same($0.name, name) }.flatMap { MailAddress.list($0.rawValue) }
    }

    /// Message-ID without angle brackets.
    public var messageID: String? { headers.raw("Message-ID").flatMap { MessageIDs.parse($0).first } }
    /// The ids In-Reply-To names (usually one), without angle brackets.
    public var inReplyTo: [String] { headers.raw("In-Reply-To").map(MessageIDs.parse) ?? [] }
    /// The ids References names, oldest first, without angle brackets.
    public var references: [String] { headers.raw("References").map(MessageIDs.parse) ?? [] }

    /// The Date field as seconds since 1970, nil when missing or unreadable.
    public var date: Int64? { headers.raw("Date").flatMap(MailDate.epochSeconds) }

    /// Auto-Submitted (RFC 3834), lowercased without comments: "no", "auto-replied", "auto-generated".
    public var autoSubmitted: String? { headers.raw("Auto-Submitted").map { HeaderParameters.parse($0).value } }
    /// Precedence, lowercased: "bulk", "list", "junk", "auto_reply".
    public var precedence: String? { headers.raw("Precedence").map { HeaderParameters.parse($0).value } }

    /// Whether a machine sent this rather than a person: an auto-reply, a bounce, a list or bulk
    /// mail. An intake must not answer these automatically (mail loops).
    public var isAutomated: Bool {
        if let autoSubmitted, !autoSubmitted.isEmpty, autoSubmitted != "no" { return true }
        if let precedence, ["bulk", "junk", "list", "auto_reply"].contains(precedence) { return true }
        if headers.raw("X-Autoreply") != nil || headers.raw("X-Autorespond") != nil { return true }
        if root.mediaType == "multipart/report" { return true }
        // The null reverse path: only bounces and other delivery notifications are sent from it.
        if let returnPath = headers.raw("Return-Path"), returnPath.filter({ !$0.isWhitespace }) == "<>" { return true }
        return false
    }
}
