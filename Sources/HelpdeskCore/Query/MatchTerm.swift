/// A search term (a stem, or a phrase of stems) as FTS5 matches it against a text's words: the
/// last word as a prefix (`"druck"*`), unless it has fewer than three letters; a phrase's words
/// one after the other. What `ArticleSearchTerms.quote` sends to FTS5, checked in Swift.
struct MatchTerm: Equatable {
    /// The term's words, folded, as UTF-8.
    var words: [[UInt8]]
    /// Whether the last word matches any word it starts (else only itself).
    var lastIsPrefix: Bool

    /// A folded stem or phrase as `ArticleSearchTerms.groups` holds it (words separated by spaces).
    init(_ stem: String) {
        let words = stem.split(separator: " ")
        self.words = words.map { Array($0.utf8) }
        lastIsPrefix = (words.last?.count ?? 0) >= 3
    }

    /// How many words the term spans when it matches.
    var size: Int { words.count }

    /// Whether the term matches the words starting at `start`.
    func occurs(at start: Int, in text: FoldedWords) -> Bool {
        guard !words.isEmpty, start >= 0, start + words.count <= text.count else { return false }
        for (offset, part) in words.enumerated() where !text.word(at: start + offset, is: part, prefix: lastIsPrefix && offset == words.count - 1) {
            return false
        }
        return true
    }

    /// Whether the term matches anywhere in the words.
    func occurs(in text: FoldedWords) -> Bool {
        text.indices.contains { occurs(at: $0, in: text) }
    }
}
