/// The words of a free-text knowledge-base question, ready for FTS5: each word becomes a group
/// of quoted prefix terms (its stem and the stems of its translations), so user text is never
/// MATCH syntax. The store ranks articles by how many groups they match, then by BM25.
///
/// ```swift
/// ArticleSearchTerms(question: "Drucker Papierstau!").groups
/// // [["druck", "printer"], ["papierstau", "paper jam"]]
/// ArticleSearchTerms(question: "Drucker Papierstau!").matchExpressions
/// // [#"("druck"* OR "printer"*)"#, #"("papierstau"* OR "paper jam"*)"#]
/// ```
public struct ArticleSearchTerms: Sendable, Equatable {
    /// Per query word: the stems to look for (the word's own first).
    public var groups: [[String]]

    /// A question this long is cut: no one types more, and each word costs an FTS5 query.
    public static let maximumWords = 16
    /// A single "word" longer than this (a pasted hash) is cut; as a prefix it still matches.
    public static let maximumWordLength = 64

    public init(groups: [[String]]) { self.groups = groups }

    /// The words of a question, stopwords dropped unless nothing else is left, duplicates once.
    public init(question: String) {
        let words = Self.words(in: question)
        // One letter or digit says nothing ("3. OG"), and as a prefix it would match everything.
        let meaningful = words.filter { !Stopwords.contains($0) && $0.count > 1 }
        self.init(stems: Self.unique((meaningful.isEmpty ? words : meaningful).map(WordStem.stem)), limit: Self.maximumWords)
    }

    /// The most distinctive words of a ticket (subject and messages), for article suggestions:
    /// no stopwords, no one- or two-letter words; subject words count three times, and among
    /// equally frequent words the longer (rarer, more specific) one wins. At most `limit` words:
    /// each costs an FTS5 query per search, and the first few carry the topic. Each word is
    /// searched by at most its first `longestIndexedPrefix` letters (see there).
    public init(ticketSubject subject: String, messages: [String], limit: Int = 8) {
        var score: [String: Int] = [:]
        var firstSeen: [String: Int] = [:]
        func count(_ text: String, weight: Int) {
            for word in Self.words(in: text) where word.count >= 3 && !Stopwords.contains(word) {
                let stem = WordStem.stem(word)
                score[stem, default: 0] += weight
                if firstSeen[stem] == nil { firstSeen[stem] = firstSeen.count }
            }
        }
        count(subject, weight: 3)
        // The first messages describe the problem; later ones are mostly back-and-forth.
        for message in messages.prefix(3) { count(String(message.prefix(4_000)), weight: 1) }
        // Each key once (not two dictionary lookups and two character counts per comparison).
        let ranked = score.map { stem, score in (stem: stem, rank: score * 10 + min(stem.count, 12), first: firstSeen[stem]!) }
            .sorted { $0.rank != $1.rank ? $0.rank > $1.rank : $0.first < $1.first }
            .map(\.stem)
        self.init(stems: ranked, limit: limit, shortenedTo: Self.longestIndexedPrefix)
    }

    /// Groups for the first `limit` stems (each with its translations), every single word cut to
    /// `shortenedTo` letters if given; stems that come out the same make one group.
    private init(stems: [String], limit: Int, shortenedTo length: Int? = nil) {
        var seen = Set<String>()
        groups = []
        for stem in stems where groups.count < limit {
            var group = Self.unique([stem] + SearchSynonyms.of(stem: stem))
            if let length { group = Self.unique(group.map { Self.shortened($0, to: length) }) }
            if seen.insert(group[0]).inserted { groups.append(group) }
        }
    }

    /// The longest prefix the article index has a prefix index for (`prefix = '3 4 5 6 7 8'`,
    /// `Schema` v4). A longer prefix term makes FTS5 merge the whole doclists, positions and all,
    /// of every word it starts, on each query and whatever its LIMIT: ~0.3–0.8 ms per word at
    /// 50,000 articles, against ~0.25 ms for 500 rows of an indexed prefix. Suggestions search
    /// many words and rank by how many match, so 8 letters are distinctive enough there (the
    /// share of demo tickets whose topic's article is suggested first does not change).
    public static let longestIndexedPrefix = 8

    /// A word cut to `length` letters; phrases, and words with digits (error codes, model
    /// numbers), stay whole.
    static func shortened(_ stem: String, to length: Int) -> String {
        stem.contains(" ") || stem.contains(where: \.isNumber) ? stem : String(stem.prefix(length))
    }

    public var isEmpty: Bool { groups.isEmpty }

    /// One MATCH expression per group: `("druck"* OR "printer"*)`.
    public var matchExpressions: [String] {
        groups.map { group in
            let terms = group.compactMap(Self.quote)
            return terms.count == 1 ? terms[0] : "(" + FullTextQuery.any(terms) + ")"
        }
    }

    /// Each word on its own, without its translations: an article in the question's own words
    /// ranks above one that matches only through the glossary.
    public var ownWordExpressions: [String] {
        groups.compactMap { $0.first.flatMap(Self.quote) }
    }

    /// Whether some word has translations (else own-word matches equal group matches).
    public var hasSynonyms: Bool { groups.contains { $0.count > 1 } }

    /// Any group may match: the candidates.
    public var anyExpression: String { matchExpressions.joined(separator: " OR ") }

    /// A stem as a prefix term; words of one or two characters ("og", "pc"), and phrases ending
    /// in one ("sign in", "wi fi"), only as themselves: as prefixes they would match a large part
    /// of the vocabulary, and there is no prefix index that short, so each lookup would merge
    /// the doclists of every word starting with "in" (tens of milliseconds on a large knowledge base).
    static func quote(_ stem: String) -> String? {
        let last = stem.split(separator: " ").last ?? Substring(stem)
        return FullTextQuery.quote(stem, isPhrase: last.count < 3)
    }

    /// Words as the tokenizer sees them (`FoldedWords`), each cut at `maximumWordLength`.
    static func words(in text: String) -> [String] {
        FoldedWords(text, limit: maximumWords * 64).words.map { String(String(decoding: $0, as: UTF8.self).prefix(maximumWordLength)) }
    }

    static func unique(_ values: [String]) -> [String] {
        var seen = Set<String>()
        return values.filter { seen.insert($0).inserted }
    }
}
