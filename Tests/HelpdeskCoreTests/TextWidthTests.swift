import Testing
import TestSupport
@testable import HelpdeskCore

@Suite struct TextWidthTests {
    init() {
        #expect(TextWidth.ensureUTF8Locale(), "a UTF-8 locale (C.UTF-8) is needed for these tests")
    }

    @Test func asciiIsOneCellPerCharacter() {
        #expect(TextWidth.width("hello world") == 11)
        #expect(TextWidth.width("") == 0)
        #expect(TextWidth.glyphs("ab").map(\.text) == ["a", "b"])
    }

    @Test func cjkIsTwoCellsPerCharacter() {
        #expect(TextWidth.width("打印机") == 6)
        #expect(TextWidth.width("プリンター") == 10)
        #expect(TextWidth.width("프린터") == 6)
        #expect(TextWidth.glyphs("打a").map(\.width) == [2, 1])
    }

    @Test func combiningMarksJoinTheirBase() {
        let glyphs = TextWidth.glyphs("Cafe\u{301} A\u{30A}")
        #expect(glyphs.map(\.text) == ["C", "a", "f", "e\u{301}", " ", "A\u{30A}"])
        #expect(TextWidth.width("Cafe\u{301}") == 4)
    }

    @Test func orphanMarkGetsDottedCircle() {
        #expect(TextWidth.glyphs("\u{301}x").map(\.text) == ["\u{25CC}\u{301}", "x"])
        #expect(TextWidth.width("\u{301}x") == 2)
    }

    @Test func combiningMarksAreCappedForNcurses() {
        let zalgo = "a" + String(repeating: "\u{301}", count: 30)
        let glyphs = TextWidth.glyphs(zalgo)
        #expect(glyphs.count == 1)
        #expect(glyphs[0].text.unicodeScalars.count == 1 + TextWidth.maxCombiningMarks)
    }

    @Test func emojiCountAsWcwidthDoes() {
        #expect(TextWidth.width("😀") == 2)
        #expect(TextWidth.width("👩💻") == 4)      // joiner already dropped by the sanitiser
        #expect(TextWidth.width("❤") == 1)
        #expect(TextWidth.width("🇩🇪") == 2)      // regional indicators: one cell each in glibc
    }

    @Test func unprintableCountsAsReplacement() {
        #expect(TextWidth.width("a\u{0378}b") == 3)  // unassigned
        #expect(TextWidth.glyphs("\u{0378}").map(\.text) == ["\u{FFFD}"])
    }

    @Test(arguments: HostileFixture.all)
    func widthIsSumOfGlyphs(_ fixture: HostileFixture) {
        let text = Sanitizer.line(fixture.text)
        #expect(TextWidth.width(text) == TextWidth.glyphs(text).reduce(0) { $0 + $1.width })
    }

    @Test func truncateAddsEllipsis() {
        #expect(TextWidth.truncate("hello world", to: 5) == "hell…")
        #expect(TextWidth.truncate("hello", to: 5) == "hello")
        #expect(TextWidth.truncate("hello", to: 0) == "")
        #expect(TextWidth.truncate("hello", to: 1) == "…")
    }

    @Test func truncateNeverSplitsWideGlyphs() {
        // 打印机无法连接 is 14 cells; 6 cells leave room for two wide glyphs and "…" (5).
        #expect(TextWidth.truncate("打印机无法连接", to: 6) == "打印…")
        #expect(TextWidth.truncate("打印机无法连接", to: 7) == "打印机…")
        for cells in 0...16 {
            let cut = TextWidth.truncate("打印机无法连接 Drucker", to: cells)
            #expect(TextWidth.width(cut) <= cells)
            #expect(TextWidth.width(cut) >= cells - 1)
        }
    }

    @Test(arguments: HostileFixture.all)
    func truncateFitsEveryFixture(_ fixture: HostileFixture) {
        let text = Sanitizer.line(fixture.text)
        for cells in [0, 1, 2, 3, 7, 20] {
            #expect(TextWidth.width(TextWidth.truncate(text, to: cells)) <= cells)
            #expect(TextWidth.width(TextWidth.pad(text, to: cells)) == cells)
        }
    }

    @Test func padFillsOrCuts() {
        #expect(TextWidth.pad("ok", to: 4) == "ok  ")
        #expect(TextWidth.pad("打印机", to: 5) == "打印…")
        #expect(TextWidth.pad("打印机", to: 4) == "打… ")
        #expect(TextWidth.padLeft("42", to: 4) == "  42")
    }

    /// Found by the fuzz harness (FuzzCorpusTests' mutants): a leading combining mark counts one cell (it is shown on a dotted
    /// circle), but padLeft's spaces became its base and the result was a cell short.
    @Test func padLeftKeepsTheWidthOfALeadingMark() {
        for text in ["\u{308}r", "\u{308}r\u{FFFD}ich( A\u{30A}", "\u{301}"] {
            for cells in [1, 2, 4, 10] {
                #expect(TextWidth.width(TextWidth.padLeft(text, to: cells)) == cells, "\(text.debugDescription) to \(cells)")
            }
        }
    }
}
