import Foundation

/// The sizes every input may have, and the one check that text a person typed, mailed or
/// imported is stored exactly or refused — never silently cut. docs/admin.md lists them.
///
/// Why NUL is refused: SQLite's C API takes text up to its first NUL byte, so a body with one
/// would be stored cut short without a word; no request, note or article needs one.
public enum InputLimits {
    /// A ticket's subject, in characters.
    public static let subject = 500
    /// A message: the first one of a ticket, a reply, a note, an escalation reason (characters).
    public static let message = 100_000
    /// An article's title (characters) and body (UTF-8 bytes).
    public static let articleTitle = 300
    public static let articleBody = 1_000_000
    /// A query, in characters and in terms: the search itself is linear, but a query no person
    /// types (a pasted document) would still take seconds per keystroke.
    public static let queryCharacters = 2_000
    public static let queryTerms = 64
    /// A tag, a category: one word of at most this many characters.
    public static let word = 64
    /// A file an agent attaches to a reply or note, in bytes (mail servers commonly take 25 MB
    /// per message; base64 adds a third).
    public static let attachmentBytes = 15 * 1024 * 1024

    /// `text` unchanged, or why it cannot be stored: it contains a NUL byte, or it is longer than
    /// `limit` characters. `what` names it in the message ("the body", "a reply").
    public static func checked(_ text: String, _ what: String, limit: Int) throws -> String {
        if let offset = text.utf8.firstIndex(of: 0).map({ text.utf8.distance(from: text.utf8.startIndex, to: $0) }) {
            throw HelpdeskError.invalidInput("\(what) contains a NUL byte (at byte \(offset)): helpdesk stores text, not binary data — nothing was changed")
        }
        // Counting characters is linear; the UTF-8 length bounds it from above, so most text skips it.
        guard text.utf8.count <= limit || text.count <= limit else {
            throw HelpdeskError.invalidInput("\(what) is too long (\(text.count) characters; at most \(limit))")
        }
        return text
    }

    /// `word` as a tag or category may be: one word of printable characters, at most `word` long.
    public static func checkedWord(_ word: String, _ what: String) throws -> String {
        guard !word.isEmpty, word.count <= Self.word,
              !word.unicodeScalars.contains(where: { $0.properties.isWhitespace || Sanitizer.isControl($0) }) else {
            throw HelpdeskError.invalidInput("\(what) is one word of at most \(Self.word) characters, without spaces or control characters")
        }
        return word
    }
}
