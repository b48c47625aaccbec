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
