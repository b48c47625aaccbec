import Testing
import TestSupport
import HelpdeskCore
@testable import HelpdeskUI

/// Whether a scalar must never be in a cell.
private func isForbidden(_ scalar: Unicode.Scalar) -> Bool {
    let v = scalar.value
    return v < 0x20 || v == 0x7F || (0x80...0x9F).contains(v)
        || (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v)
        || v == 0x200E || v == 0x200F || v == 0x061C
        || (0x200B...0x200D).contains(v) || (0x2060...0x2064).contains(v)
        || v == 0xFEFF || v == 0x00AD || v == 0xFE0E || v == 0xFE0F
        || (0xE0000...0xE007F).contains(v)
}

@Suite struct BufferTests {
    init() {
        TextWidth.ensureUTF8Locale()
    }

    let bold = Style(bold: true)

    @Test func putWritesAndClips() {
        var buffer = Buffer(size: Size(width: 8, height: 2))
        #expect(buffer.put("hello world", x: 2, y: 0, style: bold) == 6)
        #expect(buffer.lines() == ["  hello ", "        "])
        #expect(buffer[x: 2, y: 0] == Cell(text: "h", style: bold))
        #expect(buffer.put("abc", x: 0, y: 1, style: .plain, maxWidth: 2) == 2)
        #expect(buffer.lines()[1] == "ab      ")
        #expect(buffer.put("x", x: 0, y: 5, style: .plain) == 0)
        #expect(buffer.put("xyz", x: -1, y: 1, style: .plain) == 3)
        #expect(buffer.lines()[1] == "yz      ")
    }

    @Test func wideGlyphsTakeTwoCells() {
        var buffer = Buffer(size: Size(width: 6, height: 1))
        #expect(buffer.put("打印机", x: 0, y: 0, style: .plain) == 6)
        #expect(buffer[x: 0, y: 0].text == "打")
        #expect(buffer[x: 1, y: 0].isContinuation)
        #expect(buffer.lines() == ["打印机"])
    }

    @Test func wideGlyphAtTheEdgeBecomesSpace() {
        var buffer = Buffer(size: Size(width: 5, height: 1))
        #expect(buffer.put("打印机", x: 0, y: 0, style: .plain) == 5)
        #expect(buffer.lines() == ["打印 "])
        var limited = Buffer(size: Size(width: 8, height: 1))
        limited.fill(limited.area, style: .plain, char: ".")
        #expect(limited.put("a打印", x: 0, y: 0, style: .plain, maxWidth: 4) == 4)
        #expect(limited.lines() == ["a打 ...."])
    }

    @Test func overwritingHalfAWideGlyphClearsTheOtherHalf() {
        var buffer = Buffer(size: Size(width: 6, height: 1))
        buffer.put("打印机", x: 0, y: 0, style: .plain)
        buffer.put("x", x: 1, y: 0, style: .plain)  // right half of 打
        #expect(buffer.lines() == [" x印机"])
        buffer.put("y", x: 2, y: 0, style: .plain)  // left half of 印
        #expect(buffer.lines() == [" xy 机"])
        buffer.put("打", x: 3, y: 0, style: .plain)  // straddles the space and 机's head
        #expect(buffer.lines() == [" xy打 "])
        for x in 0..<6 where buffer[x: x, y: 0].isContinuation {
            #expect(x > 0 && TextWidth.width(buffer[x: x - 1, y: 0].text) == 2)
        }
    }

    @Test(arguments: HostileFixture.all)
    func putSanitisesEveryHostileFixture(_ fixture: HostileFixture) {
        var buffer = Buffer(size: Size(width: 60, height: 1))
        buffer.put(fixture.text, x: 0, y: 0, style: .plain)
        for x in 0..<buffer.width {
            let bad = buffer[x: x, y: 0].text.unicodeScalars.filter(isForbidden)
            #expect(bad.isEmpty, "\(fixture.name) at \(x): \(bad.map { String($0.value, radix: 16) })")
        }
        // The grid stays consistent: every continuation follows a wide glyph.
        for x in 0..<buffer.width where buffer[x: x, y: 0].isContinuation {
            #expect(x > 0 && TextWidth.width(buffer[x: x - 1, y: 0].text) == 2, "\(fixture.name) at \(x)")
        }
    }

    @Test func hostileControlsCannotMoveTheCursor() {
        var buffer = Buffer(size: Size(width: 30, height: 1))
        buffer.put("VPN\u{1B}[1;1HHACKED\r\u{8}", x: 0, y: 0, style: .plain)
        #expect(buffer.lines() == ["VPN␛[1;1HHACKED␍␈             "])
    }

    @Test func fillAndStyle() {
        var buffer = Buffer(size: Size(width: 4, height: 3))
        buffer.fill(Rect(x: 1, y: 1, width: 10, height: 10), style: bold, char: "#")
        #expect(buffer.lines() == ["    ", " ###", " ###"])
        buffer.setStyle(Rect(x: 0, y: 0, width: 2, height: 1), bold)
        #expect(buffer[x: 1, y: 0].style == bold && buffer[x: 2, y: 0].style == .plain)
        buffer.modifyStyle(buffer.area) { $0.reverse = true }
        #expect(buffer[x: 3, y: 2].style == Style(bold: true, reverse: true))
        #expect(buffer[x: 3, y: 0].style == Style(reverse: true))
    }

    @Test func setStyleCoversBothHalvesOfAWideGlyph() {
        var buffer = Buffer(size: Size(width: 4, height: 1))
        buffer.put("打印", x: 0, y: 0, style: .plain)
        buffer.setStyle(Rect(x: 1, y: 0, width: 2, height: 1), bold)
        #expect((0..<4).allSatisfy { buffer[x: $0, y: 0].style == bold })
    }

    @Test func boxDrawing() {
        var buffer = Buffer(size: Size(width: 12, height: 4))
        buffer.drawBox(buffer.area, style: .plain, title: "Queue", ascii: false)
        #expect(buffer.lines() == [
            "┌ Queue ───┐",
            "│          │",
            "│          │",
            "└──────────┘",
        ])
        var ascii = Buffer(size: Size(width: 10, height: 3))
        ascii.drawBox(ascii.area, style: .plain, title: "A very long title", ascii: true)
        #expect(ascii.lines() == [
            "+ A ver… +",
            "|        |",
            "+--------+",
        ])
    }

    @Test func boxTitleIsSanitised() {
        var buffer = Buffer(size: Size(width: 16, height: 2))
        buffer.drawBox(buffer.area, style: .plain, title: "evil\u{1B}]0;x\u{7}", ascii: true)
        #expect(buffer.lines()[0] == "+ evil␛]0;x␇ --+")
    }

    @Test func textSnapshot() {
        let buffer = Buffer(lines: ["ab", "打"])
        #expect(buffer.text() == "ab\n打")
        #expect(buffer.size == Size(width: 2, height: 2))
    }

    // MARK: - Diff

    @Test func diffWithoutOldFrameIsEverything() {
        let buffer = Buffer(size: Size(width: 3, height: 2))
        let runs = buffer.diff(from: nil)
        #expect(runs.count == 2 && runs.allSatisfy { $0.cells.count == 3 && $0.x == 0 })
        #expect(buffer.diff(from: Buffer(size: Size(width: 2, height: 2))).count == 2)
    }

    @Test func diffOfEqualFramesIsEmpty() {
        var a = Buffer(size: Size(width: 10, height: 3))
        a.put("same", x: 1, y: 1, style: bold)
        #expect(a.diff(from: a).isEmpty)
    }

    @Test func diffIsMinimal() {
        var old = Buffer(size: Size(width: 10, height: 3))
        old.put("abcdefghij", x: 0, y: 1, style: .plain)
        var new = old
        new.put("X", x: 2, y: 1, style: .plain)
        new.put("YZ", x: 6, y: 1, style: .plain)
        new.setStyle(Rect(x: 9, y: 2, width: 1, height: 1), bold)
        #expect(new.diff(from: old) == [
            CellRun(x: 2, y: 1, cells: [Cell(text: "X")]),
            CellRun(x: 6, y: 1, cells: [Cell(text: "Y"), Cell(text: "Z")]),
            CellRun(x: 9, y: 2, cells: [Cell(text: " ", style: bold)]),
        ])
    }

    @Test func diffResendsAWideGlyphWhoseRightHalfChanged() {
        var old = Buffer(size: Size(width: 4, height: 1))
        old.put("打", x: 0, y: 0, style: .plain)
        var new = old
        new.modifyStyle(Rect(x: 0, y: 0, width: 2, height: 1)) { $0.bold = true }
        let runs = new.diff(from: old)
        #expect(runs.count == 1 && runs[0].x == 0 && runs[0].cells.count == 2)
    }
}
