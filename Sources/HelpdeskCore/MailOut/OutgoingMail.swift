import Foundation

/// A reply as an RFC 5322 message: UTF-8 text/plain, quoted-printable (any line length, any
/// character survives any MTA), non-ASCII header text as RFC 2047 encoded words, threaded to the
/// requester's mail by In-Reply-To/References and to the ticket by the subject tag. With files,
/// multipart/mixed: the text first, then each file in base64 (RFC 2231 names).
public struct OutgoingMail: Equatable, Sendable {
    public var fromName: String
    public var fromAddress: String
    public var toName: String?
    public var toAddress: String
    public var subject: String
    public var messageID: String
    public var inReplyTo: String?
    public var references: [String]
    public var date: Int64
    public var body: String
    /// A mail helpdesk wrote itself (acknowledgement, notice): `Auto-Submitted: auto-replied`
    /// (RFC 3834), so that well-behaved auto-responders do not answer it.
    public var isAutomatic = false
    /// Files the agent attached to the reply.
    public var attachments: [MailAttachment] = []

    /// The subject of a mail on ticket `id`: the tag once, and for a reply "Re:" once.
    public static func subject(_ ticketSubject: String, ticketId: Int64, prefix: String, reply: Bool = true) -> String {
        let tag = TicketTag.format(ticketId, prefix: prefix)
        let tagged = TicketTag.ticketId(in: ticketSubject, prefix: prefix) == ticketId ? ticketSubject : "\(tag) \(ticketSubject)"
        return !reply || tagged.lowercased().hasPrefix("re:") ? tagged : "Re: \(tagged)"
    }

    /// The message, CRLF line ends.
    public var bytes: [UInt8] {
        var headers = [
            "From: \(Self.mailbox(fromName, fromAddress))",
            "To: \(Self.mailbox(toName, toAddress))",
            "Reply-To: \(fromAddress)",
            "Subject: \(Self.encodedWords(subject))",
            "Date: \(Self.rfc5322Date(date))",
            "Message-ID: <\(messageID)>",
        ]
        if let inReplyTo { headers.append("In-Reply-To: <\(inReplyTo)>") }
        if !references.isEmpty { headers.append("References: " + references.map { "<\($0)>" }.joined(separator: "\r\n ")) }
        headers += ["MIME-Version: 1.0", "Auto-Submitted: \(isAutomatic ? "auto-replied" : "no")"]
        let text = ["Content-Type: text/plain; charset=utf-8", "Content-Transfer-Encoding: quoted-printable"]
        guard !attachments.isEmpty else {
            return Array(((headers + text).joined(separator: "\r\n") + "\r\n\r\n" + Self.quotedPrintable(body) + "\r\n").utf8)
        }
        // Base64 and quoted-printable never produce "=_", so the boundary cannot occur inside a part.
        let boundary = "=_helpdesk_" + messageID.utf8.reduce(into: "") { $0 += String($1, radix: 16) }.prefix(40)
        var lines = headers + ["Content-Type: multipart/mixed; boundary=\"\(boundary)\"", "",
                               "This is a message in MIME format.", "--\(boundary)"] + text + ["", Self.quotedPrintable(body)]
        for file in attachments {
            lines += ["--\(boundary)", "Content-Type: \(file.mediaType)", "Content-Disposition: attachment; \(Self.fileNameParameter(file.fileName))",
                      "Content-Transfer-Encoding: base64", ""]
            lines += Self.base64Lines(file.data)
        }
        lines += ["--\(boundary)--", ""]
        return Array(lines.joined(separator: "\r\n").utf8)
    }

    /// `filename="report.pdf"`, or for a name beyond plain ASCII the RFC 2231 form
    /// `filename*=utf-8''Rechnung%20M%C3%A4rz.pdf`.
    static func fileNameParameter(_ name: String) -> String {
        if name.unicodeScalars.allSatisfy({ $0.isASCII && $0.value >= 0x20 && $0.value < 0x7F && $0 != "\"" && $0 != "\\" }) {
            return "filename=\"\(name)\""
        }
        let unreserved = Set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~".utf8)
        let encoded = name.utf8.map { unreserved.contains($0) ? String(UnicodeScalar($0)) : String(format: "%%%02X", $0) }.joined()
        return "filename*=utf-8''\(encoded)"
    }

    /// Base64 in lines of 76 characters (RFC 2045).
    static func base64Lines(_ data: [UInt8]) -> [String] {
        let encoded = [UInt8](Data(data).base64EncodedData())
        return stride(from: 0, to: encoded.count, by: 76).map { start in
            String(decoding: encoded[start..<min(start + 76, encoded.count)], as: UTF8.self)
        }
    }

    static func mailbox(_ name: String?, _ address: String) -> String {
        guard let name, !name.isEmpty else { return address }
        let plain = name.unicodeScalars.allSatisfy { $0.isASCII && ($0.properties.isAlphabetic || $0 == " " || ("0"..."9").contains($0)) }
        return plain ? "\(name) <\(address)>" : "\(encodedWords(name, always: true)) <\(address)>"
    }

    /// Header text: as is when plain ASCII, else UTF-8 encoded words of at most 75 characters,
    /// split between whole characters.
    static func encodedWords(_ text: String, always: Bool = false) -> String {
        let line = MailIntake.line(text)
        guard always || !line.unicodeScalars.allSatisfy({ $0.isASCII && $0.value >= 0x20 && $0.value < 0x7F }) else { return line }
        var words: [String] = [], chunk = ""
        for character in line {
            if (chunk + String(character)).utf8.count > 45 {
                words.append(chunk)
                chunk = ""
            }
            chunk.append(character)
        }
        if !chunk.isEmpty { words.append(chunk) }
        return words.map { "=?utf-8?B?\(Data($0.utf8).base64EncodedString())?=" }.joined(separator: "\r\n ")
    }

    /// RFC 2045 quoted-printable with CRLF lines and soft breaks before 76 characters.
    static func quotedPrintable(_ text: String) -> String {
        var output: [String] = []
        for line in text.replacingOccurrences(of: "\r\n", with: "\n").split(separator: "\n", omittingEmptySubsequences: false) {
            var encoded = "", length = 0
            let bytes = Array(line.utf8)
            for (index, byte) in bytes.enumerated() {
                let isLast = index == bytes.count - 1
                let piece: String
                if (byte >= 33 && byte <= 126 && byte != 61) || ((byte == 32 || byte == 9) && !isLast) {
                    piece = String(UnicodeScalar(byte))
                } else {
                    piece = "=" + String(format: "%02X", byte)
                }
                if length + piece.count > 75 {
                    output.append(encoded + "=")
                    encoded = ""
                    length = 0
                }
                encoded += piece
                length += piece.count
            }
            output.append(encoded)
        }
        return output.joined(separator: "\r\n")
    }

    static func rfc5322Date(_ seconds: Int64) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss '+0000'"
        return formatter.string(from: Date(timeIntervalSince1970: TimeInterval(seconds)))
    }
}
