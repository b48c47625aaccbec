/// Matched words marked in a title, and the snippet of a body, made in Swift the way FTS5's
/// `highlight()` and `snippet()` make them: the same words (`FoldedWords`, `MatchTerm`), the same
/// choice of the snippet's window, overlapping matches marked once.
///
/// FTS5 makes them only inside a query, and such a query re-reads every search word's doclist
/// (all of it for a long prefix without a prefix index) for the rows it marks: 1–3 ms for the
/// five suggestions of a ticket with 50,000 articles, against a few hundred microseconds here
/// for the same texts read from `kb_articles`.
struct MatchMarks {
    let terms: [MatchTerm]
    let open: String
    let close: String

    /// `terms` as `ArticleSearchTerms.groups` holds them (duplicates are marked once).
    init(terms: [String], open: String = ArticleHit.matchStart, close: String = ArticleHit.matchEnd) {
        var seen = Set<String>()
        self.terms = terms.filter { seen.insert($0).inserted }.map(MatchTerm.init)
        self.open = open
        self.close = close
    }

    /// The whole text with every match marked, as `highlight()`.
    func highlighted(_ text: String) -> String {
        let tokens = FoldedWords(text)
        return render(text, tokens: tokens, spans: spans(Self.instances(of: terms, in: tokens)), window: nil, ellipsis: "")
    }

    /// At most `length` words of the text around its best matches, as `snippet()`: the window with
    /// the most different terms (1,000 each, 1 for a repeat), centred on them, or starting a
    /// sentence if that scores as well (a bonus of 100, 120 at the start of the text); `ellipsis`
    /// where the text goes on.
    func snippet(_ text: String, length: Int = 16, ellipsis: String = "…") -> String {
        let tokens = FoldedWords(text)
        let instances = Self.instances(of: terms, in: tokens)
        let sentences = Self.sentenceStarts(Array(text.utf8), tokens)
        let count = tokens.count
        var best = 0, bestStart = 0
        for instance in instances {
            let (score, adjusted) = Self.score(instances, from: instance.start, length: length, count: count)
            if score > best { (best, bestStart) = (score, adjusted) }
            guard count > length, let sentence = sentences.last(where: { $0 <= instance.start }), sentence < instance.start else { continue }
            let sentenceScore = Self.score(instances, from: sentence, length: length, count: count).score + (sentence == 0 ? 120 : 100)
            if sentenceScore > best { (best, bestStart) = (sentenceScore, sentence) }
        }
        let window = bestStart...(bestStart + length - 1)
        return render(text, tokens: tokens, spans: spans(instances.filter { $0.start >= bestStart }), window: window, ellipsis: ellipsis)
    }

    /// One match: the term's index and the words it covers.
    struct Instance {
        var term: Int
        var start: Int
        var end: Int
    }

    /// Every match in word order.
    static func instances(of terms: [MatchTerm], in tokens: FoldedWords) -> [Instance] {
        var instances: [Instance] = []
        for index in tokens.indices {
            for (term, match) in terms.enumerated() where match.occurs(at: index, in: tokens) {
                instances.append(Instance(term: term, start: index, end: index + match.size - 1))
            }
        }
        return instances
    }

    /// The score of the window of `length` words from `start`, and where the window would be
    /// centred on the matches in it.
    private static func score(_ instances: [Instance], from start: Int, length: Int, count: Int) -> (score: Int, adjusted: Int) {
        var seen: [Int] = []
        var score = 0
        var first = -1, last = 0
        for instance in instances where instance.start >= start && instance.start < start + length {
            if seen.contains(instance.term) {
                score += 1
            } else {
                score += 1_000
                seen.append(instance.term)
            }
            if first < 0 { first = instance.start }
            last = instance.end + 1
        }
        var adjusted = first - (length - (last - first)) / 2
        if adjusted + length > count { adjusted = count - length }
        return (score, max(0, adjusted))
    }

    /// The first word of the text, and each word after a "." or ":" and white space.
    private static func sentenceStarts(_ bytes: [UInt8], _ tokens: FoldedWords) -> [Int] {
        guard !tokens.isEmpty else { return [] }
        var starts = [0]
        for index in tokens.indices.dropFirst() {
            let before = tokens.ranges[index].lowerBound - 1
            var offset = before
            while offset >= 0, bytes[offset] == 0x20 || bytes[offset] == 0x09 || bytes[offset] == 0x0A || bytes[offset] == 0x0D {
                offset -= 1
            }
            if offset >= 0, offset != before, bytes[offset] == UInt8(ascii: ".") || bytes[offset] == UInt8(ascii: ":") {
                starts.append(index)
            }
        }
        return starts
    }

    /// Overlapping matches as one span of words.
    private func spans(_ instances: [Instance]) -> [ClosedRange<Int>] {
        var spans: [ClosedRange<Int>] = []
        for instance in instances.sorted(by: { ($0.start, $0.end) < ($1.start, $1.end) }) {
            if let last = spans.last, instance.start <= last.upperBound {
                spans[spans.count - 1] = last.lowerBound...max(last.upperBound, instance.end)
            } else {
                spans.append(instance.start...instance.end)
            }
        }
        return spans
    }

    /// The text (or only the words of `window`, with `ellipsis` where the text goes on) with the spans marked.
    private func render(_ text: String, tokens: FoldedWords, spans: [ClosedRange<Int>], window: ClosedRange<Int>?, ellipsis: String) -> String {
        let bytes = Array(text.utf8)
        func slice(_ range: Range<Int>) -> String { String(decoding: bytes[range], as: UTF8.self) }
        guard !tokens.isEmpty else { return text }
        let lastWord = min(window?.upperBound ?? tokens.count - 1, tokens.count - 1)
        var output = ""
        var offset = 0
        if let window, window.lowerBound > 0 {
            output += ellipsis
            offset = tokens.ranges[window.lowerBound].lowerBound
        }
        for span in spans where span.lowerBound <= lastWord {
            let end = min(span.upperBound, lastWord)
            output += slice(offset..<tokens.ranges[span.lowerBound].lowerBound) + open
            output += slice(tokens.ranges[span.lowerBound].lowerBound..<tokens.ranges[end].upperBound) + close
            offset = tokens.ranges[end].upperBound
        }
        // The rest of the window, and of the text when the window reaches its last word.
        if let window, window.upperBound < tokens.count - 1 {
            return output + slice(offset..<tokens.ranges[lastWord].upperBound) + ellipsis
        }
        return output + slice(offset..<bytes.count)
    }
}
