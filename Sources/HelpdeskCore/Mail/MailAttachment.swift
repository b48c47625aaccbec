import Foundation

/// A file that came with a message. Nothing in it is run or interpreted; `fileName` is safe to
/// use as the last component of a path.
public struct MailAttachment: Sendable, Equatable {
    /// The sender's file name made safe (see `safeFileName`), or `attachment-N.ext`.
    public let fileName: String
    /// The media type, lowercased ("application/pdf").
    public let mediaType: String
    /// The bytes, transfer encoding removed.
    public let data: [UInt8]
    /// Content-ID without angle brackets (what an HTML body's `cid:` links name).
    public let contentID: String?
    /// Shown within the message (Content-Disposition inline, or an image of multipart/related)
    /// rather than offered as a separate file.
    public let isInline: Bool

    public var size: Int { data.count }

    /// A file name without path separators, "..", leading dots, control or invisible characters
    /// (a right-to-left override would make "gpj.exe" read "exe.jpg"), at most 255 UTF-8 bytes
    /// with the extension kept; `fallback` when nothing usable is left.
    public static func safeFileName(_ name: String?, fallback: String) -> String {
        guard let name else { return fallback }
        // The last path component of either kind of path, so "..\..\evil.bat" is "evil.bat".
        let last = name.split(whereSeparator: { $0 == "/" || $0 == "\\" }).last.map(String.init) ?? ""
        var scalars = String.UnicodeScalarView()
        for scalar in last.unicodeScalars where !Sanitizer.isControl(scalar) {
            scalars.append(scalar.properties.isWhitespace ? " " : scalar)
        }
        var cleaned = String(scalars).split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
        while cleaned.hasPrefix(".") || cleaned.hasPrefix(" ") { cleaned.removeFirst() }
        while cleaned.hasSuffix(".") || cleaned.hasSuffix(" ") { cleaned.removeLast() }
        cleaned = cleaned.replacingOccurrences(of: "..", with: ".")
        guard !cleaned.isEmpty else { return fallback }
        return shortened(cleaned, toBytes: 255)
    }

    /// The name cut to `limit` UTF-8 bytes at a character boundary, its extension kept.
    private static func shortened(_ name: String, toBytes limit: Int) -> String {
        guard name.utf8.count > limit else { return name }
        var ext = ""
        if let dot = name.lastIndex(of: "."), name.distance(from: dot, to: name.endIndex) <= 16 {
            ext = String(name[dot...])
        }
        var stem = ext.isEmpty ? name : String(name[..<name.lastIndex(of: ".")!])
        while stem.utf8.count + ext.utf8.count > limit { stem.removeLast() }
        return stem + ext
    }

    /// A file name extension for a media type, for attachments that came without a name.
    static func fileExtension(for mediaType: String) -> String {
        switch mediaType {
        case "application/pdf": return "pdf"
        case "image/png": return "png"
        case "image/jpeg", "image/jpg", "image/pjpeg": return "jpg"
        case "image/gif": return "gif"
        case "image/webp": return "webp"
        case "text/plain": return "txt"
        case "text/html": return "html"
        case "text/calendar": return "ics"
        case "text/csv": return "csv"
        case "message/rfc822", "message/global": return "eml"
        case "message/delivery-status", "message/global-delivery-status": return "txt"
        case "application/zip": return "zip"
        case "application/pgp-signature": return "asc"
        default: return "bin"
        }
    }
}

/// Which parts of a message are its body text and which are attachments.
///
/// multipart/alternative: the text/plain alternative if it has text, else the best other one
/// (HTML converted); multipart/related: its root is the body, the rest inline attachments;
/// any other multipart (mixed, report, signed, …): every inline text/plain or text/html part
/// without a file name is body text, in order, everything else an attachment. A forwarded
/// message (message/rfc822) is an attachment — `MIMEPart.embeddedMessage` reads it.
enum MailContent {
    static func collect(_ root: MIMEPart) -> (body: String, attachments: [MailAttachment]) {
        var collector = Collector()
        collector.walk(root, isRoot: true)
        let body = collector.bodies.filter { !$0.isEmpty }.joined(separator: "\n\n")
        return (body, collector.attachments)
    }

    private struct Collector {
        var bodies: [String] = []
        var attachments: [MailAttachment] = []

        mutating func walk(_ part: MIMEPart, isRoot: Bool = false, inRelated: Bool = false) {
            if part.isMultipart && !part.parts.isEmpty {
                switch part.mediaType {
                case "multipart/alternative":
                    let chosen = bestAlternative(part.parts)
                    for (index, child) in part.parts.enumerated() {
                        if index == chosen { walk(child) } else { keepFiles(child) }
                    }
                case "multipart/related":
                    let start = part.parameters["start"].flatMap { MessageIDs.parse($0).first }
                    let rootIndex = start.flatMap { id in part.parts.firstIndex { $0.contentID == id } } ?? 0
                    for (index, child) in part.parts.enumerated() {
                        if index == rootIndex { walk(child) } else { attach(child, inline: true) }
                    }
                default:
                    for child in part.parts { walk(child) }
                }
                return
            }
            if isBodyText(part, isRoot: isRoot) {
                bodies.append(text(of: part))
            } else {
                attach(part, inline: false)
            }
        }

        /// In another alternative's subtree: only real files are kept (an image of a related HTML).
        mutating func keepFiles(_ part: MIMEPart) {
            if part.isMultipart && !part.parts.isEmpty {
                for child in part.parts { keepFiles(child) }
            } else if !(part.mediaType == "text/plain" || part.mediaType == "text/html") || part.fileName != nil {
                attach(part, inline: true)
            }
        }

        mutating func attach(_ part: MIMEPart, inline: Bool) {
            if part.isMultipart && !part.parts.isEmpty {
                for child in part.parts { attach(child, inline: inline) }
                return
            }
            let number = attachments.count + 1
            var name = part.fileName
            if name == nil, let inner = part.embeddedMessage, let subject = inner.subject, !subject.isEmpty {
                name = subject + ".eml"  // a forwarded message is best named by its subject
            }
            let fallback = "attachment-\(number).\(MailAttachment.fileExtension(for: part.mediaType))"
            attachments.append(MailAttachment(
                fileName: MailAttachment.safeFileName(name, fallback: fallback),
                mediaType: part.mediaType, data: part.body, contentID: part.contentID,
                isInline: inline || part.disposition == "inline"))
        }

        func isBodyText(_ part: MIMEPart, isRoot: Bool) -> Bool {
            guard part.disposition != "attachment", part.fileName == nil else { return false }
            if part.mediaType == "text/plain" || part.mediaType == "text/html" { return true }
            // A single-part message of another text type (text/enriched, text/x-whatever) is read as it is.
            return isRoot && part.isText
        }

        /// The index of the alternative to show: the first text/plain one with text, else the
        /// last one that gives any text (RFC 2046: the last is the richest).
        func bestAlternative(_ parts: [MIMEPart]) -> Int {
            var fallback = parts.count - 1
            var found = false
            for (index, part) in parts.enumerated() {
                if part.mediaType == "text/plain", part.disposition != "attachment",
                   !part.text.trimmingBlanks.isEmpty { return index }
                if part.mediaType == "text/html" || (part.isMultipart && !part.parts.isEmpty) {
                    fallback = index
                    found = true
                }
            }
            return found ? fallback : 0
        }

        func text(of part: MIMEPart) -> String {
            part.mediaType == "text/html" ? HTMLText.plainText(part.text) : part.text
        }
    }
}
