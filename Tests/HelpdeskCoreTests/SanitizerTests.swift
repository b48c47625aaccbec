import Testing
import TestSupport
@testable import HelpdeskCore

/// Whether a scalar must never reach a terminal after sanitising.
private func isForbidden(_ scalar: Unicode.Scalar, allowNewline: Bool) -> Bool {
    let v = scalar.value
    if v == 0x0A { return !allowNewline }
    return v < 0x20 || v == 0x7F
        || (0x80...0x9F).contains(v)                                    // C1
        || (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v)  // bidi
        || v == 0x200E || v == 0x200F || v == 0x061C
        || (0x200B...0x200D).contains(v) || (0x2060...0x2064).contains(v)  // zero-width
        || v == 0xFEFF || v == 0x00AD || v == 0x180E
        || v == 0x115F || v == 0x1160 || v == 0x3164
        || (0xE0000...0xE007F).contains(v)                              // tags
        || v == 0xFE0E || v == 0xFE0F
        || v == 0x2028 || v == 0x2029
}

@Suite struct SanitizerTests {
    @Test(arguments: HostileFixture.all)
    func lineRemovesEveryDangerousScalar(_ fixture: HostileFixture) {
        let out = Sanitizer.line(fixture.text)
        let bad = out.unicodeScalars.filter { isForbidden($0, allowNewline: false) }
        #expect(bad.isEmpty, "\(fixture.name): \(bad.map { String($0.value, radix: 16) })")
    }

    @Test(arguments: HostileFixture.all)
    func multilineRemovesEveryDangerousScalarButNewline(_ fixture: HostileFixture) {
        let out = Sanitizer.multiline(fixture.text)
        let bad = out.unicodeScalars.filter { isForbidden($0, allowNewline: true) }
        #expect(bad.isEmpty, "\(fixture.name): \(bad.map { String($0.value, radix: 16) })")
        #expect(!out.contains("\t"))
    }

    @Test func plainASCIIIsReturnedUnchanged() {
        let s = "Printer on floor 3 is offline (ticket #42) ~ ok!"
        #expect(Sanitizer.line(s) == s)
        #expect(Sanitizer.multiline("a\nb") == "a\nb")
    }

    @Test func escapeAndControlsBecomeVisiblePictures() {
        #expect(Sanitizer.line("a\u{1B}[2Jb") == "a␛[2Jb")
        #expect(Sanitizer.line("harmless\rEVIL") == "harmless␍EVIL")
        #expect(Sanitizer.line("ring\u{07}") == "ring␇")
        #expect(Sanitizer.line("ab\u{08}c") == "ab␈c")
        #expect(Sanitizer.line("before\u{00}after") == "before␀after")
        #expect(Sanitizer.line("del\u{7F}x") == "del␡x")
        #expect(Sanitizer.line("c1 \u{9B}2J") == "c1 �2J")
        #expect(Sanitizer.line("next\u{85}line") == "next�line")
    }

    @Test func newlinesAndTabs() {
        #expect(Sanitizer.line("one\ntwo\tthree") == "one two three")
        #expect(Sanitizer.multiline("one\ntwo\tthree") == "one\ntwo    three")
        #expect(Sanitizer.multiline("crlf\r\nline") == "crlf\nline")
        #expect(Sanitizer.line("crlf\r\nline") == "crlf line")
        #expect(Sanitizer.multiline("ls\u{2028}ps\u{2029}") == "ls\nps\n")
    }

    @Test func bidiAndInvisibleBecomeReplacement() {
        #expect(Sanitizer.line("invoice_\u{202E}gnp.exe") == "invoice_�gnp.exe")
        #expect(Sanitizer.line("a\u{2066}b\u{2069}c") == "a�b�c")
        #expect(Sanitizer.line("x\u{200E}\u{200F}\u{061C}") == "x���")
        #expect(Sanitizer.line("pass\u{200B}word") == "pass�word")
        #expect(Sanitizer.line("soft\u{AD}hyphen") == "soft�hyphen")
        #expect(Sanitizer.line("\u{FEFF}bom") == "�bom")
        #expect(Sanitizer.line("fill\u{3164}er\u{115F}\u{1160}") == "fill�er��")
        #expect(Sanitizer.line("tag\u{E0041}\u{E007F}") == "tag��")
        #expect(Sanitizer.line("wj\u{2060}\u{2064}") == "wj��")
    }

    @Test func emojiJoinersAndVariationSelectorsAreDropped() {
        #expect(Sanitizer.line("👩\u{200D}💻") == "👩💻")
        #expect(Sanitizer.line("🧑🏽\u{200D}🔧") == "🧑🔧")
        #expect(Sanitizer.line("👍🏿 ok") == "👍 ok")
        #expect(Sanitizer.line("tone 🏽") == "tone 🏽")
        #expect(Sanitizer.line("❤\u{FE0F}") == "❤")
        #expect(Sanitizer.line("❤\u{FE0F}\u{200D}🔥") == "❤🔥")
        #expect(Sanitizer.line("word\u{200D} reset") == "word� reset")
        #expect(Sanitizer.line("\u{200D}👩") == "�👩")
        #expect(Sanitizer.line("1\u{200D}2") == "1�2")
    }

    @Test func legitimateTextIsKept() {
        let texts = [
            "Drucker im 3. OG druckt nicht – Fehlermeldung „Papierstau“",
            "Cafe\u{301} Zu\u{308}rich",
            "打印机无法连接 プリンター 프린터",
            "🇩🇪 😀",
            "مرحبا שלום",
        ]
        for text in texts {
            #expect(Sanitizer.line(text) == text)
        }
    }

    /// The fast path for non-ASCII text passes only what the full sanitiser leaves as it is:
    /// every scalar of the planes in use, alone and between letters, on one line and on many.
    @Test func theNonASCIIFastPathPassesOnlyWhatSanitizingKeeps() {
        var passed = 0
        for value in UInt32(0)...0x2FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            for multiline in [false, true] {
                for text in [String(scalar), "a\(scalar)b"] where Sanitizer.isPlainText(text, allowNewline: multiline) {
                    #expect(Sanitizer.sanitize(text, multiline: multiline) == text, "U+\(String(value, radix: 16))")
                    passed += 1
                }
            }
        }
        // The fast path is taken for umlauts, dashes, quotes and box drawing.
        #expect(Sanitizer.isPlainText("Größe – „Papierstau“ … ─│", allowNewline: false))
        #expect(!Sanitizer.isPlainText("a\u{00AD}b", allowNewline: false))
        #expect(!Sanitizer.isPlainText("a\u{2028}b", allowNewline: true))
        #expect(passed > 9_000)
    }
}
