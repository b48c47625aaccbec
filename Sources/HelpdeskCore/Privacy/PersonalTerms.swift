import Foundation

/// The words that identify a requester in free text, to be redacted: their e-mail address and
/// full name everywhere; on their own tickets also the address's local part (their login for
/// self-service tickets, as events name the actor) and each part of their name ("Hi Anna,").
/// Single name parts are not redacted elsewhere: "Anna" on someone else's ticket is not them.
public struct PersonalTerms: Sendable, Equatable {
    /// For any ticket; longest first, so "Anna Schmidt" goes before "Anna".
    public let everywhere: [String]
    /// For the requester's own tickets.
    public let ownTickets: [String]

    public init(name: String, email: String) {
        let local = email.split(separator: "@").first.map(String.init) ?? ""
        let name = name.trimmingCharacters(in: .whitespaces)
        let parts = name.split(whereSeparator: { $0 == " " || $0 == "-" }).map(String.init)
        func cleaned(_ terms: [String]) -> [String] {
            var seen = Set<String>()
            return terms.filter { $0.count >= 3 && $0 != Redaction.marker && seen.insert($0.lowercased()).inserted }
                .sorted { $0.count > $1.count }
        }
        everywhere = cleaned([email, name])
        ownTickets = cleaned([email, name, local] + parts)
    }

    /// `text` with every whole-word occurrence of a term replaced by the marker, ignoring case
    /// ("Anna" goes, "Annabel" stays).
    public static func redact(_ text: String, terms: [String]) -> String {
        var text = text
        // The cheap test first: most text mentions nobody, and needs no expression compiled.
        for term in terms where text.range(of: term, options: .caseInsensitive) != nil {
            let range = NSRange(text.startIndex..., in: text)
            text = pattern(term).stringByReplacingMatches(in: text, range: range, withTemplate: NSRegularExpression.escapedTemplate(for: Redaction.marker))
        }
        return text
    }

    /// Whether `text` mentions any of the terms as whole words.
    public static func mentions(_ text: String, terms: [String]) -> Bool {
        terms.contains { text.range(of: $0, options: .caseInsensitive) != nil && pattern($0).firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil }
    }

    private static func pattern(_ term: String) -> NSRegularExpression {
        // Escaped, so it cannot fail.
        try! NSRegularExpression(pattern: "(?<![\\p{L}\\p{N}])" + NSRegularExpression.escapedPattern(for: term) + "(?![\\p{L}\\p{N}])",
                                 options: [.caseInsensitive])
    }

    /// An FTS5 query matching tickets that may mention the terms (each as a phrase), to be
    /// confirmed with ``mentions(_:terms:)``.
    var searchQuery: String {
        everywhere.map { "\"" + $0.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }.joined(separator: " OR ")
    }
}
