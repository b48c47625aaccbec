/// Common English and German words that say nothing about the topic. A search drops them (unless
/// the question holds nothing else), and ticket suggestions never search for them, so that
/// "the printer is not printing" is a search for printer and printing.
public enum Stopwords {
    public static func contains(_ folded: String) -> Bool { words.contains(folded) }

    /// Folded (lower case, no diacritics), as `WordStem.fold` returns them. (Built from an array:
    /// a word in both languages appears twice.)
    static let words = Set<String>([
        // English
        "a", "about", "after", "again", "all", "also", "am", "an", "and", "any", "are", "as", "at", "be", "because", "been",
        "before", "but", "by", "can", "cannot", "could", "did", "do", "does", "doesn", "don", "for", "from", "get", "gets",
        "got", "had", "has", "have", "having", "he", "her", "here", "hi", "hello", "how", "i", "if", "in", "into", "is", "it",
        "its", "just", "me", "my", "no", "not", "now", "of", "on", "or", "our", "please", "regards", "she", "since", "so",
        "some", "still", "than", "thanks", "thank", "that", "the", "their", "them", "then", "there", "these", "they", "this",
        "to", "too", "up", "us", "very", "was", "we", "were", "what", "when", "where", "which", "who", "why", "will", "with",
        "would", "you", "your", "dear", "best", "kind", "team", "today", "yesterday", "help", "need", "problem", "issue",
        // German (folded: für → fur, können → konnen)
        "aber", "alle", "als", "also", "am", "an", "auch", "auf", "aus", "bei", "bin", "bis", "bitte", "da", "damit", "dann",
        "das", "dass", "dem", "den", "der", "des", "die", "dies", "diese", "dieser", "doch", "du", "ein", "eine", "einem",
        "einen", "einer", "er", "es", "etwas", "fur", "gibt", "hab", "habe", "haben", "hat", "hallo", "heute", "ich", "ihr",
        "ihre", "im", "in", "ist", "ja", "jetzt", "kann", "kein", "keine", "konnen", "konnte", "mal", "man", "mein", "meine",
        "meinem", "meinen", "mich", "mir", "mit", "nach", "nicht", "noch", "nur", "ob", "oder", "schon", "sehr", "sein",
        "seit", "sie", "sind", "so", "uber", "um", "und", "uns", "unser", "von", "vor", "war", "warum", "was", "wenn", "wer",
        "wie", "wieder", "wir", "wird", "wo", "zu", "zum", "zur", "danke", "gruße", "grusse", "gruss", "viele", "freundlichen",
        "liebe", "lieber", "guten", "tag", "morgen", "geht", "gehen", "hilfe", "problem", "leider", "seit", "immer",
    ] as [String])
}
