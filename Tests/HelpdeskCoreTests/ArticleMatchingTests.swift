import Foundation
import GRDB
import Testing
@testable import HelpdeskCore

/// The Swift side of knowledge-base matching: words as the tokenizer splits and folds them,
/// title matches, and highlights and snippets made as FTS5's `highlight()` and `snippet()`.
@Suite struct ArticleMatchingTests {
    func strings(_ words: FoldedWords) -> [String] { words.words.map { String(decoding: $0, as: UTF8.self) } }

    @Test func wordsAreFoldedAndKeepTheirPlaceInTheText() {
        let text = "Gelöschte Dateien: OneDrive-Papierkorb (2024), ÄRGER!"
        let words = FoldedWords(text)
        #expect(strings(words) == ["geloschte", "dateien", "onedrive", "papierkorb", "2024", "arger"])
        let bytes = Array(text.utf8)
        #expect(words.ranges.map { String(decoding: bytes[$0], as: UTF8.self) } == ["Gelöschte", "Dateien", "OneDrive", "Papierkorb", "2024", "ÄRGER"])
        #expect(strings(FoldedWords("a b c d", limit: 2)) == ["a", "b"])
        #expect(FoldedWords(" – … 🙂 ").isEmpty && FoldedWords("").isEmpty)
    }

    /// Found by `make fuzz`: a combining mark on its own (after a character that is not a letter)
    /// folds to itself, a "word" without a letter or digit: no MATCH term can be made of it, and
    /// ArticleSearchTerms.matchExpressions turned its group into "()", an FTS5 syntax error.
    @Test func aMarkWithoutALetterIsNoWord() {
        #expect(strings(FoldedWords("c \u{301} x\u{FFFD}\u{301}\u{302}")) == ["c", "x"])
        let terms = ArticleSearchTerms(question: "e\u{FFFD}\u{FFFD}c\u{FFFD}\u{301}")
        #expect(terms.groups == [["e"], ["c"]])
        #expect(!terms.matchExpressions.contains("()"))
    }

    /// Letters outside ASCII are folded from a table (Latin-1, Latin Extended-A) or by Foundation;
    /// either way a word comes out as `WordStem.fold` makes it of the whole word.
    @Test func foldingIsWordStemFoldOfTheWholeWord() {
        let latin = (0xC0...0x17F).compactMap(Unicode.Scalar.init).filter(\.properties.isAlphabetic).map { "x\(Character($0))Y" }
        for word in latin + ["Straße", "ÄÖÜäöüß", "Crème", "Øresund", "Łódź", "e\u{301}te", "ＡＢＣ", "Ǆemal", "İstanbul", "naïve", "ΑΘΗΝΑ", "日本語"] {
            #expect(strings(FoldedWords(word)) == [WordStem.fold(word)], "\(word)")
        }
    }

    @Test func titlesMatchAsFTS5Would() {
        let match = TitleMatch(groups: [["druck", "printer"], ["og"], ["paper jam"], ["wi fi"]])
        #expect(match.groupsMatched(in: "Drucker im 3. OG") == 0b0011)
        #expect(match.groupsMatched(in: "Printer paper jams and WI-FI") == 0b1101)
        #expect(match.groupsMatched(in: "Netzwerkdrucker, Ogre, jam paper, wifi") == 0)
    }

    /// For the demo articles and typical questions, the marks are FTS5's own.
    @Test func highlightsAndSnippetsAreFTS5s() throws {
        let (store, folder) = try ArticleSearchTests.corpus()
        defer { withExtendedLifetime(folder) {} }
        let texts = ArticleSearchTests.questions.map(\.0) + [
            "Drucker im 3. OG druckt nicht, Papierstau und Toner leer", "Outlook stuck on Disconnected after the password change",
            "VPN verbunden, aber kein Zugriff auf Confluence", "guest wifi sign in", "Kennwort Passwort password",
        ]
        var compared = 0
        for text in texts {
            let terms = ArticleSearchTerms(question: text)
            let marks = MatchMarks(terms: terms.groups.flatMap { $0 })
            let rows = try store.read { db in
                try Row.fetchAll(db, sql: """
                    SELECT a.title, a.body, highlight(kb_fts, 0, ?1, ?2) AS title2, snippet(kb_fts, 1, ?1, ?2, '…', 16) AS snippet
                    FROM kb_fts JOIN kb_articles a ON a.id = kb_fts.rowid WHERE kb_fts MATCH ?3
                    """, arguments: [ArticleHit.matchStart, ArticleHit.matchEnd, terms.anyExpression])
            }
            for row in rows {
                #expect(marks.highlighted(row["title"]) == row["title2"] as String, "\(text)")
                #expect(marks.snippet(row["body"]) == row["snippet"] as String, "\(text)")
                compared += 1
            }
        }
        #expect(compared > 100)
    }

    /// Found by the fuzz harness (FuzzCorpusTests' mutants): a skin tone or combining mark after a matched word joins the closing
    /// marker into one grapheme cluster, which a search for the marker as a Character missed.
    @Test func marksComeOffAgainWhateverFollowsTheWord() {
        for text in ["café\u{1F3FD} zürich", "\u{301}ab abc\u{20D0}", "Cafe\u{301}\u{FE0F} x"] {
            let marks = MatchMarks(terms: ["caf", "ab", "abc"])
            #expect(ArticleHit.unmarked(marks.highlighted(text)).unicodeScalars.elementsEqual(text.unicodeScalars), "\(text.debugDescription)")
        }
    }

    @Test func aSnippetIsAWindowOfWordsAroundTheMatches() {
        let marks = MatchMarks(terms: ["toner"], open: "[", close: "]")
        let long = (1...40).map { "w\($0)" }.joined(separator: " ")
        #expect(marks.snippet("Toner leer. " + long) == "[Toner] leer. w1 w2 w3 w4 w5 w6 w7 w8 w9 w10 w11 w12 w13 w14…")
        #expect(marks.snippet(long + " toner.") == "…w26 w27 w28 w29 w30 w31 w32 w33 w34 w35 w36 w37 w38 w39 w40 [toner].")
        #expect(marks.snippet("No match here.") == "No match here.")
        #expect(marks.highlighted("Toner, TONER and tonerkassette") == "[Toner], [TONER] and [tonerkassette]")
    }
}
