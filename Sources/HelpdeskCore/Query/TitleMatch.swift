/// Which of a search's word groups an article title matches, as FTS5 would match them
/// (`MatchTerm`). The ranking checks its candidates' titles with this rather than with a
/// column-filtered FTS5 scan, which reads a word's whole doclist.
struct TitleMatch {
    /// Per group, its terms (the word and its translations).
    let groups: [[MatchTerm]]

    /// `groups` as `ArticleSearchTerms.groups` holds them.
    init(groups: [[String]]) {
        self.groups = groups.map { $0.map(MatchTerm.init) }
    }

    /// A bit per group the title matches (bit 0 for the first group).
    func groupsMatched(in title: String) -> UInt64 {
        let words = FoldedWords(title)
        var bits: UInt64 = 0
        for (index, group) in groups.enumerated() where group.contains(where: { $0.occurs(in: words) }) {
            bits |= UInt64(1) << UInt64(index)
        }
        return bits
    }
}
