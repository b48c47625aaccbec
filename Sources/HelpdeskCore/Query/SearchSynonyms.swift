/// A small German–English glossary of help-desk words, so that a question in one language finds
/// an article written in the other ("drucker papierstau" finds "Printer paper jams …").
/// Keys and values are folded words; a value with a space is searched as a phrase.
public enum SearchSynonyms {
    /// The other words to search for besides `stem` (a `WordStem.stem` result).
    public static func of(stem: String) -> [String] { table[stem] ?? [] }

    /// Pairs are entered once and looked up both ways, by the stems of both sides.
    static let pairs: [(String, String)] = [
        ("drucker", "printer"), ("papierstau", "paper jam"), ("passwort", "password"), ("kennwort", "password"),
        ("passwort", "kennwort"), ("zurucksetzen", "reset"), ("vergessen", "forgot"), ("gesperrt", "locked"),
        ("konto", "account"), ("fehler", "error"), ("langsam", "slow"), ("netzwerk", "network"), ("wlan", "wifi"),
        ("wifi", "wi fi"), ("postfach", "mailbox"), ("speicherplatz", "storage"), ("laptop", "notebook"),
        ("kopfhorer", "headset"), ("bildschirm", "screen"), ("besprechung", "meeting"), ("berechtigung", "permission"),
        ("laufwerk", "drive"), ("netzlaufwerk", "network drive"), ("datei", "file"), ("wiederherstellen", "restore"),
        ("geloscht", "deleted"), ("verbindung", "connection"), ("installieren", "install"), ("gast", "guest"),
        ("handy", "smartphone"), ("smartphone", "phone"), ("anmelden", "login"), ("anmeldung", "sign in"),
        ("synchronisieren", "sync"), ("startet", "start"), ("absturz", "crash"), ("sicherheit", "security"),
        ("kamera", "camera"), ("ton", "audio"), ("neu", "new"), ("ersatz", "replacement"), ("storung", "outage"),
        ("ausfall", "outage"), ("zugriff", "access"), ("freigabe", "share"), ("voll", "full"), ("papier", "paper"),
        ("wiederherstellungsschlussel", "recovery key"), ("langsam", "slow"),
    ]

    static let table: [String: [String]] = {
        var table: [String: [String]] = [:]
        func add(_ from: String, _ to: String) {
            let key = WordStem.stem(from)
            let value = stemmedPhrase(to)
            if !(table[key] ?? []).contains(value) { table[key, default: []].append(value) }
        }
        for (german, english) in pairs {
            add(german, english)
            add(english, german)
        }
        return table
    }()

    /// A phrase with its last word stemmed, because the phrase is searched as a prefix.
    static func stemmedPhrase(_ phrase: String) -> String {
        var words = phrase.split(separator: " ").map(String.init)
        if let last = words.popLast() { words.append(WordStem.stem(last)) }
        return words.joined(separator: " ")
    }
}
