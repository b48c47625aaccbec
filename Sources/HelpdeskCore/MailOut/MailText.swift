import Foundation

/// Text as it leaves by mail: plain (knowledge-base articles and macros are written in
/// Markdown; a requester's mail program shows its markup as is) and wrapped at 72 columns
/// without breaking a word or a URL, quoted lines and indented (code) lines left as they are.
public enum MailText {
    public static let width = 72

    /// Markdown markup removed: `# ` headings, `**`/`__` emphasis, `` ` `` code, `[text](url)`
    /// links (as "text <url>"), images, `>` block quotes kept (mail quotes the same way).
    public static func plain(_ markdown: String) -> String {
        var inFence = false
        return markdown.split(separator: "\n", omittingEmptySubsequences: false).map { raw -> String in
            let line = String(raw)
            if line.trimmingCharacters(in: .whitespaces).hasPrefix("```") {
                inFence.toggle()
                return ""
            }
            if inFence { return "    " + line }
            var text = line
            if let heading = text.firstMatch(of: /^#{1,6}\s+/) { text = String(text[heading.range.upperBound...]) }
            text = text.replacing(/!\[([^\]]*)\]\(([^)\s]+)\)/) { "\($0.1) <\($0.2)>" }
            text = text.replacing(/\[([^\]]+)\]\(([^)\s]+)\)/) { $0.1 == $0.2 ? "<\($0.2)>" : "\($0.1) <\($0.2)>" }
            text = text.replacing(/\*\*([^*]+)\*\*|__([^_]+)__/) { String($0.1 ?? $0.2 ?? "") }
            text = text.replacing(/`([^`]+)`/) { String($0.1) }
            if let bullet = text.firstMatch(of: /^(\s*)[*+]\s+/) { text = bullet.1 + "- " + text[bullet.range.upperBound...] }
            return text
        }.joined(separator: "\n")
    }

    /// Each paragraph line longer than `width` broken at spaces; a word longer than the width
    /// (a URL) stays whole on its own line. Quoted (`>`) and indented lines are left alone.
    public static func wrapped(_ text: String, width: Int = MailText.width) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).flatMap { raw -> [String] in
            let line = String(raw)
            guard line.count > width, !line.hasPrefix(">"), !line.hasPrefix("    "), !line.hasPrefix("\t"), line != "-- " else { return [line] }
            // A list item's continuation lines line up under its text.
            let indent = line.firstMatch(of: /^(\s*(?:- |\d+\. ))/).map { String(repeating: " ", count: $0.1.count) } ?? ""
            let leading = String(line.prefix { $0 == " " })
            var lines: [String] = [], current = ""
            for word in line.split(separator: " ", omittingEmptySubsequences: true) {
                if current.isEmpty {
                    current = (lines.isEmpty ? leading : indent) + word
                } else if current.count + 1 + word.count <= width {
                    current += " " + word
                } else {
                    lines.append(current)
                    current = indent + word
                }
            }
            if !current.isEmpty { lines.append(current) }
            return lines.isEmpty ? [line] : lines
        }.joined(separator: "\n")
    }
}
