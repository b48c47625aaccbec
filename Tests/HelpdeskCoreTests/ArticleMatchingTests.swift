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
}
