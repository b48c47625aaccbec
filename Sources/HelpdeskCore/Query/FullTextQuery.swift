import Foundation

/// Builds FTS5 MATCH expressions from user text without ever passing it raw:
/// each word becomes a quoted string (inner quotes doubled), so operators such as
/// AND, NOT, `*`, `(` or `-` are searched as words instead of being interpreted.
public enum FullTextQuery {
    /// `"word"*` for a single word (prefix match while typing), `"a phrase"` for a phrase;
    /// nil when the text holds nothing the tokenizer would index (e.g. only punctuation).
    public static func quote(_ text: String, isPhrase: Bool) -> String? {
        guard hasLetterOrDigit(text) else { return nil }
        var escaped = String.UnicodeScalarView()
        escaped.append("\"")
        // Scalar by scalar: a quote or NUL followed by a combining mark is one Character with it,
        // which a search by Character or string would miss.
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": escaped.append(contentsOf: "\"\"".unicodeScalars)
            // FTS5 reads the expression as a C string: a NUL would end it inside the quotes
            // ("unterminated string"). The tokenizer separates words at a NUL as at a space.
            case "\u{0}": escaped.append(" ")
            default: escaped.append(scalar)
            }
        }
        escaped.append("\"")
        return String(escaped) + (isPhrase ? "" : "*")
    }

    /// Whether the tokenizer would find a word in `text`; `FoldedWords` keeps only such words.
    static func hasLetterOrDigit(_ text: String) -> Bool {
        text.unicodeScalars.contains { $0.properties.isAlphabetic || $0.properties.numericType != nil }
    }

    /// All words must match: FTS5 joins quoted strings with an implicit AND.
    public static func all(_ quoted: [String]) -> String { quoted.joined(separator: " ") }

    /// Any word may match.
    public static func any(_ quoted: [String]) -> String { quoted.joined(separator: " OR ") }
}
