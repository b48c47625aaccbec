/// "Did you mean …?": the known word closest to a mistyped one, as git suggests commands.
public enum Suggestion {
    /// The candidate within two edits of `word` (case-insensitive), closest first; nil when none is near.
    public static func closest(to word: String, among candidates: [String]) -> String? {
        let typed = Array(word.lowercased())
        guard !typed.isEmpty else { return nil }
        let scored = candidates.map { ($0, distance(typed, Array($0.lowercased()))) }
        guard let best = scored.min(by: { $0.1 < $1.1 }), best.1 <= min(2, max(1, typed.count / 2)), best.1 > 0 else { return nil }
        return best.0
    }

    /// The " — did you mean 'x'?" tail of an error message, or "".
    public static func tail(for word: String, among candidates: [String]) -> String {
        closest(to: word, among: candidates).map { " — did you mean '\($0)'?" } ?? ""
    }

    /// Edits (insert, delete, substitute, swap two neighbours) from one word to the other.
    static func distance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var table = Array(repeating: Array(repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in 0...a.count { table[i][0] = i }
        for j in 0...b.count { table[0][j] = j }
        for i in 1...a.count {
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                table[i][j] = min(table[i - 1][j] + 1, table[i][j - 1] + 1, table[i - 1][j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] { table[i][j] = min(table[i][j], table[i - 2][j - 2] + 1) }
            }
        }
        return table[a.count][b.count]
    }
}
