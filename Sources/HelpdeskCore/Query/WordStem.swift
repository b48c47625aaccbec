import Foundation

/// A deliberately small stemmer for English and German search words: it folds case and
/// diacritics (as the `unicode61 remove_diacritics 2` tokenizer does) and strips one common
/// inflection ending, so that the stem, searched as a prefix, finds the other forms:
/// "printers" → `printer*`, "zurücksetzen" → `zurucksetz*`, "startet" → `start*`, "Druckern" → `drucker*`.
/// A real stemmer (Snowball) would need a custom FTS5 tokenizer in C; prefix search on a
/// shortened word gets most of its benefit for short help-desk questions.
public enum WordStem {
    /// Longest first, so that "ungen" wins over "en". Not "er": in German and English it mostly
    /// makes nouns (Drucker, Papier, printer), and `druck*` would match Follow-Me-Druck.
    static let endings = ["ungen", "ung", "ies", "ing", "en", "es", "ed", "et", "e", "s"]
    /// A stem shorter than this would match far too much ("s" of "is", "ed" of "bed").
    static let minimumLength = 3

    /// Lower case, without diacritics: "Zurücksetzen" → "zurucksetzen".
    public static func fold(_ word: String) -> String {
        word.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
    }

    /// The stem of an already folded word. Words with digits (error codes, model numbers) stay whole.
    public static func stem(_ folded: String) -> String {
        guard !folded.contains(where: \.isNumber) else { return folded }
        // The dative plural of an -er noun: "Druckern" → "drucker" (not a general "n": "wlan").
        if folded.hasSuffix("ern") && folded.count >= 6 { return String(folded.dropLast()) }
        for ending in endings where folded.hasSuffix(ending) && folded.count - ending.count >= minimumLength {
            return String(folded.dropLast(ending.count))
        }
        return folded
    }
}
