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
        // One pass: controls and invisible characters dropped, blanks and dots each collapsed
        // to one (so no ".." survives), none at the start (no hidden files) or the end.
        var scalars: [Unicode.Scalar] = []
        for scalar in last.unicodeScalars where !Sanitizer.isControl(scalar) {
            let next: Unicode.Scalar = scalar.properties.isWhitespace ? " " : scalar
            if (next == " " || next == ".") && (scalars.isEmpty || scalars.last == next) { continue }
            scalars.append(next)
        }
        while let end = scalars.last, end == " " || end == "." { scalars.removeLast() }
        guard !scalars.isEmpty else { return fallback }
        return shortened(scalars, toBytes: 255)
    }

    /// The name cut to `limit` UTF-8 bytes at a scalar boundary, a short extension kept. Linear:
    /// a megabyte of name must not take a megabyte of passes.
    private static func shortened(_ scalars: [Unicode.Scalar], toBytes limit: Int) -> String {
        func size(_ scalar: Unicode.Scalar) -> Int { UTF8.width(scalar) }
        let total = scalars.reduce(0) { $0 + size($1) }
        var view = String.UnicodeScalarView()
        guard total > limit else { view.append(contentsOf: scalars); return String(view) }
        var stemEnd = scalars.count
        if let dot = scalars.lastIndex(of: "."), scalars.count - dot <= 16 { stemEnd = dot }
        let ext = scalars[stemEnd...]
        let extSize = ext.reduce(0) { $0 + size($1) }
        let budget = limit - (extSize <= limit / 2 ? extSize : 0)
        var used = 0
        for scalar in scalars[..<stemEnd] {
            guard used + size(scalar) <= budget else { break }
            view.append(scalar)
            used += size(scalar)
        }
        if extSize <= limit / 2 { view.append(contentsOf: ext) }
        return String(view)
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

private extension String {
    var trimmingTrailingNewlines: String {
        var text = Substring(self)
        while text.last == "\n" { text = text.dropLast() }
        return String(text)
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
        let pieces = collector.bodies.filter { !$0.trimmingBlanks.isEmpty }
        // One piece stays exactly as sent; several are joined by one blank line.
        let body = pieces.count == 1 ? pieces[0] : pieces.map(\.trimmingTrailingNewlines).joined(separator: "\n\n")
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
