/// What a sender newly wrote, separated from the history they quoted and their signature.
///
/// The reply starts where the first of these begins: an attribution line (`On … wrote:`, also
/// broken over up to three lines; German `Am … schrieb …:`; French `Le … a écrit :`), an
/// Outlook separator (`-----Original Message-----`, `-----Ursprüngliche Nachricht-----`, a line
/// of underscores before a header block), an Outlook header block (`From:`/`Von:` followed by
/// `Sent:`/`Gesendet:`, `To:`/`An:`, `Subject:`/`Betreff:`, `Date:`/`Datum:`), the block of `>`
/// lines that ends the message, or a signature after a line that is exactly `-- ` or `--`.
/// When nothing would be left as new (a message that is all quote), everything is new.
public enum QuotedText {
    public static func split(_ body: String) -> (new: String, quoted: String?) {
        // Split on the bytes: splitting Characters would run grapheme breaking over the whole body.
        let lines = body.utf8.split(separator: 0x0A, omittingEmptySubsequences: false).map { line in
            Substring(line.last == 0x0D ? line.dropLast() : line)
        }
        guard let cut = firstQuoteLine(lines) else { return (body, nil) }
        let new = trimmedLines(lines[..<cut])
        guard !new.isEmpty else { return (body, nil) }
        let quoted = trimmedLines(lines[cut...])
        return (new, quoted.isEmpty ? nil : quoted)
    }

    private static func firstQuoteLine(_ lines: [Substring]) -> Int? {
        var index = 0
        while index < lines.count {
            // Each test needs a particular first character, so most lines cost one look at their start.
            let first = lines[index].utf8.first(where: { $0 != 0x20 && $0 != 0x09 }).map { Character(Unicode.Scalar($0)) }
            switch first {
            case "-":
                let line = lines[index].trimmingBlanks
                if line == "--" || isSeparator(line) { return index }  // "-- " trims to "--"
            case "o", "O", "a", "A", "l", "L", "e", "E":
                if isAttribution(lines, at: index) { return index }
            case "f", "F", "v", "V", "*":
                guard isHeaderBlock(lines, at: index) else { break }
                // Outlook puts a line of underscores above the block; it belongs to the quote.
                if index > 0, isUnderscoreLine(lines[index - 1].trimmingBlanks) { return index - 1 }
                return index
            default:
                break
            }
            index += 1
        }
        return trailingQuoteBlock(lines)
    }

    /// `-----Original Message-----` and its translations, with any number of dashes and spaces.
    private static func isSeparator(_ line: String) -> Bool {
        guard line.hasPrefix("--") else { return false }
        let words = line.lowercased().trimmingCharacters(of: "- ")
        return ["original message", "ursprüngliche nachricht", "original nachricht", "message d'origine", "mensaje original"].contains(words)
    }

    private static func isUnderscoreLine(_ line: String) -> Bool {
        line.count >= 10 && line.allSatisfy { $0 == "_" }
    }

    /// `On … wrote:` and friends, the line perhaps broken once or twice by the sender's mailer.
    private static func isAttribution(_ lines: [Substring], at index: Int) -> Bool {
        let limit = 400  // bytes: an attribution is one sentence, not a paragraph
        let start = lines[index].drop(while: { $0 == " " || $0 == "\t" }).prefix(3).lowercased()
        guard ["on ", "am ", "le ", "el "].contains(start), lines[index].utf8.count <= limit else { return false }
        let lower = lines[index].trimmingBlanks.lowercased()
        var joined = lower
        for extra in 0..<3 {
            if extra > 0 {
                guard index + extra < lines.count, joined.utf8.count + lines[index + extra].utf8.count <= limit else { return false }
                let next = lines[index + extra].trimmingBlanks
                if next.isEmpty { return false }  // (a "> wrote:" line is Gmail wrapping, not a quote)
                joined += " " + next.lowercased()
            }
            if joined.hasSuffix("wrote:") || joined.hasSuffix("a écrit :") || joined.hasSuffix("a écrit:") || joined.hasSuffix("escribió:") {
                return true
            }
            if lower.hasPrefix("am ") && joined.contains("schrieb") && joined.hasSuffix(":") { return true }
        }
        return false
    }

    private static let headerKeys = ["from:", "von:", "sent:", "gesendet:", "to:", "an:", "cc:", "subject:", "betreff:", "date:", "datum:"]

    /// `From:`/`Von:` (perhaps bold, `*From:*`) followed within four lines by at least two more
    /// header lines: a quoted message's header block as Outlook writes it.
    private static func isHeaderBlock(_ lines: [Substring], at index: Int) -> Bool {
        let first = headerKey(lines[index])
        guard first == "from:" || first == "von:" else { return false }
        var found = 0
        var position = index + 1
        while position < lines.count && position <= index + 4 {
            if let key = headerKey(lines[position]), key != "from:", key != "von:" { found += 1 }
            position += 1
        }
        return found >= 2
    }

    private static func headerKey(_ line: Substring) -> String? {
        // The longest key with its bold stars fits in the first 16 characters.
        let text = String(line.drop(while: { $0 == " " || $0 == "\t" }).prefix(16)).lowercased().replacingStars()
        guard let colon = text.firstIndex(of: ":") else { return nil }
        let key = String(text[...colon])
        return headerKeys.contains(key) ? key : nil
    }

    /// Where the block of `>` lines (and blank lines) that ends the message starts; nil when the
    /// message does not end in quoted lines.
    private static func trailingQuoteBlock(_ lines: [Substring]) -> Int? {
        var index = lines.count
        var sawQuote = false
        while index > 0 {
            let line = lines[index - 1].trimmingBlanks
            if line.hasPrefix(">") { sawQuote = true } else if !line.isEmpty { break }
            index -= 1
        }
        guard sawQuote else { return nil }
        while index < lines.count && lines[index].trimmingBlanks.isEmpty { index += 1 }
        return index
    }

    /// The lines joined, blank lines at either end and blanks at the very end removed.
    private static func trimmedLines(_ lines: ArraySlice<Substring>) -> String {
        var slice = lines
        while let first = slice.first, first.trimmingBlanks.isEmpty { slice = slice.dropFirst() }
        while let last = slice.last, last.trimmingBlanks.isEmpty { slice = slice.dropLast() }
        var text = slice.joined(separator: "\n")
        while text.last == " " || text.last == "\t" { text.removeLast() }
        return text
    }
}

private extension Substring {
    var trimmingBlanks: String { String(self).trimmingBlanks }
}

private extension String {
    func trimmingCharacters(of set: String) -> String {
        var text = Substring(self)
        while let first = text.first, set.contains(first) { text = text.dropFirst() }
        while let last = text.last, set.contains(last) { text = text.dropLast() }
        return String(text)
    }

    func replacingStars() -> String {
        guard contains("*") else { return self }
        return String(filter { $0 != "*" })
    }
}
