/// Fuzzy matching for pickers, as fzf and editors' command palettes do it: the typed letters
/// must appear in order (`jwbr` matches "jweber"); matches at the start, at word starts and in
/// runs score higher. Case-insensitive.
public enum FuzzyMatch {
    /// The score of `query` in `text`, or nil when the letters do not all appear in order.
    public static func score(_ query: String, in text: String) -> Int? {
        let needle = Array(query.lowercased().filter { $0 != " " })
        guard !needle.isEmpty else { return 0 }
        let haystack = Array(text.lowercased())
        var score = 0, position = 0, previous = -2
        for letter in needle {
            guard let found = haystack[position...].firstIndex(of: letter) else { return nil }
            let atWordStart = found == 0 || !(haystack[found - 1].isLetter || haystack[found - 1].isNumber)
            score += 10
            if found == 0 { score += 15 }
            if atWordStart { score += 8 }
            if found == previous + 1 { score += 6 }
            score -= min(found - position, 10)
            previous = found
            position = found + 1
        }
        // A contiguous match of the whole query ranks above a scattered one.
        if text.lowercased().contains(String(needle)) { score += 20 }
        return score
    }
}
